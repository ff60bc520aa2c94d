/**
 * The one way panels build DOM: `h(tag, props, ...children)`. Strings become text nodes, so
 * data from the graph is never parsed as HTML (no innerHTML anywhere in the viewer). And the
 * page's own elements, downloads and dropped files.
 */

type Child = Node | string | number | null | undefined | false;

export interface Props {
  class?: string;
  title?: string;
  attrs?: Record<string, string>;
  onclick?: (event: MouseEvent) => void;
}

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (props.class) element.className = props.class;
  if (props.title) element.title = props.title;
  for (const [name, value] of Object.entries(props.attrs ?? {})) element.setAttribute(name, value);
  if (props.onclick) element.addEventListener('click', props.onclick as EventListener);
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(typeof child === 'object' ? child : document.createTextNode(String(child)));
  }
  return element;
}

/** A checkbox with its label text. */
export function checkbox(
  label: Child,
  checked: boolean,
  onchange: (checked: boolean) => void,
  swatch?: string,
): HTMLLabelElement {
  const input = h('input', { attrs: { type: 'checkbox' } });
  input.checked = checked;
  input.addEventListener('change', () => onchange(input.checked));
  return h('label', { class: 'check' }, input, swatch ? colorDot(swatch) : null, label);
}

/** A sidebar section: its title, then its content. */
export function section(title: string, ...children: (Node | null)[]): HTMLElement {
  return h('section', { class: 'filter-section' }, h('h3', {}, title), ...children);
}

/** A coloured dot; the colour goes through the CSSOM, never into markup. */
export function colorDot(color: string): HTMLSpanElement {
  const dot = h('span', { class: 'swatch' });
  dot.style.backgroundColor = color;
  return dot;
}

/** An element of index.html, which must be there. */
export function element(id: string): HTMLElement {
  const found = document.getElementById(id);
  if (!found) throw new Error(`relata/viewer: missing #${id} in index.html`);
  return found;
}

/** Saves a blob under a file name, as the browser downloads. */
export function download(blob: Blob, fileName: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

/** A file dropped anywhere on the page goes to `open`; `app` shows that a drop is awaited. */
export function acceptDrops(app: HTMLElement, open: (file: File) => void): void {
  document.addEventListener('dragover', (event) => {
    event.preventDefault();
    app.classList.add('dropping');
  });
  document.addEventListener('dragleave', (event) => {
    if (!event.relatedTarget) app.classList.remove('dropping');
  });
  document.addEventListener('drop', (event) => {
    event.preventDefault();
    app.classList.remove('dropping');
    const file = event.dataTransfer?.files[0];
    if (file) open(file);
  });
}

const FOCUSABLE = 'a[href], button, input, select, textarea, summary, [tabindex]';

/**
 * Draws a panel again without losing the keyboard: the control that had the focus gets it back,
 * found by its position among the panel's controls (a panel drawn again from the same model has
 * the same controls in the same order).
 */
export function keepingFocus(container: HTMLElement, draw: () => void): void {
  const active = document.activeElement;
  const at =
    active instanceof HTMLElement && container.contains(active)
      ? [...container.querySelectorAll(FOCUSABLE)].indexOf(active)
      : -1;
  draw();
  if (at >= 0) container.querySelectorAll<HTMLElement>(FOCUSABLE)[at]?.focus();
}
