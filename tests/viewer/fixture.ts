/** The hand-written e2e fixture graph, loaded the way the viewer loads it. */

import { readFileSync } from 'node:fs';
import { indexGraph } from '../../viewer/src/logic/model.ts';
import { parseGraph } from '../../viewer/src/logic/open.ts';

export const FIXTURE = new URL('../e2e/fixtures/graph/graph.json', import.meta.url);

export function loadFixture() {
  const graph = parseGraph(readFileSync(FIXTURE, 'utf8'), 'json');
  return { graph, index: indexGraph(graph) };
}
