/** The left sidebar's filters: legend (entity types), relations, modality, evidence count, dates. */

import { ENTITY_TYPES, MODALITIES, PREDICATES, type EntityType, type Predicate } from '../../../src/types.ts';
import { DEFAULT_FILTER, toggleIn, type FilterSpec } from '../logic/filters.ts';
import { ENTITY_TYPE_NAMES, MODALITY_NAMES, PREDICATE_NAMES, t, type Lang } from '../logic/i18n.ts';
import { EDGE_COLORS } from '../logic/reducers.ts';
import { checkbox, colorDot, h } from './dom.ts';

export interface FiltersModel {
  lang: Lang;
  filter: FilterSpec;
  types: { type: EntityType; color: string; count: number }[];
  predicates: { predicate: Predicate; count: number }[];
  /** Evidence per month, `[YYYY-MM, count]`, sorted. */
  timeline: [string, number][];
}

/** Last day of a `YYYY-MM` month, as a full date. */
function monthEnd(month: string): string {
  const [year, m] = month.split('-').map(Number);
  return `${month}-${String(new Date(Date.UTC(year, m, 0)).getUTCDate()).padStart(2, '0')}`;
}

function section(title: string, ...children: (Node | null)[]): HTMLElement {
  return h('section', { class: 'filter-section' }, h('h3', {}, title), ...children);
}

export function renderFilters(container: HTMLElement, model: FiltersModel, onChange: (filter: FilterSpec) => void): void {
  const { lang, filter } = model;
  const set = (patch: Partial<FilterSpec>) => {
    const next: FilterSpec = { ...filter, ...patch };
    for (const key of Object.keys(next) as (keyof FilterSpec)[]) if (next[key] === undefined) delete next[key];
    onChange(next);
  };

  const legend = h(
    'ul',
    { class: 'legend' },
    ...model.types.map(({ type, color, count }) => {
      const shown = !filter.types || filter.types.includes(type);
      return h(
        'li',
        {},
        h(
          'button',
          {
            class: shown ? 'legend-item' : 'legend-item off',
            attrs: { 'aria-pressed': String(shown), 'data-type': type },
            onclick: () => set({ types: toggleIn(filter.types, ENTITY_TYPES, type) }),
          },
          colorDot(color),
          h('span', { class: 'name' }, ENTITY_TYPE_NAMES[type][lang]),
          h('span', { class: 'count' }, count),
        ),
      );
    }),
  );

  const predicates = h(
    'div',
    { class: 'checks' },
    ...model.predicates.map(({ predicate, count }) => {
      const box = checkbox(
        h('span', { class: 'name' }, PREDICATE_NAMES[predicate][lang], h('span', { class: 'count' }, count)),
        !filter.predicates || filter.predicates.includes(predicate),
        () => set({ predicates: toggleIn(filter.predicates, PREDICATES, predicate) }),
      );
      box.dataset.predicate = predicate;
      return box;
    }),
  );

  const modalities = h(
    'div',
    { class: 'checks' },
    ...MODALITIES.map((modality) => {
      const box = checkbox(
        MODALITY_NAMES[modality][lang],
        !filter.modalities || filter.modalities.includes(modality),
        () => set({ modalities: toggleIn(filter.modalities, MODALITIES, modality) }),
        EDGE_COLORS[modality],
      );
      box.dataset.modality = modality;
      return box;
    }),
  );

  const minEvidence = h('input', { class: 'min-evidence', attrs: { type: 'number', min: '1', step: '1' } });
  minEvidence.value = String(filter.minEvidence ?? 1);
  minEvidence.addEventListener('change', () => {
    const n = Math.floor(Number(minEvidence.value));
    set({ minEvidence: n > 1 ? n : undefined });
  });

  const dateInput = (key: 'from' | 'to') => {
    const input = h('input', { class: `date-${key}`, attrs: { type: 'date' } });
    const value = filter[key];
    input.value = value ? (value.length === 7 ? (key === 'from' ? `${value}-01` : monthEnd(value)) : value) : '';
    input.addEventListener('change', () => set({ [key]: input.value || undefined }));
    return h('label', { class: 'date' }, t(lang, key), input);
  };

  const max = Math.max(1, ...model.timeline.map(([, n]) => n));
  const timeline = model.timeline.length
    ? h(
        'div',
        { class: 'timeline', title: t(lang, 'timelineHint') },
        ...model.timeline.map(([month, count]) => {
          const from = `${month}-01`;
          const to = monthEnd(month);
          const selected = filter.from === from && filter.to === to;
          const bar = h('span', { class: 'bar' });
          bar.style.height = `${Math.round((count / max) * 100)}%`;
          return h(
            'button',
            {
              class: selected ? 'month selected' : 'month',
              title: `${month}: ${count}`,
              attrs: { 'data-month': month },
              onclick: () => set(selected ? { from: undefined, to: undefined } : { from, to }),
            },
            bar,
            h('span', { class: 'month-label' }, month.slice(2)),
          );
        }),
      )
    : null;

  container.replaceChildren(
    section(t(lang, 'legend'), legend),
    section(t(lang, 'predicates'), predicates),
    section(t(lang, 'modalities'), modalities),
    section(t(lang, 'minEvidence'), minEvidence),
    section(t(lang, 'dates'), timeline, h('div', { class: 'dates' }, dateInput('from'), dateInput('to'))),
    h('button', { class: 'reset', onclick: () => onChange({ ...DEFAULT_FILTER }) }, t(lang, 'resetFilters')),
  );
}
