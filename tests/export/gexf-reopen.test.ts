/**
 * A full GEXF (src/export/gexf.ts) reopens as the graph it was written from: a relata graph rebuilt
 * from it, as relata's viewer would, equals the one written, on the demo corpus and on a graph of
 * hostile text (its JSON keeping even control characters).
 */
import { MultiDirectedGraph } from 'graphology';
import { parse } from 'graphology-gexf';
import { beforeAll, describe, expect, it } from 'vitest';
import { toGEXF } from '../../src/export/gexf.ts';
import { sortedAliases } from '../../src/export/order.ts';
import type { RelataGraph } from '../../src/graph/index.ts';
import {
  splitSentenceId,
  type DocumentRecord,
  type EdgeAttributes,
  type Evidence,
  type NodeAttributes,
  type SentenceRecord,
} from '../../src/graph/model.ts';
import { FULL, buildDemo, hostileGraph, mapStrings, pick, withoutNonXml } from './gexf-fixtures.ts';

const EVIDENCE_FIELDS = [
  'sentence',
  'modality',
  'attributedTo',
  'rule',
  'cue',
  'confidence',
  'subject',
  'object',
] as const;

/**
 * A relata graph rebuilt from a full GEXF, as relata's viewer would reopen it: the shared
 * attributes, lists and evidence from the JSON, the sentences and documents tables from the
 * evidence items (without what full does not carry: documents' sha256, source, sentence counts).
 */
function reopen(xml: string) {
  const back = parse(MultiDirectedGraph, xml);
  const nodes = new Map<string, Partial<NodeAttributes>>();
  back.forEachNode((key, a) =>
    nodes.set(key, {
      label: a.label,
      type: a.type,
      aliases: JSON.parse(a.aliasesJson ?? '[]'),
      mentions: a.mentions,
      docs: JSON.parse(a.docsJson ?? '[]'),
      x: a.x,
      y: a.y,
      size: a.size,
    }),
  );
  const edges = new Map<string, Partial<EdgeAttributes>>();
  const sentences = new Map<string, SentenceRecord>();
  const documents = new Map<string, Partial<DocumentRecord>>();
  back.forEachEdge((key, a) => {
    const items: Record<string, unknown>[] = JSON.parse(a.evidenceJson ?? '[]');
    for (const item of items) {
      const [doc, index] = splitSentenceId(item.sentence as string);
      if (item.text !== undefined)
        sentences.set(item.sentence as string, {
          id: item.sentence as string,
          doc,
          index,
          ...pick<Omit<SentenceRecord, 'id' | 'doc' | 'index'>>(item, ['start', 'end', 'text', 'language']),
        });
      documents.set(doc, { id: doc, ...pick(item, ['date', 'title', 'url', 'path']) });
    }
    const shared = pick<Partial<EdgeAttributes>>(a, [
      'predicate',
      'label',
      'code',
      'role',
      'weight',
      'docCount',
      'modality',
      'firstDate',
      'lastDate',
    ]);
    edges.set(key, {
      ...shared,
      size: a.thickness,
      evidence: items.map((item) => pick<Evidence>(item, EVIDENCE_FIELDS)),
    });
  });
  return { nodes, edges, sentences: [...sentences.values()], documents: [...documents.values()] };
}

let demo: RelataGraph;
beforeAll(async () => {
  demo = await buildDemo();
});

describe('full GEXF reopens as the graph it was written from', () => {
  it('on the demo corpus: nodes with their aliases and documents, edges with their evidence, the sentences and documents behind it', () => {
    const back = reopen(toGEXF(demo, FULL));
    const written = (a: NodeAttributes) => ({
      ...pick<Partial<NodeAttributes>>(a, ['label', 'type', 'mentions', 'x', 'y', 'size']),
      aliases: sortedAliases(a.aliases),
      docs: [...a.docs].sort(),
    });
    expect(Object.fromEntries(back.nodes)).toEqual(
      Object.fromEntries(demo.nodes().map((node) => [node, written(demo.getNodeAttributes(node))])),
    );
    expect(Object.fromEntries(back.edges)).toEqual(
      Object.fromEntries(
        demo
          .edges()
          .map((edge) => [
            edge,
            pick(demo.getEdgeAttributes(edge), [
              'predicate',
              'label',
              'code',
              'role',
              'weight',
              'docCount',
              'modality',
              'firstDate',
              'lastDate',
              'size',
              'evidence',
            ]),
          ]),
      ),
    );
    expect(back.sentences.sort((a, b) => (a.id < b.id ? -1 : 1))).toEqual(
      [...demo.getAttribute('sentences')].sort((a, b) => (a.id < b.id ? -1 : 1)),
    );
    const cited = new Set(back.sentences.map((s) => s.doc));
    expect(back.documents.sort((a, b) => (a.id! < b.id! ? -1 : 1))).toEqual(
      demo
        .getAttribute('documents')
        .filter((d) => cited.has(d.id))
        .map((d) => pick(d, ['id', 'date', 'title', 'url', 'path'])),
    );
    expect(back.sentences.length).toBeGreaterThan(10);
  });

  it('on hostile text: aliases and evidence come back as written, JSON keeping even control characters (U+FFFE, U+FFFF left out)', () => {
    const graph = hostileGraph();
    const back = reopen(toGEXF(graph, FULL));
    const kept = <T>(value: T): T => mapStrings(value, (text) => text.replace(/[\ufffe\uffff]/g, ''));
    for (const node of graph.nodes())
      expect(back.nodes.get(withoutNonXml(node))?.aliases).toEqual(
        kept(sortedAliases(graph.getNodeAttribute(node, 'aliases'))),
      );
    for (const edge of graph.edges())
      expect(back.edges.get(withoutNonXml(edge))?.evidence).toEqual(kept(graph.getEdgeAttribute(edge, 'evidence')));
    expect(back.nodes.get('organization:at&t-"quoted"-<x>--🇺🇦')?.docs).toEqual(['wire/"odd" & <id>\u0001 🇺🇦.txt']);
  });
});
