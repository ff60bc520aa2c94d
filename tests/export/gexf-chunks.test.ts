/**
 * `gexfChunks` (src/export/gexf.ts), the GEXF writer piece by piece: joined, the chunks are
 * `toGEXF`, each about CHUNK long and ending at a line end, one line per node and per edge, the
 * same bytes whatever the order the graph was built in.
 */
import { MultiDirectedGraph } from 'graphology';
import { parse } from 'graphology-gexf';
import { describe, expect, it } from 'vitest';
import { CHUNK, gexfChunks, toGEXF } from '../../src/export/gexf.ts';
import { EXPORT_CHUNKS } from '../../src/export/index.ts';
import { createGraph } from '../../src/graph/index.ts';
import { xmlErrors } from './helpers.ts';
import { syntheticGraph } from './synthetic.ts';

describe('gexfChunks', () => {
  const graph = syntheticGraph(3_000);
  const chunks = [...gexfChunks(graph)];

  it('is the gexf entry of EXPORT_CHUNKS, which `relata export -f gexf -o` writes piece by piece', () => {
    expect(EXPORT_CHUNKS.gexf).toBe(gexfChunks);
  });

  it('joins into toGEXF, in pieces of about CHUNK characters ending at a line end', () => {
    const longest = Math.max(
      ...toGEXF(graph)
        .split('\n')
        .map((line) => line.length + 1),
    );
    expect(chunks.join('')).toBe(toGEXF(graph));
    expect(chunks.length).toBeGreaterThan(10);
    for (const chunk of chunks.slice(0, -1)) {
      expect(chunk.length).toBeGreaterThanOrEqual(CHUNK);
      expect(chunk.length).toBeLessThan(CHUNK + longest);
      expect(chunk.endsWith('\n')).toBe(true);
    }
    expect(chunks.at(-1)!.endsWith('</gexf>\n')).toBe(true);
  });

  it('writes one line per node and per edge', () => {
    const lines = chunks.join('').split('\n');
    expect(lines.filter((line) => line.startsWith('<node ')).length).toBe(graph.order);
    expect(lines.filter((line) => line.startsWith('<edge ')).length).toBe(graph.size);
  });

  it('gives the same bytes for the same graph, whatever the order it was built in', () => {
    const reversed = createGraph();
    reversed.replaceAttributes(graph.getAttributes());
    for (const node of graph.nodes().reverse()) reversed.addNode(node, graph.getNodeAttributes(node));
    for (const edge of graph.edges().reverse())
      reversed.addDirectedEdgeWithKey(edge, graph.source(edge), graph.target(edge), graph.getEdgeAttributes(edge));
    expect([...gexfChunks(reversed)]).toEqual(chunks);
    expect(toGEXF(syntheticGraph(3_000))).toBe(chunks.join(''));
  });

  it('writes an empty graph as a valid document', () => {
    const xml = toGEXF(createGraph());
    expect(xmlErrors(xml)).toEqual([]);
    expect(parse(MultiDirectedGraph, xml, { respectInputGraphType: true }).order).toBe(0); // with no edge to tell, the parser would guess a mixed graph
  });
});
