/**
 * The metrics of a graph, off the main thread (logic/metrics.worker.ts): one worker at a time;
 * the worker of a graph replaced meanwhile is dropped, and an answer already on its way for it
 * is ignored.
 */

import type { MetricsMessage } from './logic/metrics.ts';
import type { Loaded } from './loaded.ts';

export function metricsClient(current: () => Loaded, answered: (loaded: Loaded) => void): { start(): void } {
  let worker: Worker | null = null;
  return {
    start() {
      const loaded = current();
      worker?.terminate();
      const own = new Worker(new URL('./logic/metrics.worker.ts', import.meta.url), { type: 'module' });
      worker = own;
      const settle = (apply: () => void) => {
        own.terminate();
        if (current() !== loaded) return;
        worker = null;
        apply();
        answered(loaded);
      };
      own.onmessage = (event: MessageEvent<MetricsMessage>) =>
        settle(() => {
          if ('error' in event.data) loaded.metricsError = event.data.error;
          else loaded.metrics ??= event.data.metrics;
        });
      own.onerror = (event) => settle(() => (loaded.metricsError = event.message || 'worker failed'));
      own.postMessage(loaded.graph.export());
    },
  };
}
