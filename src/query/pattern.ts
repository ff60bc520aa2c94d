/**
 * The pattern language of `relata query`: conjunctive triple patterns with variables, like
 * the basic graph patterns of SPARQL. Parsing only; evaluate.ts joins the patterns.
 *
 *   query     = pattern , { "." , pattern } , [ "." ] ;
 *   pattern   = entity , relation , entity ;
 *   entity    = variable | word | quoted ;          (* a name, alias or key of an entity *)
 *   relation  = variable | predicate ;
 *   variable  = "?" , letter , { letter | digit | "_" } ;
 *   predicate = "supplies" | "pledges" | … | "member_of" | … ;   (* the closed vocabulary; case and "-"/"_" ignored *)
 *   quoted    = '"' , { char - '"' | '\"' } , '"' | "'" , { char - "'" | "\'" } , "'" ;
 *   word      = ( char - space - quote - "?" - "." ) , { char - space - '"' } ;   (* trailing dots are separators *)
 *
 * Examples: `?giver supplies Ukraine`, `Germany ?rel ?x`, `?x supplies ?item . ?x member_of OTAN`,
 * `"European Union" sanctions ?who`. A variable is an entity variable or a relation variable,
 * never both. Names with spaces, or ending with a dot, need quotes.
 */
import { RelataError } from '../errors.ts';
import { PREDICATES, type Predicate } from '../types.ts';
import { editDistance } from './resolve.ts';

export interface Variable {
  kind: 'variable';
  name: string;
  /** Offset of the term in the query text (for error carets). */
  pos: number;
}
export interface Name {
  kind: 'name';
  value: string;
  pos: number;
}
export interface PredicateTerm {
  kind: 'predicate';
  value: Predicate;
  pos: number;
}
export interface TriplePattern {
  subject: Variable | Name;
  predicate: Variable | PredicateTerm;
  object: Variable | Name;
}
export interface Query {
  text: string;
  patterns: TriplePattern[];
  /** Variable names in order of first appearance. */
  variables: string[];
  /** The subset of `variables` that bind entities (the others bind predicates). */
  entityVariables: string[];
}

type Token = { kind: 'variable' | 'word' | 'quoted' | 'dot'; value: string; pos: number; end: number };

/** A syntax error showing the query with a caret under `pos`. */
function syntaxError(text: string, pos: number, why: string): RelataError {
  const shown = text.replace(/[\t\r\n]/g, ' ');
  return new RelataError('query', 'E_QUERY_SYNTAX', `${why} (column ${pos + 1})\n  ${shown}\n  ${' '.repeat(pos)}^`, {
    position: pos,
  });
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (/\s/.test(c)) i++;
    else if (c === '.') tokens.push({ kind: 'dot', value: '.', pos: i, end: ++i });
    else if (c === '?') {
      const name = /^[\p{L}_][\p{L}\p{N}_]*/u.exec(text.slice(i + 1))?.[0];
      if (!name) throw syntaxError(text, i, 'a variable needs a name after "?", like ?x');
      tokens.push({ kind: 'variable', value: name, pos: i, end: i + 1 + name.length });
      i += 1 + name.length;
    } else if (c === '"' || c === "'") {
      let value = '';
      let j = i + 1;
      for (; j < text.length && text[j] !== c; j++)
        value += text[j] === '\\' && j + 1 < text.length ? text[++j] : text[j];
      if (j >= text.length) throw syntaxError(text, i, `unterminated string: no closing ${c}`);
      if (!value.trim()) throw syntaxError(text, i, 'empty name');
      tokens.push({ kind: 'quoted', value, pos: i, end: j + 1 });
      i = j + 1;
    } else {
      let j = i;
      while (j < text.length && !/[\s"]/.test(text[j]!)) j++;
      while (j > i + 1 && text[j - 1] === '.') j--; // `NATO.` ends a pattern
      tokens.push({ kind: 'word', value: text.slice(i, j), pos: i, end: j });
      i = j;
    }
  }
  return tokens;
}

const normalizePredicate = (word: string) => word.toLowerCase().replace(/-/g, '_');

export function parsePattern(text: string): Query {
  const tokens = tokenize(text);
  const patterns: TriplePattern[] = [];
  const roles = new Map<string, 'entity' | 'predicate'>();
  const variables: string[] = [];
  let i = 0;
  const at = () => tokens[i]?.pos ?? tokens.at(-1)?.end ?? 0;
  const bind = (v: Variable, role: 'entity' | 'predicate') => {
    const prev = roles.get(v.name);
    if (prev && prev !== role) throw syntaxError(text, v.pos, `?${v.name} is used both as an entity and as a relation`);
    if (!prev) variables.push(v.name);
    roles.set(v.name, role);
    return v;
  };
  const entity = (what: string): Variable | Name => {
    const t = tokens[i];
    if (!t || t.kind === 'dot') throw syntaxError(text, at(), `expected ${what} (a ?variable or an entity name)`);
    i++;
    if (t.kind === 'variable') return bind({ kind: 'variable', name: t.value, pos: t.pos }, 'entity');
    return { kind: 'name', value: t.value, pos: t.pos };
  };
  const relation = (): Variable | PredicateTerm => {
    const t = tokens[i];
    if (!t || t.kind === 'dot')
      throw syntaxError(text, at(), 'expected a relation (a ?variable or a predicate such as supplies)');
    i++;
    if (t.kind === 'variable') return bind({ kind: 'variable', name: t.value, pos: t.pos }, 'predicate');
    const word = normalizePredicate(t.value);
    const predicate = PREDICATES.find((p) => p === word);
    if (t.kind === 'word' && predicate) return { kind: 'predicate', value: predicate, pos: t.pos };
    const close = PREDICATES.filter((p) => editDistance(p, word, 2) <= 2);
    const hint = close.length ? `; did you mean ${close.join(', ')}?` : `; predicates: ${PREDICATES.join(', ')}`;
    throw syntaxError(text, t.pos, `unknown predicate ${JSON.stringify(t.value)}${hint}`);
  };
  if (tokens.length === 0) throw syntaxError(text, 0, 'empty query: expected a pattern such as ?x supplies Ukraine');
  while (i < tokens.length) {
    const subject = entity('a subject');
    const predicate = relation();
    const object = entity('an object');
    patterns.push({ subject, predicate, object });
    if (i >= tokens.length) break;
    if (tokens[i]!.kind !== 'dot') throw syntaxError(text, at(), 'expected "." between patterns');
    i++;
  }
  return { text, patterns, variables, entityVariables: variables.filter((v) => roles.get(v) === 'entity') };
}
