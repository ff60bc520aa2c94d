/**
 * The graph as RDF, written as N-Triples or Turtle (no library: both are simple line formats,
 * and writing them here keeps the output byte-stable).
 *
 * IRIs (stable, derived from keys and ids only):
 *   https://relata.dev/id/entity/<key>          an entity (ent:country:germany in Turtle and SPARQL)
 *   https://relata.dev/id/relation/<subject key>/<predicate>/<object key>   one edge, as an rdf:Statement
 *   https://relata.dev/id/evidence/<hash>          one supporting sentence of one edge (hash of edge key and
 *                                                  sentence id: short, because a graph has many of them)
 *   https://relata.dev/id/sentence/<doc>/<index>, https://relata.dev/id/document/<doc>
 *   https://relata.dev/ontology#  (rel:) classes (rel:Country…), relations (rel:supplies…) and properties
 * Keys and ids are percent-encoded (encodeURIComponent), except the `:` of keys.
 *
 * Provenance uses standard RDF reification (rdf:Statement, rdf:subject/predicate/object),
 * not RDF-star: reification is plain RDF 1.1 that every parser and SPARQL 1.1 engine reads,
 * whereas quoted-triple syntax is still moving (the RDF-star CG's `<< s p o >>` vs RDF 1.2's
 * triple terms `<<( s p o )>>`, and oxigraph 0.5 and n3.js follow different ones). It also
 * lets a claim be described without being asserted: the plain triple `<s> rel:p <o>` is
 * written only for facts (edge modality asserted or reported); a negated or hypothetical
 * edge exists only as its rdf:Statement, with its rel:modality.
 */
import { compareSentenceIds, compareStrings, splitSentenceId, type RelataGraph } from '../graph/model.ts';
import { chunked } from '../chunks.ts';
import { sortedAliases } from './order.ts';

export const ID_BASE = 'https://relata.dev/id/';
export const ONTOLOGY = 'https://relata.dev/ontology#';

export const PREFIXES = {
  rel: ONTOLOGY,
  ent: `${ID_BASE}entity/`,
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  dcterms: 'http://purl.org/dc/terms/',
  prov: 'http://www.w3.org/ns/prov#',
} as const;

type Prefix = keyof typeof PREFIXES;
export type Term = { iri: string } | { literal: string; lang?: string; datatype?: string };
export type RdfTriple = [subject: string, predicate: string, object: Term];

const enc = encodeURIComponent;
const v = (prefix: Prefix, local: string) => PREFIXES[prefix] + local;
const entityPath = (key: string) => enc(key).replace(/%3A/g, ':');
export const entityIri = (key: string) => `${ID_BASE}entity/${entityPath(key)}`;
const relationPath = (s: string, p: string, o: string) => `${entityPath(s)}/${enc(p)}/${entityPath(o)}`;

const sentencePath = (id: string) => {
  const [doc, index] = splitSentenceId(id);
  return `${enc(doc)}/${index}`;
};

const iri = (value: string): Term => ({ iri: value });
const str = (value: string, lang?: string): Term =>
  lang && lang !== 'other' ? { literal: value, lang } : { literal: value };
const int = (n: number): Term => ({ literal: String(n), datatype: v('xsd', 'integer') });
const dec = (n: number): Term => ({ literal: String(n), datatype: v('xsd', 'decimal') });
/** `2024-08-12` xsd:date, `2024-08` xsd:gYearMonth, `2024` xsd:gYear, anything else a plain string. */
function dateTerm(date: string): Term {
  const type = /^\d{4}-\d{2}-\d{2}$/.test(date)
    ? 'date'
    : /^\d{4}-\d{2}$/.test(date)
      ? 'gYearMonth'
      : /^\d{4}$/.test(date)
        ? 'gYear'
        : undefined;
  return type ? { literal: date, datatype: v('xsd', type) } : { literal: date };
}

/** Two 32-bit FNV-1a hashes (different offsets) of a string, as 16 hex digits: a short, stable id. */
function shortHash(s: string): string {
  let a = 0x811c9dc5;
  let b = 0x050c5d1f;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}
const evidenceIri = (edge: string, sentence: string) => `${ID_BASE}evidence/${shortHash(`${edge}\u0000${sentence}`)}`;

export interface RdfOptions {
  /**
   * Also write evidence, sentences and documents (default true). Without them the graph is
   * entities, facts and reified statements only: about a quarter of the triples.
   */
  provenance?: boolean;
}

/** Every triple of the graph, grouped by subject, in a deterministic order. */
export function rdfTriples(graph: RelataGraph, options: RdfOptions = {}): RdfTriple[] {
  return [...triples(graph, options)];
}

/** The triples one subject at a time, so that a large graph never needs one large array or string. */
function* triples(graph: RelataGraph, { provenance = true }: RdfOptions = {}): Generator<RdfTriple> {
  let out: RdfTriple[] = [];
  const add = (s: string, p: string, o: Term | undefined) => o && out.push([s, p, o]);
  function* flush() {
    yield* out;
    out = [];
  }

  for (const key of graph.nodes().sort(compareStrings)) {
    const a = graph.getNodeAttributes(key);
    const e = entityIri(key);
    add(e, v('rdf', 'type'), iri(v('rel', a.type)));
    add(e, v('skos', 'prefLabel'), str(a.label, 'en'));
    const labels = new Set<string>();
    const names = sortedAliases(a.aliases).map((al): [string, string] => [al.text, al.language]);
    for (const [text, lang] of [[a.label, 'en'] as [string, string], ...names]) {
      const id = `${lang}\u0000${text}`;
      if (!labels.has(id)) add(e, v('rdfs', 'label'), str(text, lang));
      labels.add(id);
    }
    add(e, v('rel', 'key'), str(key));
    add(e, v('rel', 'mentions'), int(a.mentions));
    yield* flush();
  }

  for (const key of graph.edges().sort(compareStrings)) {
    const a = graph.getEdgeAttributes(key);
    const [source, target] = graph.extremities(key);
    const path = relationPath(source, a.predicate, target);
    const r = `${ID_BASE}relation/${path}`;
    if (a.modality === 'asserted' || a.modality === 'reported')
      add(entityIri(source), v('rel', a.predicate), iri(entityIri(target)));
    add(r, v('rdf', 'type'), iri(v('rdf', 'Statement')));
    add(r, v('rdf', 'subject'), iri(entityIri(source)));
    add(r, v('rdf', 'predicate'), iri(v('rel', a.predicate)));
    add(r, v('rdf', 'object'), iri(entityIri(target)));
    add(r, v('rel', 'modality'), str(a.modality));
    add(r, v('rel', 'weight'), int(a.weight));
    add(r, v('rel', 'docCount'), int(a.docCount));
    if (a.firstDate) add(r, v('rel', 'firstDate'), dateTerm(a.firstDate));
    if (a.lastDate) add(r, v('rel', 'lastDate'), dateTerm(a.lastDate));
    if (a.role) add(r, v('rel', 'role'), str(a.role));
    if (a.code) add(r, v('rel', 'code'), str(a.code));
    const evidence = provenance ? [...a.evidence].sort((x, y) => compareSentenceIds(x.sentence, y.sentence)) : [];
    for (const ev of evidence) add(r, v('rel', 'evidence'), iri(evidenceIri(key, ev.sentence)));
    for (const ev of evidence) {
      const e = evidenceIri(key, ev.sentence);
      add(e, v('rdf', 'type'), iri(v('rel', 'Evidence')));
      add(e, v('prov', 'wasDerivedFrom'), iri(`${ID_BASE}sentence/${sentencePath(ev.sentence)}`));
      add(e, v('rel', 'modality'), str(ev.modality));
      if (ev.attributedTo) add(e, v('rel', 'attributedTo'), str(ev.attributedTo));
      add(e, v('rel', 'rule'), str(ev.rule));
      add(e, v('rel', 'cue'), str(ev.cue));
      add(e, v('rel', 'confidence'), dec(ev.confidence));
      // mention offsets into the document text, `start-end`
      add(e, v('rel', 'subjectSpan'), str(`${ev.subject[0]}-${ev.subject[1]}`));
      add(e, v('rel', 'objectSpan'), str(`${ev.object[0]}-${ev.object[1]}`));
    }
    yield* flush();
  }

  if (!provenance) return;
  for (const s of [...graph.getAttribute('sentences')].sort((x, y) => compareSentenceIds(x.id, y.id))) {
    const e = `${ID_BASE}sentence/${sentencePath(s.id)}`;
    add(e, v('rdf', 'type'), iri(v('rel', 'Sentence')));
    add(e, v('dcterms', 'isPartOf'), iri(`${ID_BASE}document/${enc(s.doc)}`));
    add(e, v('rel', 'text'), str(s.text, s.language));
    add(e, v('rel', 'index'), int(s.index));
    add(e, v('rel', 'start'), int(s.start));
    add(e, v('rel', 'end'), int(s.end));
    yield* flush();
  }
  for (const d of [...graph.getAttribute('documents')].sort((x, y) => compareStrings(x.id, y.id))) {
    const e = `${ID_BASE}document/${enc(d.id)}`;
    add(e, v('rdf', 'type'), iri(v('rel', 'Document')));
    add(e, v('dcterms', 'identifier'), str(d.id));
    if (d.title) add(e, v('dcterms', 'title'), str(d.title));
    if (d.date) add(e, v('dcterms', 'date'), dateTerm(d.date));
    if (d.url) add(e, v('rel', 'url'), { literal: d.url, datatype: v('xsd', 'anyURI') });
    if (d.author) add(e, v('dcterms', 'creator'), str(d.author));
    add(e, v('rel', 'sha256'), str(d.sha256));
    yield* flush();
  }
}

/** N-Triples / Turtle string escapes (ECHAR, and UCHAR for other control characters). */
function quote(s: string): string {
  const escaped = s.replace(/[\\"\n\r\t\u0000-\u001f\u007f]/g, (c) =>
    c === '\\'
      ? '\\\\'
      : c === '"'
        ? '\\"'
        : c === '\n'
          ? '\\n'
          : c === '\r'
            ? '\\r'
            : c === '\t'
              ? '\\t'
              : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}`,
  );
  return `"${escaped}"`;
}

/** IRIs built here are percent-encoded; this guards data IRIs from elsewhere. */
const iriRef = (value: string) =>
  `<${value.replace(/[\u0000-\u0020<>"{}|^`\\]/g, (c) => `%${c.charCodeAt(0).toString(16).padStart(2, '0').toUpperCase()}`)}>`;

function ntTerm(t: Term): string {
  if ('iri' in t) return iriRef(t.iri);
  if (t.lang) return `${quote(t.literal)}@${t.lang}`;
  return t.datatype ? `${quote(t.literal)}^^${iriRef(t.datatype)}` : quote(t.literal);
}

/**
 * N-Triples in chunks of about 8 MB (see `toNTriples`). Chunks this large matter: oxigraph's
 * `Store.load` pays a fixed cost per chunk, and 500 kB chunks made loading 5 times slower.
 */
export function* ntriplesChunks(
  graph: RelataGraph,
  options: RdfOptions = {},
  chunkSize = 8_000_000,
): Generator<string> {
  const lines = function* () {
    for (const [s, p, o] of triples(graph, options)) yield `${iriRef(s)} ${iriRef(p)} ${ntTerm(o)} .\n`;
  };
  yield* chunked(lines(), chunkSize);
}

export function toNTriples(graph: RelataGraph): string {
  return [...ntriplesChunks(graph)].join('');
}

/** Local names written prefixed (a safe subset of Turtle's PN_LOCAL, which allows `:`). */
const LOCAL = /^[A-Za-z0-9_][A-Za-z0-9_:-]*$/;

function compact(value: string): string {
  for (const [prefix, ns] of Object.entries(PREFIXES)) {
    if (value.startsWith(ns) && LOCAL.test(value.slice(ns.length))) return `${prefix}:${value.slice(ns.length)}`;
  }
  return iriRef(value);
}

function ttlTerm(t: Term): string {
  if ('iri' in t) return compact(t.iri);
  if (t.lang) return `${quote(t.literal)}@${t.lang}`;
  return t.datatype ? `${quote(t.literal)}^^${compact(t.datatype)}` : quote(t.literal);
}

/** Turtle in chunks of about 8 MB (see `toTurtle`). */
export function* turtleChunks(graph: RelataGraph, chunkSize = 8_000_000): Generator<string> {
  yield* chunked(turtleBlocks(graph), chunkSize);
}

function* turtleBlocks(graph: RelataGraph): Generator<string> {
  yield `# relata graph as RDF; see src/export/rdf.ts for the IRIs and the reification of relations\n`;
  yield `${Object.entries(PREFIXES)
    .map(([p, ns]) => `@prefix ${p}: <${ns}> .\n`)
    .join('')}`;
  let subject: string | undefined;
  let lines: string[] = [];
  const block = () => `\n${compact(subject!)}\n    ${lines.join(' ;\n    ')} .\n`;
  for (const [s, p, o] of triples(graph)) {
    if (s !== subject) {
      if (subject !== undefined) yield block();
      subject = s;
      lines = [];
    }
    lines.push(`${p === PREFIXES.rdf + 'type' ? 'a' : compact(p)} ${ttlTerm(o)}`);
  }
  if (subject !== undefined) yield block();
}

export function toTurtle(graph: RelataGraph): string {
  return [...turtleChunks(graph)].join('');
}
