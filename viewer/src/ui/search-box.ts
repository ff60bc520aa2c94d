/**
 * The search box: autocomplete over labels and aliases; Enter or a click chooses. A combobox
 * for assistive technology: the input names the list it controls and its active option.
 */

import { t, type Lang } from '../logic/i18n.ts';
import { search, type SearchIndex, type SearchResult } from '../logic/search.ts';
import { h } from './dom.ts';

export interface SearchBox {
  element: HTMLElement;
  setLang(lang: Lang): void;
}

export function createSearchBox(index: SearchIndex, onChoose: (node: string) => void, lang: Lang): SearchBox {
  const input = h('input', {
    class: 'search-input',
    attrs: {
      type: 'search',
      autocomplete: 'off',
      spellcheck: 'false',
      role: 'combobox',
      'aria-autocomplete': 'list',
      'aria-expanded': 'false',
      'aria-controls': 'search-results',
    },
  });
  const list = h('ul', { class: 'search-results', attrs: { role: 'listbox', id: 'search-results' } });
  let results: SearchResult[] = [];
  let active = 0;
  let current = lang;

  const choose = (result: SearchResult | undefined) => {
    if (!result) return;
    input.value = result.label;
    list.replaceChildren();
    results = [];
    onChoose(result.node);
  };

  const render = () => {
    list.replaceChildren(
      ...results.map((result, i) =>
        h(
          'li',
          {
            class: i === active ? 'active' : '',
            attrs: {
              role: 'option',
              id: `search-option-${i}`,
              'aria-selected': String(i === active),
              'data-node': result.node,
            },
            onclick: () => choose(result),
          },
          h('span', { class: 'result-label' }, result.label),
          result.via ? h('span', { class: 'result-via' }, `${t(current, 'via')}: ${result.via}`) : null,
        ),
      ),
    );
    if (input.value.trim() && results.length === 0)
      list.append(
        h('li', { class: 'empty', attrs: { role: 'option', 'aria-disabled': 'true' } }, t(current, 'noResult')),
      );
    input.setAttribute('aria-expanded', String(list.childElementCount > 0));
    if (results.length) input.setAttribute('aria-activedescendant', `search-option-${active}`);
    else input.removeAttribute('aria-activedescendant');
  };

  input.addEventListener('input', () => {
    results = search(index, input.value, 8);
    active = 0;
    render();
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (results.length) active = (active + (event.key === 'ArrowDown' ? 1 : results.length - 1)) % results.length;
      render();
    } else if (event.key === 'Enter') {
      choose(results[active]);
    } else if (event.key === 'Escape') {
      results = [];
      render();
    }
  });

  const setLang = (next: Lang) => {
    current = next;
    input.placeholder = t(next, 'search');
    input.setAttribute('aria-label', t(next, 'search'));
    list.setAttribute('aria-label', t(next, 'search'));
    render();
  };
  setLang(lang);
  return { element: h('div', { class: 'search' }, input, list), setLang };
}
