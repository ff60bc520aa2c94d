/**
 * The legend of the appearance (logic/appearance.ts): the colours of a categorical attribute
 * with their counts, or the numeric scale with its ends, and the range of values node sizes
 * stand for. Nothing is shown for the stored look: the entity types' legend is the type filter.
 */

import { OTHER_COLOR, type Legend, type SizeLegend } from '../logic/appearance.ts';
import { attributeName, t, type Lang } from '../logic/i18n.ts';
import { roundMetric } from '../logic/metrics.ts';
import { DEFAULT_NODE_COLOR } from '../logic/model.ts';
import { colorDot, h } from './dom.ts';

export interface LegendModel {
  lang: Lang;
  legend: Legend | null;
  sizeLegend: SizeLegend | null;
  /** The appearance waits for the metrics. */
  pending: boolean;
}

const shown = (value: number) => String(roundMetric(value));

function item(color: string, name: string, count?: number): HTMLLIElement {
  return h(
    'li',
    { class: 'legend-item' },
    colorDot(color),
    h('span', { class: 'name' }, name),
    count === undefined ? null : h('span', { class: 'count' }, count),
  );
}

function colors(lang: Lang, legend: Legend): HTMLElement {
  const title = h('h3', {}, `${t(lang, 'colorBy')}: ${attributeName(lang, legend.key)}`);
  const missing = legend.missing ? item(DEFAULT_NODE_COLOR, t(lang, 'noValue'), legend.missing) : null;
  if (legend.kind === 'scale') {
    const bar = h('span', { class: 'scale-bar' });
    bar.style.background = `linear-gradient(to right, ${legend.from}, ${legend.to})`;
    return h(
      'section',
      { class: 'legend-colors' },
      title,
      h(
        'div',
        { class: 'scale' },
        h('span', { class: 'count' }, shown(legend.min)),
        bar,
        h('span', { class: 'count' }, shown(legend.max)),
      ),
      missing && h('ul', { class: 'legend' }, missing),
    );
  }
  return h(
    'section',
    { class: 'legend-colors' },
    title,
    h(
      'ul',
      { class: 'legend' },
      ...legend.items.map(({ value, name, color, count }) => item(color, name ? `${value} · ${name}` : value, count)),
      legend.others ? item(OTHER_COLOR, t(lang, 'others'), legend.others) : null,
      missing,
    ),
  );
}

export function renderLegend(container: HTMLElement, model: LegendModel): void {
  const { lang, legend, sizeLegend } = model;
  container.replaceChildren(
    ...[
      model.pending ? h('p', { class: 'muted pending' }, t(lang, 'metricsPending')) : null,
      legend && colors(lang, legend),
      sizeLegend &&
        h(
          'section',
          { class: 'legend-sizes' },
          h('h3', {}, `${t(lang, 'sizeBy')}: ${attributeName(lang, sizeLegend.key)}`),
          h(
            'div',
            { class: 'scale' },
            h('span', { class: 'dot small' }),
            h('span', { class: 'count' }, shown(sizeLegend.min)),
            h('span', { class: 'dot large' }),
            h('span', { class: 'count' }, shown(sizeLegend.max)),
          ),
        ),
    ].filter((n): n is HTMLElement => n !== null),
  );
  container.hidden = container.childElementCount === 0;
}
