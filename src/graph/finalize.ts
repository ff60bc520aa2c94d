/** Everything derived after merging: edge statistics, sorted tables and evidence, sizes, colours, layout. */
import { deriveEdge, documentDates } from './derive.ts';
import { compareSentenceIds, compareStrings, type EdgeAttributes, type RelataGraph } from './model.ts';
import { layoutGraph, type LayoutOptions } from './layout.ts';
import { TYPE_COLORS, nodeSize } from './style.ts';

export interface FinalizeOptions extends LayoutOptions {
  /**
   * The edges whose evidence changed since the graph was last finalized (what a build into a
   * stored graph merged): only theirs is sorted and derived again. Default: every edge's.
   */
  changed?: ReadonlySet<string>;
}

export function finalizeGraph(graph: RelataGraph, options: FinalizeOptions = {}): void {
  graph.getAttribute('documents').sort((a, b) => compareStrings(a.id, b.id));
  graph.getAttribute('sentences').sort((a, b) => compareSentenceIds(a.id, b.id));
  const dates = documentDates(graph);
  const derive = (attrs: EdgeAttributes) => {
    attrs.evidence.sort((a, b) => compareSentenceIds(a.sentence, b.sentence));
    deriveEdge(attrs, dates);
  };
  if (!options.changed) graph.forEachEdge((_, attrs) => derive(attrs));
  else for (const key of options.changed) if (graph.hasEdge(key)) derive(graph.getEdgeAttributes(key));
  graph.forEachNode((node, attrs) => {
    attrs.docs.sort(compareStrings);
    let weighted = 0;
    graph.forEachEdge(node, (_, edge) => (weighted += edge.weight));
    attrs.size = nodeSize(weighted);
    attrs.color = TYPE_COLORS[attrs.type];
  });
  layoutGraph(graph, options);
}
