/** The top of the sidebar: title, counts, layout and export buttons, language switch. */

import { t, type Lang } from '../logic/i18n.ts';
import { h } from './dom.ts';

export interface ToolbarModel {
  lang: Lang;
  layoutRunning: boolean;
  visibleNodes: number;
  visibleEdges: number;
}

export interface ToolbarActions {
  toggleLayout(): void;
  exportJson(): void;
  exportPng(): void;
  switchLang(): void;
}

export function renderToolbar(container: HTMLElement, model: ToolbarModel, actions: ToolbarActions): void {
  const { lang } = model;
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
      h('button', { class: model.layoutRunning ? 'layout running' : 'layout', onclick: actions.toggleLayout }, t(lang, model.layoutRunning ? 'stopLayout' : 'layout')),
      h('button', { class: 'export-json', onclick: actions.exportJson }, t(lang, 'exportJson')),
      h('button', { class: 'export-png', onclick: actions.exportPng }, t(lang, 'exportPng')),
    ),
  );
}
