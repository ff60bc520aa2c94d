/**
 * GEXF colours are r/g/b(/a), the only form networkx reads: every CSS form the exporters are given
 * becomes channels, never hex, and a colour with no r/g/b reading is left out.
 */
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGEXF } from 'graphology-gexf';
import { describe, expect, it } from 'vitest';
import { toGEXF } from '../../src/export/index.ts';
import { E, buildGraph, makeDoc } from '../graph/fixtures.ts';
import { channels, parseXml, xmlErrors } from './helpers.ts';
import { graph } from './interop-fixture.ts';

/** The attributes of the `<viz:color>` of node `key` in `xml`, as a reader that reads only r/g/b/a sees them. */
function vizColor(xml: string, key: string): Record<string, string> | undefined {
  const node = Array.from(parseXml(xml).getElementsByTagName('node')).find((n) => n.getAttribute('id') === key)!;
  const color = node.getElementsByTagName('viz:color')[0];
  if (!color) return undefined;
  const out: Record<string, string> = {};
  for (let i = 0; i < color.attributes.length; i++) out[color.attributes[i]!.name] = color.attributes[i]!.value;
  return out;
}

describe('GEXF colours', () => {
  const one = (color: string) => {
    const g = buildGraph([
      makeDoc('c.txt', ['Germany condemned Russia.'], [[{ s: E.germany, p: 'condemns', o: E.russia }]]),
    ]);
    g.setNodeAttribute('country:germany', 'color', color);
    return toGEXF(g);
  };

  it.each([
    ['#e15759', { r: '225', g: '87', b: '89' }],
    ['#0AF', { r: '0', g: '170', b: '255' }],
    ['#11223380', { r: '17', g: '34', b: '51', a: '0.502' }],
    ['#1238', { r: '17', g: '34', b: '51', a: '0.533' }],
    ['#112233ff', { r: '17', g: '34', b: '51' }], // opaque: no a
    ['rgb(10, 200, 30)', { r: '10', g: '200', b: '30' }],
    ['rgba(17, 34, 51, 0.5)', { r: '17', g: '34', b: '51', a: '0.5' }],
    ['rgba(1,2,3,1)', { r: '1', g: '2', b: '3' }],
    ['rgb(10 200 30 / 25%)', { r: '10', g: '200', b: '30', a: '0.25' }],
    ['rgb(100%, 0%, 50%)', { r: '255', g: '0', b: '128' }],
  ])('%s → <viz:color %o/>, never hex', (color, attributes) => {
    const xml = one(color);
    expect(vizColor(xml, 'country:germany')).toEqual(attributes);
    expect(xmlErrors(xml)).toEqual([]);
  });

  it.each(['red', 'hsl(0, 50%, 50%)', '#12', 'rgb(1, 2)', ''])(
    'writes no colour for %j, which has no r/g/b reading, and stays valid',
    (color) => {
      const xml = one(color);
      expect(vizColor(xml, 'country:germany')).toBeUndefined();
      expect(vizColor(xml, 'country:russia')).toBeDefined();
      expect(xmlErrors(xml)).toEqual([]);
      expect(parseGEXF(MultiDirectedGraph, xml).getNodeAttributes('country:germany')).not.toHaveProperty('color');
    },
  );

  it('gives every node of a graph r/g/b channels equal to its colour (as networkx reads them: r, g, b, a defaulting to 1)', () => {
    const xml = toGEXF(graph);
    for (const node of graph.nodes()) {
      const c = vizColor(xml, node)!;
      expect(Object.keys(c).sort()).toEqual(c.a === undefined ? ['b', 'g', 'r'] : ['a', 'b', 'g', 'r']);
      expect([Number(c.r), Number(c.g), Number(c.b), Number(c.a ?? 1)]).toEqual(
        channels(graph.getNodeAttribute(node, 'color')),
      );
    }
  });
});
