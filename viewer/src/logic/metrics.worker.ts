/** The metrics of logic/metrics.ts off the main thread: a graph's export in, its Metrics out. */

import { MultiDirectedGraph } from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import { computeMetrics } from './metrics.ts';
import type { EdgeAttrs, GraphAttrs, NodeAttrs, RelataGraph } from './model.ts';

self.onmessage = (event: MessageEvent<SerializedGraph<NodeAttrs, EdgeAttrs, GraphAttrs>>) => {
  const graph: RelataGraph = new MultiDirectedGraph();
  graph.import(event.data);
  self.postMessage(computeMetrics(graph));
};
