/**
 * Equipment models: a named model beside its kind (`drones Shahed`, `véhicules de combat CV90`,
 * `Bayraktar TB2 drones`), and a model and a generic kind side by side read as one mention.
 */
import type { Token } from '../../text/tokens.ts';
import { lexicon, longestMatch } from '../lexicon/index.ts';
import { COMPLEMENT_OF, DETERMINERS, PREPOSITIONS } from '../lexicon/grammar.ts';
import { NAME_LINKS } from '../lexicon/organizations.ts';
import type { Mention } from '../mentions.ts';
import { entity, HEADS, hasNumber, LETTER, LOWER_FIRST, text } from './words.ts';

/** A model name: a capitalised word or a code with digits (`Shahed`, `CV90`, `TB2`). */
const modelWord = (tokens: Token[], i: number) => {
  const t = tokens[i];
  return (
    !!t &&
    t.kind !== 'punct' &&
    (t.cap || hasNumber(t.text)) &&
    !DETERMINERS.has(t.lower) &&
    !PREPOSITIONS.has(t.lower) &&
    !longestMatch(lexicon().trie, tokens, i)
  );
};
/** A model name starts with a letter: `Leopard 2`, `TB2`, not the count in `12 chars`. */
const modelStart = (tokens: Token[], i: number) => modelWord(tokens, i) && LETTER.test(tokens[i]!.text);

const LOWERCASE = /^[\p{Ll}'-]+$/u;
/** A word in lowercase letters (`combat`, `d'infanterie`). */
const lowercaseWord = (t: Token | undefined) => !!t && t.kind === 'word' && LOWERCASE.test(t.text);

/** `drones Shahed`, `véhicules de combat CV90`, `Brimstone missiles`, `Bayraktar TB2 drones`: a named model. */
export function equipmentName(tokens: Token[], i: number): Mention | undefined {
  const t = tokens[i]!;
  if (HEADS.equipment.has(t.norm)) {
    // between the kind and the name: one adjective, and `de X` complements (`véhicules de combat d'infanterie CV90`)
    let k = i + 1;
    const adjective = tokens[k];
    if (lowercaseWord(adjective) && !NAME_LINKS.has(adjective!.lower) && !PREPOSITIONS.has(adjective!.lower)) k++;
    while (
      k < i + 5 &&
      COMPLEMENT_OF.has(tokens[k]?.lower ?? '') &&
      lowercaseWord(tokens[k + 1]) &&
      !DETERMINERS.has(tokens[k + 1]!.lower)
    )
      k += 2;
    let n = modelStart(tokens, k) ? 1 : 0;
    while (n === 1 && modelWord(tokens, k + n)) n++;
    if (n > 0 && k - i <= 4)
      return {
        start: i,
        end: k + n,
        entity: entity('Equipment', text(tokens, k, k + n)),
        adjective: false,
        source: 'pattern',
      };
    return undefined;
  }
  if (!modelStart(tokens, i) || (i === 0 && !hasNumber(t.text))) return undefined;
  let n = 1;
  if (modelWord(tokens, i + 1)) n = 2;
  for (let k = i + n; k < i + n + 4; k++) {
    const u = tokens[k];
    if (!u) break;
    if (HEADS.equipment.has(u.norm))
      return {
        start: i,
        end: k + 1,
        entity: entity('Equipment', text(tokens, i, i + n)),
        adjective: false,
        source: 'pattern',
      };
    if (u.cap || u.kind !== 'word') break;
  }
  return undefined;
}

/** A kind of equipment (`fighter jets`, `avions de combat`), or a named model (`F-16`). */
const genericModel = (m: Mention) => m.entity?.type === 'Equipment' && LOWER_FIRST.test(m.entity.label);
const namedModel = (m: Mention) => m.entity?.type === 'Equipment' && !genericModel(m);

/** `F-16 fighter jets`, `avions de combat F-16`: a named model beside a generic kind is one mention of the model. */
export function mergeModels(mentions: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of mentions) {
    const last = out.at(-1);
    if (
      last &&
      last.end === m.start &&
      ((namedModel(last) && genericModel(m)) || (genericModel(last) && namedModel(m)))
    ) {
      out[out.length - 1] = { ...(namedModel(last) ? last : m), start: last.start, end: m.end };
    } else out.push(m);
  }
  return out;
}
