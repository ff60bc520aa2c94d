/**
 * The toolbar's downloads: what is shown as relata's graph JSON or as GEXF (the library's
 * exporter, as `relata export` writes it; a node of unknown type just says so), and the
 * drawing as PNG.
 */

import { downloadAsPNG } from '@sigma/export-image';
import type Sigma from 'sigma';
import { toGEXF } from '../../src/export/gexf.ts';
import { asLibraryGraph, type RelataGraph } from './logic/model.ts';
import type { ToolbarActions } from './ui/toolbar.ts';
import { download } from './ui/dom.ts';

/** The export buttons' actions, over the graph `shown` gives when one is clicked. */
export function downloads(
  sigma: Sigma,
  shown: () => RelataGraph,
): Pick<ToolbarActions, 'exportJson' | 'exportGexf' | 'exportPng'> {
  return {
    exportJson: () =>
      download(new Blob([JSON.stringify(shown().export())], { type: 'application/json' }), 'relata-graph.json'),
    exportGexf: () =>
      download(new Blob([toGEXF(asLibraryGraph(shown()))], { type: 'application/xml' }), 'relata-graph.gexf'),
    exportPng: () => void downloadAsPNG(sigma, { fileName: 'relata-graph', backgroundColor: '#ffffff' }),
  };
}
