/**
 * Boilerplate removal for scraped news pages, line by line, with general signals only:
 * lines repeated within the page (a repeated paragraph keeps its first copy), teaser blocks (headline + truncated snippet), link-list
 * headers and the teasers after them (cues in `boilerplate-cues.ts`), short fragments
 * (weather, a place, a date, "No menu items!") before the first or after the last real
 * paragraph, and short lines repeated across the corpus that are not sentences (a wire story's
 * one-line sentence found in several articles stays). Pure.
 *
 * Removed lines are blanked (each character becomes a space, newlines stay), so offsets
 * into the result are offsets into the input.
 */
import { BOILERPLATE_CUES, PREFIX_CUES, type CueKind } from './boilerplate-cues.ts';

export interface BoilerplateContext {
  /** How many documents of the corpus contain each line (see `lineKey`). */
  lineDocCounts: ReadonlyMap<string, number>;
  /** A short line found in at least this many documents is boilerplate (default 2). */
  minDocs?: number;
}

/** Lines shorter than this may be menus or teasers; longer ones are paragraphs, kept even when syndicated. */
const SHORT_LINE = 100;
const TRUNCATED = /(\.\.\.|…)$/;
const SENTENCE_END = /[.!?;:…»"”’)\]]$/;

/** A line as compared within and across documents: trimmed, inner spaces collapsed (a slice of the text when already so). */
function lineKey(line: string): string {
  const trimmed = line.trim();
  return /\s\s|[^\S ]/.test(trimmed) ? trimmed.replace(/\s+/g, ' ') : trimmed;
}

/** A non-blank line: its offsets in the text (without the newline) and its key. */
interface Line {
  start: number;
  end: number;
  key: string;
}

/** Calls `visit` for each non-blank line; no array of all lines is made, so a book-length text costs little. */
function eachLine(text: string, visit: (line: Line) => void): void {
  for (let start = 0; start <= text.length; ) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    const key = lineKey(text.slice(start, end));
    if (key) visit({ start, end, key });
    start = end + 1;
  }
}

/** The lines of a text that repetition across the corpus can remove: short, not paragraphs; each once. */
export function corpusKeys(text: string): Set<string> {
  const keys = new Set<string>();
  eachLine(text, ({ key }) => {
    if (key.length < SHORT_LINE && !isParagraph(key)) keys.add(key);
  });
  return keys;
}

/** Counts, for each short line that is not a paragraph, the number of distinct texts it appears in. */
export function corpusContext(texts: Iterable<string>): BoilerplateContext {
  return countKeys([...new Set(texts)].map(corpusKeys));
}

/** The context of texts given by their `corpusKeys`, one set per distinct text. */
export function countKeys(texts: Iterable<Iterable<string>>): BoilerplateContext {
  const lineDocCounts = new Map<string, number>();
  for (const keys of texts) for (const key of keys) lineDocCounts.set(key, (lineDocCounts.get(key) ?? 0) + 1);
  return { lineDocCounts };
}

/**
 * Which of a text's `corpusKeys` the context removes as repeated across the corpus: with the
 * text itself, all that `cleanBoilerplate` takes from the context (the same keys, the same result).
 */
export const repeatedKeys = (keys: Iterable<string>, context: BoilerplateContext): string[] =>
  [...keys].filter((key) => (context.lineDocCounts.get(key) ?? 0) >= (context.minDocs ?? 2));

const WORD = /\p{L}{2,}/gu;

/** Whether the line has at least `n` words (runs of two letters or more); counts no further. */
function hasWords(line: string, n: number): boolean {
  WORD.lastIndex = 0;
  let count = 0;
  while (count < n && WORD.exec(line)) count++;
  return count >= n;
}

/** A real paragraph: a sentence-shaped line, neither a teaser snippet nor a headline. */
const isParagraph = (line: string) => !TRUNCATED.test(line) && SENTENCE_END.test(line) && hasWords(line, 6);

/**
 * Too few words for a clause (weather, a place or a date alone, "Source: AA"), or a short
 * exclamation, the voice of page widgets ("No menu items!", "Inscrivez-vous gratuitement !").
 */
const isFragment = (line: string) => !hasWords(line, line.endsWith('!') ? 6 : 4);

/** The headline of a teaser: short, not ending like a sentence. */
const isTeaserHeadline = (line: string) => line.length < 200 && !/[.,;:]$/.test(line);

const fold = (line: string) =>
  line.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[‘’]/g, "'").replace(/\s+/g, ' ');

const CUE_KEYS = Object.keys(BOILERPLATE_CUES);

/** The cue kind of a furniture line: the cue alone, a notice starting with one, or a cue + a short label. */
function cueOf(line: string): CueKind | undefined {
  const key = fold(line).replace(/^[^\p{L}©]+|[^\p{L}]+$/gu, '');
  if (BOILERPLATE_CUES[key]) return BOILERPLATE_CUES[key];
  if (PREFIX_CUES.some((cue) => key.startsWith(cue))) return 'line';
  if (line.length >= SHORT_LINE || SENTENCE_END.test(line)) return undefined;
  const cue = CUE_KEYS.find((c) => key.startsWith(c) && /[\s:|»›–—-]/.test(key[c.length] ?? ''));
  return cue ? BOILERPLATE_CUES[cue] : undefined;
}

export function cleanBoilerplate(text: string, context?: BoilerplateContext): string {
  const content: Line[] = [];
  eachLine(text, (line) => content.push(line));
  const drop = new Uint8Array(content.length);
  const paragraphs = content.map(({ key }) => isParagraph(key));

  const inPage = new Map<string, number>();
  for (const { key } of content) inPage.set(key, (inPage.get(key) ?? 0) + 1);
  const minDocs = context?.minDocs ?? 2;
  const keptOnce = new Set<string>();
  content.forEach(({ key }, k) => {
    // (a sentence found in several articles is syndicated news, not chrome: repetition across the corpus alone never drops it;
    // a paragraph repeated within the page, a pull quote, keeps its first copy)
    const paragraph = paragraphs[k];
    const inCorpus = key.length < SHORT_LINE && !paragraph ? (context?.lineDocCounts.get(key) ?? 0) : 0;
    let repeated = inPage.get(key)! > 1;
    if (repeated && paragraph && !keptOnce.has(key)) {
      keptOnce.add(key);
      repeated = false;
    }
    if (repeated || inCorpus >= minDocs) drop[k] = 1;
  });

  let inLinkList = false;
  content.forEach(({ key }, k) => {
    const cue = cueOf(key);
    if (cue) inLinkList ||= cue === 'list';
    else if (inLinkList) inLinkList = !paragraphs[k];
    if (cue || inLinkList) drop[k] = 1;
  });

  content.forEach(({ key }, k) => {
    if (k > 0 && TRUNCATED.test(key) && isTeaserHeadline(content[k - 1]!.key)) drop[k] = drop[k - 1] = 1;
  });

  const kept = content.map((_, k) => k).filter((k) => !drop[k]);
  const first = kept.findIndex((k) => paragraphs[k]);
  const last = kept.findLastIndex((k) => paragraphs[k]);
  // page furniture around the article; a text with no paragraph at all (a short note) has no edges to trim
  if (first >= 0) {
    kept.forEach((k, n) => {
      if ((n < first || n > last) && isFragment(content[k]!.key)) drop[k] = 1;
    });
  }

  // the text with dropped lines blanked; when nothing is dropped, the text itself
  const parts: string[] = [];
  let from = 0;
  content.forEach(({ start, end }, k) => {
    if (!drop[k]) return;
    parts.push(text.slice(from, start), ' '.repeat(end - start));
    from = end;
  });
  if (from === 0) return text;
  parts.push(text.slice(from));
  return parts.join('');
}
