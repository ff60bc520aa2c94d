/**
 * Shift + drag on the graph draws a rectangle; on release, the nodes drawn inside it (those the
 * node reducer hides excepted) are handed to `onSelect`. While the rectangle is drawn the camera
 * does not pan (sigma's default is prevented), Escape cancels it, and the click that ends the drag
 * does not reach sigma (it would select, or unselect, what is under the pointer).
 */

import type Sigma from 'sigma';
import type { MouseCoords } from 'sigma/types';
import { nodesInRectangle } from '../logic/layouts.ts';
import './layout.css';

/** Under this many pixels each way, a shift-press is a click, not a rectangle. */
const MIN_DRAG = 3;

export function installRectangleSelect(
  sigma: Sigma,
  container: HTMLElement,
  onSelect: (nodes: string[]) => void,
): void {
  const captor = sigma.getMouseCaptor();
  const overlay = document.createElement('div');
  overlay.className = 'rectangle-select';
  overlay.setAttribute('aria-hidden', 'true');
  let start: { x: number; y: number } | null = null;
  let end: { x: number; y: number } = { x: 0, y: 0 };
  let cancelled = false;
  let swallowClick = false;

  /** A point of the viewport, kept within the graph's frame. */
  const clampPoint = ({ x, y }: { x: number; y: number }) => {
    const { width, height } = sigma.getDimensions();
    return { x: Math.min(width, Math.max(0, x)), y: Math.min(height, Math.max(0, y)) };
  };
  const dragged = () =>
    start !== null && (Math.abs(end.x - start.x) >= MIN_DRAG || Math.abs(end.y - start.y) >= MIN_DRAG);
  const draw = () => {
    if (!start || cancelled || !dragged()) return overlay.remove();
    overlay.style.left = `${Math.min(start.x, end.x)}px`;
    overlay.style.top = `${Math.min(start.y, end.y)}px`;
    overlay.style.width = `${Math.abs(end.x - start.x)}px`;
    overlay.style.height = `${Math.abs(end.y - start.y)}px`;
    if (!overlay.isConnected) container.append(overlay);
  };
  const stop = () => {
    start = null;
    cancelled = false;
    overlay.remove();
  };

  const onDown = (event: MouseCoords) => {
    const original = event.original;
    if (!(original instanceof MouseEvent) || original.button !== 0 || !original.shiftKey) return;
    event.preventSigmaDefault();
    original.preventDefault(); // no text selection
    start = end = clampPoint(event);
    cancelled = false;
  };
  const onMove = (event: MouseCoords) => {
    if (!start) return;
    // sigma pans the camera on a drag unless told not to, even once the rectangle is cancelled
    event.preventSigmaDefault();
    event.original.preventDefault();
    end = clampPoint(event);
    draw();
  };
  const onUp = (event: MouseCoords) => {
    if (!start) return;
    end = clampPoint(event);
    const rect = { x1: start.x, y1: start.y, x2: end.x, y2: end.y };
    const select = !cancelled && dragged();
    // a drag (even a cancelled one) ends with a click on the graph: sigma must not see it
    swallowClick = dragged();
    setTimeout(() => (swallowClick = false), 0);
    stop();
    if (!select) return;
    const points: [string, number, number][] = [];
    sigma.getGraph().forEachNode((node) => {
      const data = sigma.getNodeDisplayData(node);
      if (!data || data.hidden) return;
      const { x, y } = sigma.framedGraphToViewport(data);
      points.push([node, x, y]);
    });
    onSelect(nodesInRectangle(points, rect));
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !start || cancelled) return;
    cancelled = true;
    overlay.remove();
    event.stopPropagation();
  };
  const onClick = (event: MouseEvent) => {
    if (!swallowClick) return;
    swallowClick = false;
    event.stopImmediatePropagation();
    event.preventDefault();
  };

  captor.on('mousedown', onDown);
  captor.on('mousemovebody', onMove);
  captor.on('mouseup', onUp);
  document.addEventListener('keydown', onKey, true);
  // capture: runs before sigma's own click listener, on the container
  container.addEventListener('click', onClick, true);
}
