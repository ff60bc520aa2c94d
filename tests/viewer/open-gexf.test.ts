/**
 * A graph that leaves relata as GEXF and comes back keeps, in the viewer, what that GEXF carries:
 * compared with the same graph through graph.json (toJSON), field by field.
 */

import { describe, expect, it } from 'vitest';
import { toGEXF } from '../../src/export/gexf.ts';
import { sortedAliases } from '../../src/export/order.ts';
import { toJSON } from '../../src/export/index.ts';
import { evidenceView, relationGroups } from '../../viewer/src/logic/evidence.ts';
import { DEFAULT_FILTER, visibleEdges } from '../../viewer/src/logic/filters.ts';
import { asLibraryGraph, indexGraph, type RelataGraph } from '../../viewer/src/logic/model.ts';
import { joinedAlias, parseGraph } from '../../viewer/src/logic/open.ts';
import { buildSearchIndex, search } from '../../viewer/src/logic/search.ts';
import { loadFixture } from './fixture.ts';

const fixture = asLibraryGraph(loadFixture().graph);
const viaJSON = parseGraph(toJSON(fixture), 'json');
const viaGEXF = {
  full: parseGraph(toGEXF(fixture, { evidence: 'full' }), 'gexf'),
  compact: parseGraph(toGEXF(fixture), 'gexf'),
};

/** The edge of `graph` that is relata's edge `key` (`source|predicate|target`): compact GEXF gives edges no key. */
function edgeAttributes(graph: RelataGraph, key: string) {
  const [source, predicate, target] = key.split('|');
  const edge = graph.findEdge(source, target, (_, a) => a.predicate === predicate);
  if (!edge) throw new Error(`no edge ${key}`);
  return graph.getEdgeAttributes(edge);
}

/** What the details panel lists for a node: per direction and predicate, the other ends and their evidence counts. */
function relationCounts(graph: RelataGraph, node: string) {
  const index = indexGraph(graph);
  return relationGroups(graph, node, visibleEdges(graph, DEFAULT_FILTER, index).edges, DEFAULT_FILTER, index).map(
    (g) => [g.direction, g.predicate, g.relations.map((r) => [r.other, r.evidence.length])],
  );
}

describe('a GEXF relata wrote, reopened in the viewer', () => {
  it.each([
    ['full', 'Allemagne', [{ node: 'country:germany', rank: 'alias', via: 'Allemagne' }]],
    ['full', 'russie', [{ node: 'country:russia', rank: 'alias', via: 'Russie' }]],
    ['full', 'Germany', [{ node: 'country:germany', rank: 'label' }]],
    ['compact', 'Allemagne', [{ node: 'country:germany', rank: 'alias', via: 'Allemagne' }]],
    ['compact', 'Germany', [{ node: 'country:germany', rank: 'label' }]],
  ] as const)('%s: searching %s finds %j', (level, query, expected) => {
    const results = search(buildSearchIndex(viaGEXF[level]), query).map(({ label: _, ...result }) => result);
    expect(results).toEqual(expected);
  });

  it('full: keeps the documents and sentences tables, but what GEXF does not carry', () => {
    const documents = viaJSON
      .getAttribute('documents')
      .map(({ sha256: _h, source: _s, sentences: _n, ...rest }) => rest);
    expect(viaGEXF.full.getAttribute('documents')).toEqual(documents);
    expect(viaGEXF.full.getAttribute('sentences')).toEqual(viaJSON.getAttribute('sentences'));
    expect(indexGraph(viaGEXF.full).documents.size).toBe(4);
  });

  it.each(viaJSON.nodes())('full: node %s keeps its aliases, documents and relations', (node) => {
    const json = viaJSON.getNodeAttributes(node);
    expect(viaGEXF.full.getNodeAttributes(node)).toMatchObject({
      aliases: json.aliases,
      docs: json.docs,
      mentions: json.mentions,
      type: json.type,
    });
    expect(relationCounts(viaGEXF.full, node)).toEqual(relationCounts(viaJSON, node));
  });

  it.each(viaJSON.edges())('full: edge %s keeps its evidence, and the panel shows it as from graph.json', (key) => {
    const json = viaJSON.getEdgeAttributes(key);
    const gexf = viaGEXF.full.getEdgeAttributes(key);
    const { predicate, label, code, role, modality, weight, docCount, size, evidence } = json;
    expect(gexf).toMatchObject({
      predicate,
      label,
      modality,
      weight,
      docCount,
      size,
      evidence,
      ...(code && { code }),
      ...(role && { role }),
    });
    const view = (graph: RelataGraph) => evidence.map((ev) => evidenceView(ev, indexGraph(graph)));
    expect(view(viaGEXF.full)).toEqual(view(viaJSON));
  });

  it.each(viaJSON.nodes())(
    'compact: node %s keeps its type, its other names (counts unknown) and its document count, not the documents',
    (node) => {
      const json = viaJSON.getNodeAttributes(node);
      const others = sortedAliases(json.aliases)
        .filter((a) => a.text !== json.label)
        .map(({ text, language }) => ({ text, language, count: 0 }));
      expect(viaGEXF.compact.getNodeAttributes(node)).toMatchObject({
        type: json.type,
        aliases: others,
        docs: [],
        docCount: json.docs.length,
      });
    },
  );

  it.each(viaJSON.edges())('compact: edge %s keeps its predicate and counts, without evidence', (key) => {
    const { predicate, label, modality, weight, docCount } = viaJSON.getEdgeAttributes(key);
    expect(edgeAttributes(viaGEXF.compact, key)).toMatchObject({
      predicate,
      label,
      modality,
      weight,
      docCount,
      evidence: [],
    });
  });

  it('compact: has no documents nor sentences', () => {
    expect(viaGEXF.compact.getAttributes()).toMatchObject({ documents: [], sentences: [] });
  });
});

/** A GEXF with relata's lists `|`-joined (older relata, converted GraphML), its counts declared as text. */
const JOINED_GEXF = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3">
  <graph defaultedgetype="directed">
    <attributes class="node">
      <attribute id="0" title="type" type="string"/>
      <attribute id="1" title="aliases" type="string"/>
      <attribute id="2" title="docs" type="string"/>
      <attribute id="3" title="docCount" type="string"/>
      <attribute id="4" title="mentions" type="string"/>
    </attributes>
    <attributes class="edge">
      <attribute id="0" title="docCount" type="string"/>
      <attribute id="1" title="docs" type="string"/>
      <attribute id="2" title="weight" type="string"/>
    </attributes>
    <nodes>
      <node id="country:germany" label="Germany"><attvalues>
        <attvalue for="0" value="Country"/><attvalue for="1" value="Allemagne@fr|Germany@en|AT&amp;T@Home@en|Deutschland"/>
        <attvalue for="2" value="a.txt|b.txt"/><attvalue for="3" value="2"/><attvalue for="4" value="5"/>
      </attvalues></node>
      <node id="country:ukraine" label="Ukraine"/>
    </nodes>
    <edges>
      <edge id="e" source="country:germany" target="country:ukraine" label="supplies" weight="3">
        <attvalues><attvalue for="0" value="2"/><attvalue for="1" value="a.txt|b.txt"/></attvalues>
      </edge>
    </edges>
  </graph>
</gexf>`;

describe('a GEXF with |-joined lists', () => {
  const graph = parseGraph(JOINED_GEXF, 'gexf');

  it.each([
    ['Allemagne@fr', { text: 'Allemagne', language: 'fr', count: 0 }],
    ['AT&T@Home@en', { text: 'AT&T@Home', language: 'en', count: 0 }],
    ['Deutschland', { text: 'Deutschland', language: 'other', count: 0 }],
    ['@fr', { text: '@fr', language: 'other', count: 0 }],
    ['Berlin@', { text: 'Berlin@', language: 'other', count: 0 }],
  ])('alias %s → %j', (item, alias) => expect(joinedAlias(item)).toEqual(alias));

  it('splits the aliases, found by search, and the documents; counts are numbers', () => {
    expect(graph.getNodeAttributes('country:germany')).toMatchObject({
      type: 'Country',
      aliases: ['Allemagne@fr', 'Germany@en', 'AT&T@Home@en', 'Deutschland'].map(joinedAlias),
      docs: ['a.txt', 'b.txt'],
      docCount: 2,
      mentions: 5,
    });
    expect(search(buildSearchIndex(graph), 'allemagne')).toMatchObject([
      { node: 'country:germany', rank: 'alias', via: 'Allemagne' },
    ]);
  });

  it('takes the predicate from the label, and keeps counts as numbers', () => {
    expect(graph.getEdgeAttributes('e')).toMatchObject({
      predicate: 'supplies',
      label: 'supplies',
      weight: 3,
      docCount: 2,
      docs: ['a.txt', 'b.txt'],
      evidence: [],
    });
  });

  it('a node without lists has none', () => {
    expect(graph.getNodeAttributes('country:ukraine')).toMatchObject({ aliases: [], docs: [] });
  });
});

/** A GEXF whose edge gives `value` as its evidenceJson. */
const withEvidenceJson = (value: string) => `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="directed">
  <attributes class="edge"><attribute id="0" title="evidenceJson" type="string"/></attributes>
  <nodes><node id="a"/><node id="b"/></nodes>
  <edges><edge id="e" source="a" target="b" label="supplies"><attvalues><attvalue for="0" value="${value}"/></attvalues></edge></edges>
</graph></gexf>`;

describe('a malformed evidenceJson', () => {
  it.each(['not json', '{}', '[null, 3, {&quot;cue&quot;: &quot;x&quot;}]'])(
    '%s gives no evidence and no documents',
    (value) => {
      const graph = parseGraph(withEvidenceJson(value), 'gexf');
      expect(graph.getEdgeAttribute('e', 'evidence')).toEqual([]);
      expect(graph.getAttributes()).toMatchObject({ documents: [], sentences: [] });
    },
  );
});
