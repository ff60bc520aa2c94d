/**
 * What was removed (the changes mode against a snapshot), on a 2D canvas layer of sigma's under
 * the nodes, drawn again after each render: a removed relation as a dashed grey line between
 * its two entities when both are still there and shown, a removed entity as a dashed circle with
 * its label where it was. The graph itself is not edited.
 */

import type Sigma from 'sigma';

const LAYER = 'ghosts';

export interface Ghosts {
  ghosts: readonly (readonly [source: string, target: string])[];
  ghostNodes: readonly { label: string; x: number; y: number }[];
}

export function installGhostLayer(sigma: Sigma, current: () => Ghosts | null): void {
  const canvas = sigma.createCanvas(LAYER, { beforeLayer: 'nodes' });
  const context = canvas.getContext('2d')!;
  /** Whether the canvas holds a drawing, so that frames without ghosts (most) do not clear it again. */
  let drawn = false;
  sigma.on('afterRender', () => {
    const { ghosts: lines = [], ghostNodes = [] } = current() ?? {};
    if (!drawn && !lines.length && !ghostNodes.length) return;
    // sigma sizes the canvases it draws in itself; this one follows its dimensions
    const { width, height } = sigma.getDimensions();
    const ratio = window.devicePixelRatio || 1;
    if (canvas.width !== Math.round(width * ratio) || canvas.height !== Math.round(height * ratio)) {
      canvas.width = Math.round(width * ratio);
      canvas.height = Math.round(height * ratio);
      canvas.style.width = `${width}px`;
      canvas.style.height = `${height}px`;
    }
    context.clearRect(0, 0, canvas.width, canvas.height);
    drawn = lines.length > 0 || ghostNodes.length > 0;
    if (!drawn) return;
    context.save();
    context.scale(ratio, ratio);
    context.setLineDash([6, 4]);
    context.lineWidth = 1.5;
    context.strokeStyle = '#8a939d';
    for (const [source, target] of lines) {
      const a = sigma.getNodeDisplayData(source);
      const b = sigma.getNodeDisplayData(target);
      if (!a || !b || a.hidden || b.hidden) continue;
      const from = sigma.framedGraphToViewport(a);
      const to = sigma.framedGraphToViewport(b);
      context.beginPath();
      context.moveTo(from.x, from.y);
      context.lineTo(to.x, to.y);
      context.stroke();
    }
    context.font = '12px system-ui, sans-serif';
    context.fillStyle = '#616c78';
    for (const { label, x, y } of ghostNodes) {
      const at = sigma.graphToViewport({ x, y });
      context.beginPath();
      context.arc(at.x, at.y, 6, 0, 2 * Math.PI);
      context.stroke();
      context.fillText(label, at.x + 9, at.y + 4);
    }
    context.restore();
  });
}
