/**
 * The stacked filters of logic/stages.ts under the sidebar's filters: each stage with its
 * settings, what it leaves (nodes · relations) and a button that removes it; a select adds
 * one (a range on any numeric attribute or metric, the ego network of the selected node, the
 * largest connected component, a k-core). A group is added by Shift + drag on the graph.
 */

import type { Attribute } from '../logic/appearance.ts';
import { attributeName, t, type Lang } from '../logic/i18n.ts';
import { EGO_DEPTHS, type Stage, type StagedView } from '../logic/stages.ts';
import { h, section } from './dom.ts';

export interface StagesModel {
  lang: Lang;
  stages: Stage[];
  steps: StagedView['steps'];
  /** Numeric attributes and metrics, for ranges. */
  numbers: Attribute[];
  /** The selected node, the centre of a new ego network. */
  selectedNode: string | null;
  labelOf(node: string): string;
  /** The range of an attribute's values, shown as the placeholders of a range's inputs; undefined while a metric is computed. */
  extentOf(key: string): [number, number] | undefined;
}

const ADD = { ego: 'stageEgo', component: 'stageComponent', kcore: 'stageKcore' } as const;

function numberInput(
  focus: string,
  name: string,
  value: number | undefined,
  placeholder: string,
  onChange: (value: number | undefined) => void,
  min?: number,
): HTMLInputElement {
  const input = h('input', {
    attrs: {
      type: 'number',
      step: 'any',
      'aria-label': name,
      'data-focus': focus,
      ...(min !== undefined && { min: String(min), step: '1' }),
    },
  });
  input.placeholder = placeholder;
  if (value !== undefined) input.value = String(value);
  input.addEventListener('change', () => {
    const n = input.value.trim() === '' ? undefined : Number(input.value);
    if (n === undefined || Number.isFinite(n)) onChange(n);
  });
  return input;
}

export function renderStages(container: HTMLElement, model: StagesModel, onChange: (stages: Stage[]) => void): void {
  const { lang, stages } = model;
  const replace = (i: number, stage: Stage) => onChange(stages.map((s, j) => (j === i ? stage : s)));

  const settings = (stage: Stage, i: number): (Node | string)[] => {
    switch (stage.kind) {
      case 'range': {
        const extent = model.extentOf(stage.key);
        const shown = (v: number) => String(Number(v.toPrecision(3)));
        const [lo, hi] = extent ? [shown(extent[0]), shown(extent[1])] : ['', ''];
        return [
          `${t(lang, 'stageRange')}: ${attributeName(lang, stage.key)}`,
          h(
            'span',
            { class: 'range-inputs' },
            numberInput(`${i}-min`, `${attributeName(lang, stage.key)} ${t(lang, 'rangeMin')}`, stage.min, lo, (min) =>
              replace(i, { kind: 'range', key: stage.key, min, max: stage.max }),
            ),
            '–',
            numberInput(`${i}-max`, `${attributeName(lang, stage.key)} ${t(lang, 'rangeMax')}`, stage.max, hi, (max) =>
              replace(i, { kind: 'range', key: stage.key, min: stage.min, max }),
            ),
          ),
        ];
      }
      case 'ego': {
        const depth = h(
          'select',
          { class: 'ego-depth', attrs: { 'aria-label': t(lang, 'depth'), 'data-focus': `${i}-depth` } },
          ...EGO_DEPTHS.map((d) => h('option', { attrs: { value: String(d) } }, String(d))),
        );
        depth.value = String(stage.depth);
        depth.addEventListener('change', () => replace(i, { ...stage, depth: Number(depth.value) }));
        return [
          `${t(lang, 'stageEgo')}: ${model.labelOf(stage.node)}`,
          h('label', { class: 'inline' }, t(lang, 'depth'), depth),
        ];
      }
      case 'component':
        return [t(lang, 'stageComponent')];
      case 'kcore':
        return [
          t(lang, 'stageKcore'),
          numberInput(
            `${i}-k`,
            'k',
            stage.k,
            '2',
            (k) => k !== undefined && k >= 1 && replace(i, { kind: 'kcore', k: Math.floor(k) }),
            1,
          ),
        ];
      case 'group':
        return [`${t(lang, 'stageGroup')} (${stage.nodes.length})`];
    }
  };

  const list = h(
    'ol',
    { class: 'stages' },
    ...stages.map((stage, i) => {
      const step = model.steps[i];
      return h(
        'li',
        { class: 'stage', attrs: { 'data-kind': stage.kind } },
        h('div', { class: 'stage-head' }, ...settings(stage, i)),
        h(
          'div',
          { class: 'stage-foot' },
          h(
            'span',
            { class: 'count' },
            step ? `${step.nodes} ${t(lang, 'nodes')} · ${step.edges} ${t(lang, 'edges')} ${t(lang, 'stageLeft')}` : '',
          ),
          h(
            'button',
            {
              class: 'remove-stage',
              title: t(lang, 'removeStage'),
              attrs: { 'aria-label': t(lang, 'removeStage'), 'data-focus': `${i}-remove` },
              onclick: () => onChange(stages.filter((_, j) => j !== i)),
            },
            '×',
          ),
        ),
      );
    }),
  );

  const add = h(
    'select',
    { class: 'add-stage', attrs: { 'aria-label': t(lang, 'addStage'), 'data-focus': 'add' } },
    h('option', { attrs: { value: '' } }, t(lang, 'addStage')),
    ...model.numbers.map((a) =>
      h('option', { attrs: { value: `range:${a.key}` } }, `${t(lang, 'stageRange')}: ${attributeName(lang, a.key)}`),
    ),
    ...Object.entries(ADD).map(([kind, name]) =>
      h(
        'option',
        { attrs: { value: kind, ...(kind === 'ego' && !model.selectedNode && { disabled: '' }) } },
        t(lang, name),
      ),
    ),
  );
  add.addEventListener('change', () => {
    const value = add.value;
    const stage: Stage | null = value.startsWith('range:')
      ? { kind: 'range', key: value.slice('range:'.length) }
      : value === 'ego' && model.selectedNode
        ? { kind: 'ego', node: model.selectedNode, depth: 1 }
        : value === 'component'
          ? { kind: 'component' }
          : value === 'kcore'
            ? { kind: 'kcore', k: 2 }
            : null;
    if (stage) onChange([...stages, stage]);
  });

  // Re-rendering must not lose the keyboard focus (a removed stage's falls on the select that adds one).
  const active = document.activeElement;
  const focused = active instanceof HTMLElement && container.contains(active) ? active.dataset.focus : undefined;
  container.replaceChildren(
    section(
      t(lang, 'stages'),
      stages.length ? list : null,
      add,
      h('p', { class: 'hint' }, t(lang, 'stageGroupHint')),
      stages.length
        ? h('button', { class: 'clear-stages', onclick: () => onChange([]) }, t(lang, 'clearStages'))
        : null,
    ),
  );
  if (focused) (container.querySelector<HTMLElement>(`[data-focus="${focused}"]`) ?? add).focus();
}
