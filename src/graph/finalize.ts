/** Everything derived after merging: edge statistics, sorted tables and evidence, sizes, colours, layout. */
import { deriveEdge, documentDates } from './derive.ts';
import { compareSentenceIds, compareStrings, type RelataGraph } from './model.ts';
import { layoutGraph, type LayoutOptions } from './layout.ts';
import { TYPE_COLORS, nodeSize } from './style.ts';

export type { LayoutOptions as FinalizeOptions } from './layout.ts';

export function finalizeGraph(graph: RelataGraph, options: LayoutOptions = {}): void {
  graph.getAttribute('documents').sort((a, b) => compareStrings(a.id, b.id));
  graph.getAttribute('sentences').sort((a, b) => compareSentenceIds(a.id, b.id));
  const dates = documentDates(graph);
  graph.forEachEdge((_, attrs) => {
    attrs.evidence.sort((a, b) => compareSentenceIds(a.sentence, b.sentence));
    deriveEdge(attrs, dates);
  });
  graph.forEachNode((node, attrs) => {
    attrs.docs.sort(compareStrings);
    let weighted = 0;
    graph.forEachEdge(node, (_, edge) => (weighted += edge.weight));
    attrs.size = nodeSize(weighted);
    attrs.color = TYPE_COLORS[attrs.type];
  });
  layoutGraph(graph, options);
}
