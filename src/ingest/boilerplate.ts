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

/** A line as compared within and across documents: trimmed, inner spaces collapsed. */
function lineKey(line: string): string {
  return line.trim().replace(/\s+/g, ' ');
}

/** Counts, for each short line, the number of distinct texts it appears in. */
export function corpusContext(texts: Iterable<string>): BoilerplateContext {
  const lineDocCounts = new Map<string, number>();
  for (const text of new Set(texts)) {
    const keys = new Set(text.split('\n').map(lineKey).filter((key) => key && key.length < SHORT_LINE));
    for (const key of keys) lineDocCounts.set(key, (lineDocCounts.get(key) ?? 0) + 1);
  }
  return { lineDocCounts };
}

const wordCount = (line: string) => line.match(/\p{L}{2,}/gu)?.length ?? 0;

/** A real paragraph: a sentence-shaped line, neither a teaser snippet nor a headline. */
const isParagraph = (line: string) => !TRUNCATED.test(line) && SENTENCE_END.test(line) && wordCount(line) >= 6;

/**
 * Too few words for a clause (weather, a place or a date alone, "Source: AA"), or a short
 * exclamation, the voice of page widgets ("No menu items!", "Inscrivez-vous gratuitement !").
 */
const isFragment = (line: string) => wordCount(line) < (line.endsWith('!') ? 6 : 4);

/** The headline of a teaser: short, not ending like a sentence. */
const isTeaserHeadline = (line: string) => line.length < 200 && !/[.,;:]$/.test(line);

const fold = (line: string) =>
  line.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[‘’]/g, "'").replace(/\s+/g, ' ');

/** The cue kind of a furniture line: the cue alone, a notice starting with one, or a cue + a short label. */
function cueOf(line: string): CueKind | undefined {
  const key = fold(line).replace(/^[^\p{L}©]+|[^\p{L}]+$/gu, '');
  if (BOILERPLATE_CUES[key]) return BOILERPLATE_CUES[key];
  if (PREFIX_CUES.some((cue) => key.startsWith(cue))) return 'line';
  if (line.length >= SHORT_LINE || SENTENCE_END.test(line)) return undefined;
  const cue = Object.keys(BOILERPLATE_CUES).find((c) => key.startsWith(c) && /[\s:|»›–—-]/.test(key[c.length] ?? ''));
  return cue ? BOILERPLATE_CUES[cue] : undefined;
}

export function cleanBoilerplate(text: string, context?: BoilerplateContext): string {
  const lines = text.split('\n');
  const content = lines.map((line, i) => ({ i, key: lineKey(line) })).filter((line) => line.key);
  const drop = new Set<number>();

  const inPage = new Map<string, number>();
  for (const { key } of content) inPage.set(key, (inPage.get(key) ?? 0) + 1);
  const minDocs = context?.minDocs ?? 2;
  const seen = new Set<string>();
  for (const { i, key } of content) {
    // (a sentence found in several articles is syndicated news, not chrome: repetition across the corpus alone never drops it;
    // a paragraph repeated within the page, a pull quote, keeps its first copy)
    const paragraph = isParagraph(key);
    const inCorpus = key.length < SHORT_LINE && !paragraph ? (context?.lineDocCounts.get(key) ?? 0) : 0;
    const repeated = inPage.get(key)! > 1 && !(paragraph && !seen.has(key));
    seen.add(key);
    if (repeated || inCorpus >= minDocs) drop.add(i);
  }

  let inLinkList = false;
  for (const { i, key } of content) {
    const cue = cueOf(key);
    if (cue) inLinkList ||= cue === 'list';
    else if (inLinkList) inLinkList = !isParagraph(key);
    if (cue || inLinkList) drop.add(i);
  }

  content.forEach(({ i, key }, k) => {
    const previous = content[k - 1];
    if (previous && TRUNCATED.test(key) && isTeaserHeadline(previous.key)) drop.add(i).add(previous.i);
  });

  const kept = content.filter(({ i }) => !drop.has(i));
  const first = kept.findIndex(({ key }) => isParagraph(key));
  const last = kept.findLastIndex(({ key }) => isParagraph(key));
  // page furniture around the article; a text with no paragraph at all (a short note) has no edges to trim
  if (first >= 0) {
    kept.forEach(({ i, key }, k) => {
      if ((k < first || k > last) && isFragment(key)) drop.add(i);
    });
  }

  return lines.map((line, i) => (drop.has(i) ? ' '.repeat(line.length) : line)).join('\n');
}
