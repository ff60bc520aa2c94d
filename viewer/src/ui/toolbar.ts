/** The top of the sidebar: title, counts, open, layout and export buttons, display modes, language switch. */

import { COLOR_MODES, SIZE_MODES, type DisplayMode } from '../logic/display.ts';
import { t, type Lang, type StringKey } from '../logic/i18n.ts';
import { h } from './dom.ts';

export interface ToolbarModel {
  lang: Lang;
  layoutRunning: boolean;
  visibleNodes: number;
  visibleEdges: number;
  display: DisplayMode;
}

export interface ToolbarActions {
  openFile(file: File): void;
  toggleLayout(): void;
  exportJson(): void;
  exportGexf(): void;
  exportPng(): void;
  setDisplay(display: DisplayMode): void;
  switchLang(): void;
}

const MODE_NAMES = {
  type: 'colorType',
  community: 'colorCommunity',
  degree: 'sizeDegree',
  pagerank: 'sizePagerank',
} satisfies Record<DisplayMode[keyof DisplayMode], StringKey>;

function modeSelect<K extends keyof DisplayMode>(key: K, modes: readonly DisplayMode[K][], model: ToolbarModel, actions: ToolbarActions): HTMLLabelElement {
  const select = h('select', { class: `${key}-mode` }, ...modes.map((mode) => h('option', { attrs: { value: mode } }, t(model.lang, MODE_NAMES[mode]))));
  select.value = model.display[key];
  select.addEventListener('change', () => actions.setDisplay({ ...model.display, [key]: select.value }));
  return h('label', { class: 'mode' }, t(model.lang, key === 'color' ? 'colorBy' : 'sizeBy'), select);
}

export function renderToolbar(container: HTMLElement, model: ToolbarModel, actions: ToolbarActions): void {
  const { lang } = model;
  const fileInput = h('input', { class: 'open-file', attrs: { type: 'file', accept: '.json,.gexf', hidden: '' } });
  fileInput.addEventListener('change', () => fileInput.files?.[0] && actions.openFile(fileInput.files[0]));
  container.replaceChildren(
    h(
      'div',
      { class: 'brand' },
      h('h1', {}, t(lang, 'title')),
      h('button', { class: 'lang-switch', attrs: { lang: lang === 'fr' ? 'en' : 'fr' }, onclick: actions.switchLang }, t(lang, 'language')),
    ),
    h('p', { class: 'counts' }, `${model.visibleNodes} ${t(lang, 'nodes')} · ${model.visibleEdges} ${t(lang, 'edges')}`),
    h(
      'div',
      { class: 'buttons' },
      h('button', { class: 'open', title: t(lang, 'openHint'), onclick: () => fileInput.click() }, t(lang, 'open')),
      fileInput,
      h('button', { class: model.layoutRunning ? 'layout running' : 'layout', onclick: actions.toggleLayout }, t(lang, model.layoutRunning ? 'stopLayout' : 'layout')),
      h('button', { class: 'export-json', onclick: actions.exportJson }, t(lang, 'exportJson')),
      h('button', { class: 'export-gexf', onclick: actions.exportGexf }, t(lang, 'exportGexf')),
      h('button', { class: 'export-png', onclick: actions.exportPng }, t(lang, 'exportPng')),
    ),
    h('div', { class: 'modes' }, modeSelect('color', COLOR_MODES, model, actions), modeSelect('size', SIZE_MODES, model, actions)),
  );
}
