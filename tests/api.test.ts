import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KnowledgeGraph, buildGraph, extract, parseDocument } from '../src/index.ts';

describe('the public API (src/index.ts)', () => {
  it('extract: the triples of a text, with provenance', () => {
    const [t] = extract("L'Allemagne a livré des chars Leopard à l'Ukraine.", { id: 'note.txt', date: '2025-01-15' });
    expect(t).toMatchObject({
      doc: 'note.txt',
      date: '2025-01-15',
      subject: 'Germany',
      predicate: 'supplies',
      object: 'Leopard',
      modality: 'asserted',
      rule: 'fr:verb.transfer',
    });
  });

  it('KnowledgeGraph: ingest texts, query by alias, save, load, export', async () => {
    const kg = KnowledgeGraph.create();
    kg.ingest(["L'Allemagne a livré des chars Leopard à l'Ukraine.", 'Germany condemned Iran.']);
    expect(kg.triples({ subject: 'Allemagne' }).map((r) => `${r.predicate} ${r.object}`)).toEqual([
      'condemns Iran',
      'supplies Leopard',
      'supplies Ukraine',
    ]);
    const dir = mkdtempSync(join(tmpdir(), 'relata-api-'));
    await kg.save(dir);
    const again = await KnowledgeGraph.load(dir);
    expect(again.toJSON()).toBe(readFileSync(join(dir, 'graph.json'), 'utf8'));
    expect(again.entity('Allemagne').label).toBe('Germany');
    expect(again.toGEXF()).toContain('<gexf');
    expect(again.graph.order).toBe(4);
  });

  it('buildGraph: documents in memory as well as paths', async () => {
    const doc = parseDocument('a.txt', 'Poland condemned Belarus.', 'txt');
    const { graph, summary } = await buildGraph([doc], { out: mkdtempSync(join(tmpdir(), 'relata-api-')) });
    expect(summary.added).toBe(1);
    expect(graph.hasEdge('country:poland|condemns|country:belarus')).toBe(true);
  });
});
