/**
 * Relations that were removed, drawn as dashed grey lines between their two entities when both
 * are still in the graph and shown (the changes mode against a snapshot): a 2D canvas layer of
 * sigma's, under the nodes, drawn again after each render. The graph itself is not edited.
 */

import type Sigma from 'sigma';

const LAYER = 'ghosts';

export function installGhostLayer(sigma: Sigma, ghosts: () => readonly (readonly [source: string, target: string])[]): void {
  const canvas = sigma.createCanvas(LAYER, { beforeLayer: 'nodes' });
  const context = canvas.getContext('2d')!;
  sigma.on('afterRender', () => {
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
    const lines = ghosts();
    if (!lines.length) return;
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
    context.restore();
  });
}
