/**
 * The one way panels build DOM: `h(tag, props, ...children)`. Strings become text nodes, so
 * data from the graph is never parsed as HTML (no innerHTML anywhere in the viewer).
 */

type Child = Node | string | number | null | undefined | false;

export interface Props {
  class?: string;
  title?: string;
  attrs?: Record<string, string>;
  onclick?: (event: MouseEvent) => void;
}

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
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
export function checkbox(label: Child, checked: boolean, onchange: (checked: boolean) => void, swatch?: string): HTMLLabelElement {
  const input = h('input', { attrs: { type: 'checkbox' } });
  input.checked = checked;
  input.addEventListener('change', () => onchange(input.checked));
  return h('label', { class: 'check' }, input, swatch ? colorDot(swatch) : null, label);
}

/** A coloured dot; the colour goes through the CSSOM, never into markup. */
export function colorDot(color: string): HTMLSpanElement {
  const dot = h('span', { class: 'swatch' });
  dot.style.backgroundColor = color;
  return dot;
}
