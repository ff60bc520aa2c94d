/** The top of the sidebar: title, counts, open, layout and export buttons, appearance (colour and size by an attribute), language switch. */

import { STORED_COLOR, STORED_SIZE, type Appearance, type Attribute } from '../logic/appearance.ts';
import { attributeName, t, type Lang } from '../logic/i18n.ts';
import { h, keepingFocus } from './dom.ts';

export interface ToolbarModel {
  lang: Lang;
  layoutRunning: boolean;
  visibleNodes: number;
  visibleEdges: number;
  appearance: Appearance;
  /** What colour and size can stand for (appearance.ts nodeAttributes). */
  attributes: Attribute[];
}

export interface ToolbarActions {
  openFile(file: File): void;
  toggleLayout(): void;
  exportJson(): void;
  exportGexf(): void;
  exportPng(): void;
  setAppearance(appearance: Appearance): void;
  switchLang(): void;
}

/**
 * A select of attributes: the stored look first, then the graph's attributes and the metrics.
 * Size takes numbers only, and not the weighted-degree metric, which the stored size already shows.
 */
function appearanceSelect(key: keyof Appearance, model: ToolbarModel, actions: ToolbarActions): HTMLLabelElement {
  const { lang } = model;
  const stored = key === 'color' ? STORED_COLOR : STORED_SIZE;
  const choices = model.attributes.filter(
    (a) => a.key !== stored && (key === 'color' || (a.kind === 'number' && a.key !== 'weightedDegree')),
  );
  const option = (value: string, text: string) => h('option', { attrs: { value } }, text);
  const select = h(
    'select',
    { class: `${key}-mode` },
    option(stored, t(lang, key === 'color' ? 'colorType' : 'sizeDegree')),
    ...choices.map((a) => option(a.key, attributeName(lang, a.key))),
  );
  select.value = choices.some((a) => a.key === model.appearance[key]) ? model.appearance[key] : stored;
  select.addEventListener('change', () => actions.setAppearance({ ...model.appearance, [key]: select.value }));
  return h('label', { class: 'mode' }, t(lang, key === 'color' ? 'colorBy' : 'sizeBy'), select);
}

export function renderToolbar(container: HTMLElement, model: ToolbarModel, actions: ToolbarActions): void {
  const { lang } = model;
  const fileInput = h('input', {
    class: 'open-file',
    attrs: { type: 'file', accept: '.json,.gexf,.graphml', hidden: '' },
  });
  fileInput.addEventListener('change', () => fileInput.files?.[0] && actions.openFile(fileInput.files[0]));
  keepingFocus(container, () =>
    container.replaceChildren(
      h(
        'div',
        { class: 'brand' },
        h('h1', {}, t(lang, 'title')),
        h(
          'button',
          { class: 'lang-switch', attrs: { lang: lang === 'fr' ? 'en' : 'fr' }, onclick: actions.switchLang },
          t(lang, 'language'),
        ),
      ),
      h(
        'p',
        { class: 'counts' },
        `${model.visibleNodes} ${t(lang, 'nodes')} · ${model.visibleEdges} ${t(lang, 'edges')}`,
      ),
      h(
        'div',
        { class: 'buttons' },
        h('button', { class: 'open', title: t(lang, 'openHint'), onclick: () => fileInput.click() }, t(lang, 'open')),
        fileInput,
        h(
          'button',
          { class: model.layoutRunning ? 'layout running' : 'layout', onclick: actions.toggleLayout },
          t(lang, model.layoutRunning ? 'stopLayout' : 'layout'),
        ),
        h('button', { class: 'export-json', onclick: actions.exportJson }, t(lang, 'exportJson')),
        h('button', { class: 'export-gexf', onclick: actions.exportGexf }, t(lang, 'exportGexf')),
        h('button', { class: 'export-png', onclick: actions.exportPng }, t(lang, 'exportPng')),
      ),
      h('div', { class: 'modes' }, appearanceSelect('color', model, actions), appearanceSelect('size', model, actions)),
    ),
  );
}
