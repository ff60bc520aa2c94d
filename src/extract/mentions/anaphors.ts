/**
 * Anaphors (`il`, `the country`, `du pays`) and first persons (`nous`, `I`) in the tokens no
 * mention covers; they are resolved later (context.ts).
 */
import { lexicon, longestMatch } from '../lexicon/index.ts';
import { IMPERSONAL_NEXT } from '../lexicon/anaphora.ts';
import { addMention, type Reading } from './registry.ts';

const IMPERSONAL = new Set(IMPERSONAL_NEXT);

/** Records the anaphors and first persons of a sentence, in the tokens still uncovered; not an impersonal `il`, `it`. */
export function findAnaphors(reading: Reading): void {
  const { tokens, covered } = reading;
  const lex = lexicon();
  for (let i = 0; i < tokens.length; i++) {
    if (covered[i]) continue;
    const t = tokens[i]!;
    // `du pays`, `au pays`: the contracted article holds the description's `le`
    const contracted =
      t.lower === 'pays' && /^(du|au)$/.test(tokens[i - 1]?.lower ?? '')
        ? longestMatch(lex.anaphors.trie, [{ norm: 'le', text: 'le' }, t], 0)
        : undefined;
    const match = contracted ? { ...contracted, length: 1 } : longestMatch(lex.anaphors.trie, tokens, i);
    const impersonal = (t.lower === 'il' || t.lower === 'it') && IMPERSONAL.has(tokens[i + 1]?.lower ?? '');
    if (match && !impersonal && !covered.slice(i, i + match.length).some(Boolean)) {
      addMention(reading, {
        start: i,
        end: i + match.length,
        anaphor: lex.anaphors.list[Number(match.hits[0]!.entity.id)],
        adjective: false,
        source: 'anaphor',
      });
      i += match.length - 1;
    } else if (lex.firstPlural.has(t.norm)) {
      addMention(reading, { start: i, end: i + 1, firstPlural: true, adjective: false, source: 'first-plural' });
    } else if (lex.firstSingular.has(t.norm) && (t.text !== 'I' || tokens[i + 1]?.text !== '.')) {
      addMention(reading, { start: i, end: i + 1, firstSingular: true, adjective: false, source: 'first-singular' });
    }
  }
}
