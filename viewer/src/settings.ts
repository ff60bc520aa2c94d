/**
 * Sigma's settings for the viewer, in one place: labels, edge programs (curves for parallel
 * edges, a program that draws nothing for edges held back), movement on big graphs, and the
 * camera the graph is first shown at.
 */

import { EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import { createEdgeCompoundProgram } from 'sigma/rendering';
import { movementSettings } from './logic/display.ts';

/** Camera ratio under which every edge label is drawn (above it, only those of the focus). */
export const EDGE_LABELS_RATIO = 0.5;
/** Node labels extend to the right of their node: leave them room at the frame's edge. */
export const HOME_CAMERA = { x: 0.56, y: 0.5, angle: 0, ratio: 1.15 };
/**
 * Merged into an edge's style while the edges are held back: a program of no programs, which
 * draws nothing (a hidden edge still costs its vertices: seconds for 100,000 in software WebGL).
 */
export const HELD_BACK = { type: 'heldBack', hidden: true };
const HeldBackProgram = createEdgeCompoundProgram([]);

/** Everything but the reducers, for a graph of `edges` relations. */
export const sigmaSettings = (edges: number, edgeLabels: boolean) => ({
  allowInvalidContainer: true,
  enableEdgeEvents: true,
  zIndex: true,
  defaultEdgeType: 'arrow',
  edgeProgramClasses: { curved: EdgeCurvedArrowProgram, heldBack: HeldBackProgram },
  renderEdgeLabels: edgeLabels,
  edgeLabelSize: 11,
  edgeLabelColor: { color: '#56606c' },
  labelFont: 'system-ui, sans-serif',
  labelSize: 13,
  labelWeight: '500',
  labelDensity: 0.8,
  labelGridCellSize: 80,
  labelRenderedSizeThreshold: 5,
  ...movementSettings(edges),
});

/** Calls `then` once what is drawn now has been shown: the next frame draws it, the one after means it was shown. */
export const afterShown = (then: () => void) => requestAnimationFrame(() => requestAnimationFrame(then));
