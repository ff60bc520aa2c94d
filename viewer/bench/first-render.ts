/**
 * How long the viewer takes to show a graph of 5,000 nodes and 20,000 edges, not a test:
 * `npx tsx viewer/bench/first-render.ts`. It writes a synthetic graph.json in relata's format
 * (positions, a few evidence sentences per edge, documents and sentences tables) to a
 * temporary folder, serves it with the real server, opens it three times in Chromium and
 * prints the medians of two figures read from the viewer's test hook:
 *   first render   navigation start → sigma constructed (fetch, parse, index, first draw)
 *   settled frame  navigation start → the frame after the first camera move was drawn
 * Needs viewer/dist (built if missing) and /usr/bin/chromium.
 */

import { execSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { TYPE_COLORS } from '../../src/graph/style.ts';
import { startServer } from '../../src/server/index.ts';
import { ENTITY_TYPES, MODALITIES, PREDICATES } from '../../src/types.ts';
import { seededRng } from '../src/logic/display.ts';

const NODES = 5_000;
const EDGES = 20_000;
const DOCUMENTS = 400;
const RUNS = 3;
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
];

/** A graphology serialization shaped like graph/README.md describes, the same for every run. */
function syntheticGraph() {
  const random = seededRng(1);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
  const documents = Array.from({ length: DOCUMENTS }, (_, i) => ({
    id: `doc-${String(i).padStart(4, '0')}.txt`,
    title: `Synthetic article ${i}`,
    date: `2024-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
    sha256: '0'.repeat(64),
    sentences: 40,
  }));
  const nodes = Array.from({ length: NODES }, (_, i) => {
    const type = pick(ENTITY_TYPES);
    const label = `Entity ${i}`;
    // Twenty clusters, so the picture looks like a laid-out graph rather than noise.
    const angle = ((i % 20) / 20) * 2 * Math.PI;
    return {
      key: `${type.toLowerCase()}:entity-${i}`,
      attributes: {
        label, type, aliases: [{ text: label, language: 'en', count: 1 }], mentions: 1, docs: [pick(documents).id],
        x: 1000 * Math.cos(angle) + 300 * (random() - 0.5), y: 1000 * Math.sin(angle) + 300 * (random() - 0.5),
        size: 2 + 10 * random() ** 3, color: TYPE_COLORS[type],
      },
    };
  });
  const sentences = new Map<string, object>();
  const edges = new Map<string, object>();
  while (edges.size < EDGES) {
    const i = Math.floor(random() * NODES);
    const source = nodes[i].key;
    const target = nodes[(i + 1 + Math.floor(random() ** 2 * 200)) % NODES].key;
    const predicate = pick(PREDICATES);
    const key = `${source}|${predicate}|${target}`;
    if (edges.has(key)) continue;
    const evidence = Array.from({ length: 1 + Math.floor(random() * 3) }, () => {
      const doc = pick(documents);
      const id = `${doc.id}#${Math.floor(random() * doc.sentences)}`;
      sentences.set(id, { id, doc: doc.id, index: Number(id.split('#')[1]), start: 0, end: 60, text: `${source} and ${target} are said to be related in this sentence.`, language: 'en' });
      return { sentence: id, modality: pick(MODALITIES), rule: 'bench', cue: predicate, confidence: 0.8, subject: [0, 10], object: [15, 25] };
    });
    evidence.sort((a, b) => (a.sentence < b.sentence ? -1 : 1));
    edges.set(key, {
      key, source, target,
      attributes: {
        predicate, label: predicate.replace('_', ' '), weight: evidence.length, docCount: evidence.length,
        modality: evidence[0].modality, size: evidence.length, evidence,
      },
    });
  }
  return {
    options: { type: 'directed', multi: true, allowSelfLoops: false },
    attributes: { format: 'relata-graph', version: 1, documents, sentences: [...sentences.values()] },
    nodes,
    edges: [...edges.values()],
  };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function main(): Promise<void> {
  if (!existsSync(join(ROOT, 'viewer/dist/index.html'))) execSync('npm run build:viewer', { cwd: ROOT, stdio: 'ignore' });
  const graphDir = mkdtempSync(join(tmpdir(), 'relata-bench-graph-'));
  const profile = mkdtempSync(join(tmpdir(), 'relata-bench-chromium-'));
  const server = await startServer({ graphDir, port: 0 });
  const context = await chromium.launchPersistentContext(profile, { executablePath: '/usr/bin/chromium', headless: true, args: ARGS, viewport: { width: 1400, height: 860 } });
  try {
    writeFileSync(join(graphDir, 'graph.json'), JSON.stringify(syntheticGraph()));
    const megabytes = statSync(join(graphDir, 'graph.json')).size / 1e6;
    const runs: { firstRenderMs: number; settledMs: number }[] = [];
    for (let run = 0; run < RUNS; run++) {
      const page = await context.newPage();
      await page.goto(server.url);
      await page.waitForFunction(() => window.__relata?.state.settledMs != null, undefined, { timeout: 180_000 });
      runs.push(await page.evaluate(() => ({ firstRenderMs: window.__relata!.state.firstRenderMs!, settledMs: window.__relata!.state.settledMs! })));
      await page.close();
    }
    const figures = (key: 'firstRenderMs' | 'settledMs') => `${Math.round(median(runs.map((r) => r[key])))} ms (runs: ${runs.map((r) => Math.round(r[key])).join(', ')})`;
    console.log(`graph: ${NODES} nodes, ${EDGES} edges, graph.json ${megabytes.toFixed(1)} MB`);
    console.log(`first render (navigation → sigma constructed), median of ${RUNS}: ${figures('firstRenderMs')}`);
    console.log(`first settled frame, median of ${RUNS}: ${figures('settledMs')}`);
  } finally {
    await context.close();
    await server.close();
    rmSync(graphDir, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  }
}

await main();
