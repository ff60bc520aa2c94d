/**
 * `npm run bench`: speed and memory of the pipeline on a synthetic corpus, printed as figures.
 * Not a test: nothing here passes or fails. Sizes with BENCH_DOCS (default 2000).
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractDocument } from '../../src/extract/index.ts';
import { addExtraction, createGraph, finalizeGraph, loadGraph, saveGraph } from '../../src/graph/index.ts';
import { matchTriples } from '../../src/query/index.ts';
import { sentencesOf } from '../../src/text/sentences.ts';
import { syntheticCorpus } from './corpus.ts';

const documents = Number(process.env.BENCH_DOCS ?? 2000);
const time = <T,>(f: () => T): [T, number] => {
  const t = performance.now();
  const r = f();
  return [r, (performance.now() - t) / 1000];
};
const row = (name: string, value: string) => console.log(`${name.padEnd(34)} ${value}`);

const docs = syntheticCorpus(documents);
const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
row('corpus', `${documents} documents, ${(bytes / 1e6).toFixed(2)} MB`);

const [, split] = time(() => docs.forEach((d) => sentencesOf(d)));
row('sentences + language', `${split.toFixed(2)} s  (${(bytes / 1e6 / split).toFixed(1)} MB/s)`);

extractDocument(docs[0]); // compile the lexicon once, outside the timing
const [results, extract] = time(() => docs.map((d) => extractDocument(d)));
const triples = results.reduce((n, r) => n + r.triples.length, 0);
row('extraction', `${extract.toFixed(2)} s  (${(bytes / 1e6 / extract).toFixed(2)} MB/s, ${(documents / extract).toFixed(0)} docs/s, ${triples} triples)`);

const graph = createGraph();
const [, merge] = time(() => results.forEach((r) => addExtraction(graph, r)));
row('merge into graph', `${merge.toFixed(2)} s  (${graph.order} entities, ${graph.size} relations)`);
const [, layout] = time(() => finalizeGraph(graph));
row('layout + sizes (ForceAtlas2)', `${layout.toFixed(2)} s`);

const dir = mkdtempSync(join(tmpdir(), 'relata-bench-'));
const started = performance.now();
await saveGraph(dir, graph);
row('save graph.json', `${((performance.now() - started) / 1000).toFixed(2)} s  (${(statSync(join(dir, 'graph.json')).size / 1e6).toFixed(2)} MB)`);
const loadStart = performance.now();
const loaded = await loadGraph(dir);
row('load graph.json', `${((performance.now() - loadStart) / 1000).toFixed(2)} s`);
const [rows, match] = time(() => matchTriples(loaded, { predicate: 'supplies', object: 'Ukraine' }));
row('match ?x supplies Ukraine', `${(match * 1000).toFixed(1)} ms  (${rows.length} rows)`);
rmSync(dir, { recursive: true, force: true });

row('peak memory (RSS)', `${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
