/**
 * The changes mode's panel (logic/changes.ts): a date to compare with, then the legend of the
 * kinds of change with their counts and the list of changes; a change still in the graph opens
 * its relation or entity, one no longer in it is ghosted.
 */

import type { ChangeKindShown, ChangeView } from '../logic/changes.ts';
import { CHANGE_COLORS, CHANGE_KINDS } from '../logic/changes.ts';
import { PREDICATE_NAMES, t, type Lang, type StringKey } from '../logic/i18n.ts';
import type { Selection } from '../logic/reducers.ts';
import { colorDot, h, keepingFocus, section } from './dom.ts';

export interface ChangesModel {
  lang: Lang;
  /** The date compared with, null when the mode is off. */
  since: string | null;
  view: ChangeView | null;
}

export interface ChangesActions {
  setSince(since: string | null): void;
  select(selection: Selection): void;
}

/** Changes listed at most; the legend counts them all. */
const CHANGES_SHOWN = 200;

const KIND_NAMES = {
  fulfilled: 'changeFulfilled',
  denied: 'changeDenied',
  modality: 'changeModality',
  added: 'changeAdded',
  strengthened: 'changeStrengthened',
  removed: 'changeRemoved',
  weakened: 'changeWeakened',
} satisfies Record<ChangeKindShown, StringKey>;

export function renderChanges(container: HTMLElement, model: ChangesModel, actions: ChangesActions): void {
  const { lang, view } = model;
  const input = h('input', { class: 'changes-since', attrs: { type: 'date', 'aria-label': t(lang, 'changesSince') } });
  input.value = model.since && model.since.length === 10 ? model.since : '';
  input.addEventListener('change', () => actions.setSince(input.value || null));

  const body: (HTMLElement | null)[] = [];
  if (view) {
    const counts = CHANGE_KINDS.filter((kind) => view.counts[kind]);
    body.push(
      counts.length
        ? h(
            'ul',
            { class: 'legend change-legend' },
            ...counts.map((kind) =>
              h(
                'li',
                { class: 'legend-item', attrs: { 'data-kind': kind } },
                colorDot(CHANGE_COLORS[kind]),
                h('span', { class: 'name' }, t(lang, KIND_NAMES[kind])),
                h('span', { class: 'count' }, view.counts[kind]!),
              ),
            ),
          )
        : h('p', { class: 'hint' }, t(lang, 'changesNone')),
      view.diff.baseline
        ? h(
            'p',
            { class: 'hint baseline' },
            `${t(lang, 'changesBaseline')} ${view.diff.baseline.replace(/T(\d\d)-(\d\d)-(\d\d)Z$/, ' $1:$2 UTC')}`,
          )
        : view.diff.removals
          ? null
          : h('p', { class: 'hint' }, t(lang, 'changesRemovalsUnknown')),
      h(
        'ol',
        { class: 'change-list', attrs: { tabindex: '0', 'aria-label': t(lang, 'changes') } },
        ...view.items.slice(0, CHANGES_SHOWN).map((item) => {
          const text = [
            item.subject,
            item.predicate &&
              (PREDICATE_NAMES[item.predicate as keyof typeof PREDICATE_NAMES]?.[lang] ?? item.predicate),
            item.object,
          ]
            .filter(Boolean)
            .join(' ');
          const label = [
            colorDot(CHANGE_COLORS[item.kind]),
            h('span', { class: 'name' }, text),
            h('span', { class: 'count' }, t(lang, KIND_NAMES[item.kind])),
          ];
          const target = item.target;
          return h(
            'li',
            { attrs: { 'data-kind': item.kind } },
            target
              ? h('button', { class: 'change-item', onclick: () => actions.select(target) }, ...label)
              : h('span', { class: 'change-item ghost', title: t(lang, 'changesGone') }, ...label),
          );
        }),
      ),
    );
  }
  keepingFocus(container, () =>
    container.replaceChildren(
      section(
        t(lang, 'changes'),
        h('label', { class: 'date', title: t(lang, 'changesHint') }, t(lang, 'changesSince'), input),
        ...body,
        model.since
          ? h('button', { class: 'changes-clear', onclick: () => actions.setSince(null) }, t(lang, 'changesClear'))
          : null,
      ),
    ),
  );
}
