/**
 * The right panel: the selected node (aliases, counts, metrics, relations with their evidence)
 * or the selected edge (its evidence). Sentences are built from text nodes and <mark> elements.
 */

import { countedEvidence, type FilterSpec } from '../logic/filters.ts';
import { evidenceView, relationGroups, type EvidenceView, type RelationView } from '../logic/evidence.ts';
import { ENTITY_TYPE_NAMES, MODALITY_NAMES, PREDICATE_NAMES, t, type Lang } from '../logic/i18n.ts';
import { betweennessSampled, roundMetric, type Metrics } from '../logic/metrics.ts';
import type { GraphIndex, RelataGraph } from '../logic/model.ts';
import type { Selection } from '../logic/reducers.ts';
import { colorDot, h } from './dom.ts';

export interface DetailsModel {
  lang: Lang;
  graph: RelataGraph;
  index: GraphIndex;
  filter: FilterSpec;
  visibleEdges: Set<string>;
  selection: Selection | null;
  /** The graph's metrics, null until the worker has sent them. */
  metrics: Metrics | null;
  /** Why the metrics could not be computed, if they could not. */
  metricsError: string | null;
}

export interface DetailsActions {
  select(selection: Selection | null): void;
}

const EVIDENCE_SHOWN = 4;

function entityLink(node: string, label: string, actions: DetailsActions): HTMLButtonElement {
  return h(
    'button',
    { class: 'entity-link', attrs: { 'data-node': node }, onclick: () => actions.select({ kind: 'node', id: node }) },
    label,
  );
}

function evidenceItem(ev: EvidenceView, lang: Lang): HTMLLIElement {
  const sentence = h(
    'blockquote',
    { class: 'sentence' },
    ...ev.segments.map((segment) => (segment.mark ? h('mark', { class: segment.mark }, segment.text) : segment.text)),
  );
  const title =
    ev.docUrl && /^https?:\/\//.test(ev.docUrl)
      ? h('a', { attrs: { href: ev.docUrl, target: '_blank', rel: 'noopener noreferrer' } }, ev.docTitle)
      : h('span', {}, ev.docTitle);
  return h(
    'li',
    { class: 'evidence', attrs: { 'data-sentence': ev.sentence } },
    sentence,
    h(
      'div',
      { class: 'meta' },
      h('span', { class: `badge ${ev.modality}` }, MODALITY_NAMES[ev.modality][lang]),
      ev.attributedTo ? h('span', { class: 'attributed' }, `${t(lang, 'saidBy')} ${ev.attributedTo}`) : null,
      h(
        'span',
        { class: 'doc' },
        title,
        ev.docAuthor ? ` · ${ev.docAuthor}` : null,
        ev.docDate ? ` · ${ev.docDate}` : null,
      ),
    ),
  );
}

function evidenceList(items: EvidenceView[], lang: Lang): HTMLElement {
  const list = h(
    'ul',
    { class: 'evidence-list' },
    ...items.slice(0, EVIDENCE_SHOWN).map((ev) => evidenceItem(ev, lang)),
  );
  if (items.length > EVIDENCE_SHOWN) {
    const more = h('button', { class: 'more' }, `+${items.length - EVIDENCE_SHOWN} ${t(lang, 'moreEvidence')}`);
    more.addEventListener('click', () => {
      more.remove();
      list.append(...items.slice(EVIDENCE_SHOWN).map((ev) => evidenceItem(ev, lang)));
    });
    list.append(h('li', {}, more));
  }
  return list;
}

function relationItem(
  relation: RelationView,
  direction: 'out' | 'in',
  model: DetailsModel,
  actions: DetailsActions,
): HTMLLIElement {
  return h(
    'li',
    { class: 'relation', attrs: { 'data-edge': relation.edge } },
    h(
      'div',
      { class: 'relation-head' },
      h('span', { class: 'arrow' }, direction === 'out' ? '→' : '←'),
      entityLink(relation.other, relation.otherLabel, actions),
      h(
        'button',
        {
          class: 'count',
          title: t(model.lang, 'evidence'),
          onclick: () => actions.select({ kind: 'edge', id: relation.edge }),
        },
        relation.count,
      ),
    ),
    evidenceList(relation.evidence, model.lang),
  );
}

/** The node's metrics (logic/metrics.ts), or a word that they are on their way, or why they are not. */
function metricsBlock(node: string, model: DetailsModel): HTMLElement {
  const { lang } = model;
  const m = model.metrics?.[node];
  const rows: [string, string | number][] = m
    ? [
        [t(lang, 'colInDegree'), m.inDegree],
        [t(lang, 'colOutDegree'), m.outDegree],
        [t(lang, 'weightedDegree'), m.weightedDegree],
        [t(lang, 'colPagerank'), roundMetric(m.pagerank)],
        [
          t(lang, 'colBetweenness'),
          m.betweenness === undefined
            ? t(lang, 'notComputed')
            : betweennessSampled(model.graph.order)
              ? `≈ ${roundMetric(m.betweenness)} (${t(lang, 'approximate')})`
              : roundMetric(m.betweenness),
        ],
        [t(lang, 'colCommunity'), m.community],
      ]
    : [];
  return h(
    'section',
    { class: 'metrics', title: t(lang, 'metricsHint') },
    h('h3', {}, t(lang, 'metrics')),
    m
      ? h('dl', { class: 'facts' }, ...rows.flatMap(([name, value]) => [h('dt', {}, name), h('dd', {}, value)]))
      : model.metricsError
        ? h('p', { class: 'error' }, `${t(lang, 'metricsFailed')}: ${model.metricsError}`)
        : h('p', { class: 'muted' }, t(lang, 'metricsPending')),
  );
}

function nodeDetails(node: string, model: DetailsModel, actions: DetailsActions): Node[] {
  const { graph, lang } = model;
  const attrs = graph.getNodeAttributes(node);
  const groups = relationGroups(graph, node, model.visibleEdges, model.filter, model.index);
  const hidden = graph.edges(node).filter((edge) => !model.visibleEdges.has(edge)).length;
  const aliases = (attrs.aliases ?? []).filter((alias) => alias.text !== attrs.label);
  return [
    h('h2', {}, colorDot(attrs.color), attrs.label),
    h('p', { class: 'subtitle' }, h('span', { class: 'type' }, ENTITY_TYPE_NAMES[attrs.type]?.[lang] ?? attrs.type)),
    h(
      'dl',
      { class: 'facts' },
      h('dt', {}, t(lang, 'documents')),
      h('dd', { class: 'doc-count' }, attrs.docCount),
      h('dt', {}, t(lang, 'mentions')),
      h('dd', {}, attrs.mentions ?? 0),
    ),
    aliases.length
      ? h(
          'div',
          { class: 'aliases' },
          h('h3', {}, t(lang, 'aliases')),
          ...aliases.map((a) =>
            h('span', { class: 'alias', title: String(a.count) }, a.text, h('small', {}, a.language)),
          ),
        )
      : null,
    metricsBlock(node, model),
    ...(['out', 'in'] as const).flatMap((direction) => {
      const mine = groups.filter((g) => g.direction === direction);
      if (!mine.length) return [];
      return [
        h('h3', { class: 'direction' }, t(lang, direction === 'out' ? 'outgoing' : 'incoming')),
        ...mine.map((group) =>
          h(
            'section',
            { class: 'predicate-group', attrs: { 'data-predicate': group.predicate } },
            h('h4', {}, PREDICATE_NAMES[group.predicate]?.[lang] ?? group.predicate),
            h('ul', { class: 'relations' }, ...group.relations.map((r) => relationItem(r, direction, model, actions))),
          ),
        ),
      ];
    }),
    groups.length ? null : h('p', { class: 'muted' }, t(lang, 'noRelation')),
    hidden ? h('p', { class: 'muted hidden-count' }, `${hidden} ${t(lang, 'hiddenRelations')}`) : null,
  ].filter((n): n is HTMLElement => n !== null);
}

function edgeDetails(edge: string, model: DetailsModel, actions: DetailsActions): Node[] {
  const { graph, lang, index } = model;
  const attrs = graph.getEdgeAttributes(edge);
  const [source, target] = graph.extremities(edge);
  const counted = countedEvidence(attrs, model.filter, index);
  const shown = (counted.length ? counted : attrs.evidence).map((ev) => evidenceView(ev, index));
  return [
    h(
      'h2',
      { class: 'edge-title' },
      entityLink(source, graph.getNodeAttribute(source, 'label'), actions),
      h('span', { class: 'predicate' }, PREDICATE_NAMES[attrs.predicate]?.[lang] ?? attrs.label),
      entityLink(target, graph.getNodeAttribute(target, 'label'), actions),
    ),
    // An edge from another tool's file has no evidence to show.
    attrs.evidence.length
      ? h(
          'p',
          { class: 'subtitle' },
          h('span', { class: `badge ${attrs.modality}` }, MODALITY_NAMES[attrs.modality]?.[lang] ?? attrs.modality),
          ` ${attrs.weight} ${t(lang, 'evidence')} · ${attrs.docCount} ${t(lang, 'documents').toLowerCase()}`,
          attrs.firstDate
            ? ` · ${attrs.firstDate}${attrs.lastDate && attrs.lastDate !== attrs.firstDate ? ` → ${attrs.lastDate}` : ''}`
            : '',
        )
      : null,
    shown.length ? evidenceList(shown, lang) : null,
  ].filter((n): n is HTMLElement => n !== null);
}

export function renderDetails(container: HTMLElement, model: DetailsModel, actions: DetailsActions): void {
  const { selection, graph, lang } = model;
  const close = h('button', { class: 'close', title: t(lang, 'close'), onclick: () => actions.select(null) }, '×');
  if (selection?.kind === 'node' && graph.hasNode(selection.id)) {
    container.replaceChildren(close, ...nodeDetails(selection.id, model, actions));
  } else if (selection?.kind === 'edge' && graph.hasEdge(selection.id)) {
    container.replaceChildren(close, ...edgeDetails(selection.id, model, actions));
  } else {
    container.replaceChildren(h('p', { class: 'muted' }, t(lang, 'emptySelection')));
  }
  container.classList.toggle('has-selection', !!selection);
}
