/**
 * The metrics of logic/metrics.ts off the main thread: a graph's export in, a MetricsMessage out,
 * `{ metrics }`, or `{ error }` with the error's message if importing the graph or computing threw.
 */

import { MultiDirectedGraph } from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import { computeMetrics, metricsMessage } from './metrics.ts';
import type { EdgeAttrs, GraphAttrs, NodeAttrs, RelataGraph } from './model.ts';

self.onmessage = (event: MessageEvent<SerializedGraph<NodeAttrs, EdgeAttrs, GraphAttrs>>) => {
  self.postMessage(
    metricsMessage(() => {
      const graph: RelataGraph = new MultiDirectedGraph();
      graph.import(event.data);
      return computeMetrics(graph);
    }),
  );
};
