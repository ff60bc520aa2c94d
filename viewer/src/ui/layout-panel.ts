/**
 * The sidebar's layout controls, after Gephi Lite: ForceAtlas2's main settings (numbers and
 * flags, clamped by logic/layouts.ts before they reach the layout), start/stop, noverlap, a
 * circular layout by community, and a reset. A `<details>`, closed until the reader opens it,
 * and kept open across re-renders.
 */

import { t, type Lang, type StringKey } from '../logic/i18n.ts';
import {
  clampLayoutSettings,
  SETTING_RANGES,
  type BooleanSetting,
  type LayoutSettings,
  type NumericSetting,
} from '../logic/layouts.ts';
import { h, keepingFocus } from './dom.ts';
import './layout.css';

export interface LayoutModel {
  lang: Lang;
  settings: LayoutSettings;
  /** ForceAtlas2 is running (in its worker). */
  running: boolean;
}

export interface LayoutActions {
  /** Always given valid settings (clampLayoutSettings). */
  setSettings(settings: LayoutSettings): void;
  toggleForceAtlas2(): void;
  noverlap(): void;
  circular(): void;
  reset(): void;
}

const NUMBERS: [NumericSetting, StringKey][] = [
  ['gravity', 'layoutGravity'],
  ['scalingRatio', 'layoutScaling'],
  ['slowDown', 'layoutSlowDown'],
  ['edgeWeightInfluence', 'layoutEdgeWeight'],
];

const FLAGS: [BooleanSetting, StringKey, StringKey][] = [
  ['barnesHutOptimize', 'layoutBarnesHut', 'layoutBarnesHutHint'],
  ['linLogMode', 'layoutLinLog', 'layoutLinLogHint'],
  ['strongGravityMode', 'layoutStrongGravity', 'layoutStrongGravityHint'],
  ['outboundAttractionDistribution', 'layoutDissuadeHubs', 'layoutDissuadeHubsHint'],
];

/** Up to 4 significant digits, so 1 + ln(order) shows as 7.908, not 7.907755278982137. */
const show = (value: number) => String(Number(value.toPrecision(4)));

export function renderLayoutPanel(container: HTMLElement, model: LayoutModel, actions: LayoutActions): void {
  const { lang, settings } = model;
  const set = (patch: Partial<Record<keyof LayoutSettings, unknown>>) =>
    actions.setSettings(clampLayoutSettings({ ...settings, ...patch }, settings));

  const numberInput = ([key, name]: [NumericSetting, StringKey]) => {
    const { min, max, step } = SETTING_RANGES[key];
    const input = h('input', {
      attrs: { type: 'number', min: String(min), max: String(max), step: String(step), 'data-setting': key },
    });
    input.value = show(settings[key]);
    input.addEventListener('change', () => {
      // an empty or half-typed field is not 0: it keeps the current value
      const value = input.value.trim() === '' ? NaN : input.valueAsNumber;
      const next = clampLayoutSettings({ ...settings, [key]: value }, settings);
      input.value = show(next[key]);
      if (next[key] !== settings[key]) set({ [key]: next[key] });
    });
    return h('label', { class: 'layout-number' }, h('span', {}, t(lang, name)), input);
  };

  const flag = ([key, name, hint]: [BooleanSetting, StringKey, StringKey]) => {
    const input = h('input', { attrs: { type: 'checkbox', 'data-setting': key } });
    input.checked = settings[key];
    input.addEventListener('change', () => set({ [key]: input.checked }));
    return h('label', { class: 'layout-flag', title: t(lang, hint) }, input, h('span', {}, t(lang, name)));
  };

  // Re-rendering must not fold the panel the reader is using, nor lose the keyboard focus.
  const open = container.querySelector('details.layout-panel')?.hasAttribute('open') ?? false;
  keepingFocus(container, () =>
    container.replaceChildren(
      h(
        'details',
        { class: 'layout-panel', attrs: open ? { open: '' } : {} },
        h('summary', {}, t(lang, 'layoutPanel')),
        h(
          'div',
          { class: 'layout-actions' },
          h(
            'button',
            {
              class: model.running ? 'layout-fa2 running' : 'layout-fa2',
              attrs: { type: 'button' },
              onclick: () => actions.toggleForceAtlas2(),
            },
            t(lang, model.running ? 'layoutStop' : 'layoutStart'),
          ),
          h(
            'button',
            {
              class: 'layout-noverlap',
              title: t(lang, 'layoutNoverlapHint'),
              attrs: { type: 'button' },
              onclick: () => actions.noverlap(),
            },
            t(lang, 'layoutNoverlap'),
          ),
          h(
            'button',
            {
              class: 'layout-circular',
              title: t(lang, 'layoutCircularHint'),
              attrs: { type: 'button' },
              onclick: () => actions.circular(),
            },
            t(lang, 'layoutCircular'),
          ),
        ),
        h('div', { class: 'layout-numbers' }, ...NUMBERS.map(numberInput)),
        h('div', { class: 'layout-flags' }, ...FLAGS.map(flag)),
        h(
          'button',
          { class: 'layout-reset', attrs: { type: 'button' }, onclick: () => actions.reset() },
          t(lang, 'layoutReset'),
        ),
      ),
    ),
  );
}
