/**
 * `npm run bench`: speed and memory of the pipeline on a synthetic corpus, printed as figures.
 * Not a test: nothing here passes or fails. Sizes with BENCH_DOCS (default 2000).
 *
 * Then, in a child process of its own (this file again, with BENCH_GEXF_CHILD set) so that its
 * peak memory is its own: `match` latency on a synthetic graph of 100,000 edges, and GEXF on one
 * of BENCH_GEXF_EDGES edges (default 250,000):
 * the file written chunk by chunk as `relata export -f gexf -o` writes it (size, peak RSS), then
 * `toGEXF`, compact (the default) and full, against graphology-gexf's `write()` (relata's writer
 * before its own) on the same graph.
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { write } from 'graphology-gexf';
import { gexfChunks, toGEXF } from '../../src/export/gexf.ts';
import { extractDocument } from '../../src/extract/index.ts';
import { addExtraction, createGraph, finalizeGraph, loadGraph, saveGraph } from '../../src/graph/index.ts';
import { KnowledgeGraph } from '../../src/knowledge-graph.ts';
import { matchTriples } from '../../src/query/index.ts';
import { sentencesOf } from '../../src/text/sentences.ts';
import { WRITE_OPTIONS } from '../export/gexf-previous.ts';
import { syntheticGraph } from '../export/synthetic.ts';
import { syntheticCorpus } from './corpus.ts';

const documents = Number(process.env.BENCH_DOCS ?? 2000);
const time = <T>(f: () => T): [T, number] => {
  const t = performance.now();
  const r = f();
  return [r, (performance.now() - t) / 1000];
};
const row = (name: string, value: string) => console.log(`${name.padEnd(34)} ${value}`);
const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

if (process.env.BENCH_GEXF_CHILD) {
  matchLatency();
  await gexf();
  process.exit(0);
}

const docs = syntheticCorpus(documents);
const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
row('corpus', `${documents} documents, ${(bytes / 1e6).toFixed(2)} MB`);

const [, split] = time(() => docs.forEach((d) => sentencesOf(d)));
row('sentences + language', `${split.toFixed(2)} s  (${(bytes / 1e6 / split).toFixed(1)} MB/s)`);

extractDocument(docs[0]); // compile the lexicon once, outside the timing
const [results, extract] = time(() => docs.map((d) => extractDocument(d)));
const triples = results.reduce((n, r) => n + r.triples.length, 0);
row(
  'extraction',
  `${extract.toFixed(2)} s  (${(bytes / 1e6 / extract).toFixed(2)} MB/s, ${(documents / extract).toFixed(0)} docs/s, ${triples} triples)`,
);

const graph = createGraph();
const [, merge] = time(() => results.forEach((r) => addExtraction(graph, r)));
row('merge into graph', `${merge.toFixed(2)} s  (${graph.order} entities, ${graph.size} relations)`);
const [, layout] = time(() => finalizeGraph(graph));
row('layout + sizes (ForceAtlas2)', `${layout.toFixed(2)} s`);

const dir = mkdtempSync(join(tmpdir(), 'relata-bench-'));
const started = performance.now();
await saveGraph(dir, graph);
row(
  'save graph.json',
  `${((performance.now() - started) / 1000).toFixed(2)} s  (${(statSync(join(dir, 'graph.json')).size / 1e6).toFixed(2)} MB)`,
);
const loadStart = performance.now();
const loaded = await loadGraph(dir);
row('load graph.json', `${((performance.now() - loadStart) / 1000).toFixed(2)} s`);
const [rows, match] = time(() => matchTriples(loaded, { predicate: 'supplies', object: 'Ukraine' }));
row('match ?x supplies Ukraine', `${(match * 1000).toFixed(1)} ms  (${rows.length} rows)`);
rmSync(dir, { recursive: true, force: true });

row('peak memory (RSS)', `${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);

const child = spawnSync(process.execPath, [...process.execArgv, '--expose-gc', fileURLToPath(import.meta.url)], {
  stdio: 'inherit',
  env: { ...process.env, BENCH_GEXF_CHILD: '1' },
});
if (child.status !== 0) row('GEXF', `the child process failed (${child.status ?? child.signal})`);

/** `match` by subject on a synthetic graph of 100,000 edges: p50 and p99 of 2,000 queries (goal p99 ≤ 2 ms). */
function matchLatency() {
  const kg = new KnowledgeGraph(syntheticGraph(100_000));
  const labels = kg.graph.mapNodes((_, a) => a.label);
  kg.match({ subject: labels[0] }); // the index, built once
  const times = Array.from(
    { length: 2000 },
    (_, i) => time(() => kg.match({ subject: labels[(i * 7919) % labels.length] }))[1] * 1000,
  ).sort((a, b) => a - b);
  const at = (q: number) => times[Math.floor(q * (times.length - 1))].toFixed(2);
  row('match by subject, 100k edges', `p50 ${at(0.5)} ms, p99 ${at(0.99)} ms (goal p99 ≤ 2 ms), max ${at(1)} ms`);
}

/** GEXF on a synthetic graph: the file written in chunks (time, size, peak memory), then toGEXF against write(). */
async function gexf() {
  const edges = Number(process.env.BENCH_GEXF_EDGES ?? 250_000);
  const [graph, build] = time(() => syntheticGraph(edges));
  row('GEXF: synthetic graph', `${build.toFixed(2)} s  (${graph.order} entities, ${graph.size} relations)`);

  const dir = mkdtempSync(join(tmpdir(), 'relata-bench-gexf-'));
  const file = join(dir, 'graph.gexf');
  (globalThis as { gc?: () => void }).gc?.();
  const before = { peak: process.resourceUsage().maxRSS * 1024, resident: process.memoryUsage().rss };
  const started = performance.now();
  const out = createWriteStream(file);
  for (const chunk of gexfChunks(graph)) if (!out.write(chunk)) await once(out, 'drain');
  out.end();
  await finished(out);
  const streamed = (performance.now() - started) / 1000;
  const peak = process.resourceUsage().maxRSS * 1024;
  row('GEXF: file written in chunks', `${streamed.toFixed(2)} s, ${megabytes(statSync(file).size)} (goal ≤ 60 MB)`);
  row(
    'GEXF: peak memory (RSS)',
    `${megabytes(peak)} (goal ≤ 1 GB); before writing: ${megabytes(before.resident)} resident, ${megabytes(before.peak)} peak, so writing added ${megabytes(Math.max(0, peak - before.peak))} to the peak`,
  );
  rmSync(dir, { recursive: true, force: true });

  const [xml, ours] = time(() => toGEXF(graph));
  const [full, oursFull] = time(() => toGEXF(graph, { evidence: 'full' }));
  const [, theirs] = time(() => write(graph, WRITE_OPTIONS));
  row('GEXF: toGEXF (relata, compact)', `${ours.toFixed(2)} s  (${megabytes(xml.length)} of text)`);
  row('GEXF: toGEXF (relata, full)', `${oursFull.toFixed(2)} s  (${megabytes(full.length)} of text)`);
  row(
    'GEXF: write() (graphology-gexf)',
    `${theirs.toFixed(2)} s, as relata wrote GEXF before (its attribute table, no spells): compact ${(theirs / ours).toFixed(1)}× faster (goal ≥ 5×), full ${(theirs / oursFull).toFixed(1)}×`,
  );
}
