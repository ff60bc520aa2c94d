/**
 * Tells the reader when the graph on the server was rebuilt (`relata build` again, or a
 * `--watch` round): its ETag or Last-Modified, asked with HEAD every REBUILT_CHECK_MS and when
 * the page is shown again, differs from the one loaded. A notice offers to reload the page,
 * which keeps the view (it is in the URL); nothing reloads by itself.
 */

import { t, type Lang } from '../logic/i18n.ts';
import { h } from './dom.ts';

const REBUILT_CHECK_MS = 10_000;

/** What identifies a version of the file: its ETag, else its Last-Modified; null when the server gives neither. */
export const versionOf = (headers: Headers): string | null => headers.get('ETag') ?? headers.get('Last-Modified');

export function watchRebuilds(
  url: string,
  loadedVersion: string | null,
  container: HTMLElement,
  lang: () => Lang,
): void {
  if (loadedVersion === null) return;
  let shown = false;
  const check = async () => {
    if (shown || document.hidden) return;
    const version = await fetch(url, { method: 'HEAD', cache: 'no-store' }).then(
      (response) => (response.ok ? versionOf(response.headers) : null),
      () => null,
    );
    if (version === null || version === loadedVersion || shown) return;
    shown = true;
    container.replaceChildren(
      h('span', {}, t(lang(), 'graphRebuilt')),
      h('button', { class: 'reload', onclick: () => location.reload() }, t(lang(), 'reload')),
      h(
        'button',
        { class: 'dismiss', attrs: { 'aria-label': t(lang(), 'dismiss') }, onclick: () => (container.hidden = true) },
        '×',
      ),
    );
    container.hidden = false;
  };
  setInterval(() => void check(), REBUILT_CHECK_MS);
  document.addEventListener('visibilitychange', () => void check());
  window.addEventListener('focus', () => void check());
}
