/**
 * The left sidebar's filters: entity types (the legend of the stored colours), relations,
 * modality, evidence and document counts, documents, dates.
 */

import { MODALITIES, PREDICATES, type Predicate } from '../../../src/types.ts';
import { DEFAULT_FILTER, toggleIn, type FilterSpec } from '../logic/filters.ts';
import { ENTITY_TYPE_NAMES, MODALITY_NAMES, PREDICATE_NAMES, t, type Lang } from '../logic/i18n.ts';
import { NODE_TYPES, type DocumentRecord, type NodeType } from '../logic/model.ts';
import { EDGE_COLORS } from '../logic/reducers.ts';
import { checkbox, colorDot, h, keepingFocus, section } from './dom.ts';

export interface FiltersModel {
  lang: Lang;
  filter: FilterSpec;
  types: { type: NodeType; color: string; count: number }[];
  /** Whether nodes show their stored colours (by type): otherwise types lose their colour dot, and ui/legend.ts explains the colours. */
  typeColors: boolean;
  predicates: { predicate: Predicate; count: number }[];
  /** Evidence per month, `[YYYY-MM, count]`, sorted. */
  timeline: [string, number][];
  /** Sorted by date, then title. */
  documents: DocumentRecord[];
  /** False for a graph from another tool: the evidence-level filters have nothing to act on. */
  hasEvidence: boolean;
}

/** Last day of a `YYYY-MM` month, as a full date. */
function monthEnd(month: string): string {
  const [year, m] = month.split('-').map(Number);
  return `${month}-${String(new Date(Date.UTC(year!, m, 0)).getUTCDate()).padStart(2, '0')}`;
}

export function renderFilters(
  container: HTMLElement,
  model: FiltersModel,
  onChange: (filter: FilterSpec) => void,
): void {
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
            onclick: () => set({ types: toggleIn(filter.types, NODE_TYPES, type) }),
          },
          model.typeColors ? colorDot(color) : null,
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

  const countInput = (key: 'minEvidence' | 'minDocs') => {
    const input = h('input', {
      class: key === 'minEvidence' ? 'min-evidence' : 'min-docs',
      attrs: { type: 'number', min: '1', step: '1' },
    });
    input.value = String(filter[key] ?? 1);
    input.addEventListener('change', () => {
      const n = Math.floor(Number(input.value));
      set({ [key]: n > 1 ? n : undefined });
    });
    return h('label', { class: 'count-input' }, t(lang, key), input);
  };

  const allDocs = model.documents.map((doc) => doc.id);
  // Re-rendering must not fold the list the reader is ticking.
  const docsOpen = container.querySelector('details.documents')?.hasAttribute('open') ?? false;
  const documents = model.documents.length
    ? h(
        'details',
        { class: 'documents', attrs: docsOpen ? { open: '' } : {} },
        h(
          'summary',
          {},
          filter.docs ? `${filter.docs.length}/${allDocs.length}` : `${t(lang, 'allDocuments')} (${allDocs.length})`,
        ),
        h(
          'div',
          { class: 'checks doc-list' },
          ...model.documents.map((doc) => {
            const box = checkbox(
              h(
                'span',
                { class: 'name' },
                doc.title ?? doc.path ?? doc.id,
                doc.date ? h('span', { class: 'count' }, doc.date) : null,
              ),
              !filter.docs || filter.docs.includes(doc.id),
              () => set({ docs: toggleIn(filter.docs, allDocs, doc.id) }),
            );
            box.dataset.doc = doc.id;
            return box;
          }),
        ),
      )
    : null;

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

  const sections = [
    section(t(lang, 'legend'), legend),
    model.predicates.length ? section(t(lang, 'predicates'), predicates) : null,
    ...(model.hasEvidence
      ? [
          section(t(lang, 'modalities'), modalities),
          section(
            t(lang, 'evidenceFilters'),
            h('div', { class: 'count-inputs' }, countInput('minEvidence'), countInput('minDocs')),
          ),
          documents && section(t(lang, 'documents'), documents),
          section(t(lang, 'dates'), timeline, h('div', { class: 'dates' }, dateInput('from'), dateInput('to'))),
        ]
      : []),
    h('button', { class: 'reset', onclick: () => onChange({ ...DEFAULT_FILTER }) }, t(lang, 'resetFilters')),
  ];
  keepingFocus(container, () => container.replaceChildren(...sections.filter((n): n is HTMLElement => n !== null)));
}
