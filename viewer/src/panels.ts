/** Every panel drawn again from the view (view.ts): toolbar, legend, filters, stages, changes, layout, details, table. */

import type { Appearance } from './logic/appearance.ts';
import { attributeValues, extent } from './logic/appearance.ts';
import type { FilterSpec } from './logic/filters.ts';
import { t } from './logic/i18n.ts';
import type { LayoutSettings } from './logic/layouts.ts';
import type { Selection } from './logic/reducers.ts';
import type { Stage } from './logic/stages.ts';
import { renderChanges } from './ui/changes-panel.ts';
import { renderDetails } from './ui/details-panel.ts';
import { element } from './ui/dom.ts';
import { renderFilters } from './ui/filters-panel.ts';
import { renderLayoutPanel, type LayoutActions } from './ui/layout-panel.ts';
import { renderLegend } from './ui/legend.ts';
import { renderStages } from './ui/stages-panel.ts';
import type { TablePanel } from './ui/table-panel.ts';
import { renderToolbar, type ToolbarActions } from './ui/toolbar.ts';
import type { View } from './view.ts';

export interface PanelActions {
  toolbar: ToolbarActions;
  layout: LayoutActions;
  layoutSettings(): LayoutSettings;
  setFilter(filter: FilterSpec): void;
  setStages(stages: Stage[]): void;
  setChanges(since: string | null): void;
  setAppearance(appearance: Appearance): void;
  select(selection: Selection | null): void;
}

export function renderPanels(view: View, actions: PanelActions, table: TablePanel): void {
  const { state, loaded, painted } = view;
  const { graph, index, metrics } = loaded;
  const { lang } = state;
  document.documentElement.lang = lang;
  element('stage').dataset.drop = t(lang, 'dropHere');
  renderToolbar(
    element('toolbar'),
    {
      lang,
      layoutRunning: state.layoutRunning,
      visibleNodes: state.visibility.nodes.size,
      visibleEdges: state.visibility.edges.size,
      appearance: state.appearance,
      attributes: loaded.attributes,
    },
    actions.toolbar,
  );
  renderLegend(element('legend'), {
    lang,
    legend: painted.legend,
    sizeLegend: painted.sizeLegend,
    pending: painted.pending,
  });
  renderFilters(
    element('filters'),
    {
      lang,
      filter: state.filter,
      types: loaded.typeStats,
      typeColors: painted.paint.colors === null,
      predicates: loaded.predicateStats,
      timeline: loaded.timeline,
      documents: loaded.documents,
      hasEvidence: loaded.hasEvidence,
    },
    actions.setFilter,
  );
  renderStages(
    element('stages'),
    {
      lang,
      stages: state.stages,
      steps: state.steps,
      numbers: loaded.attributes.filter((a) => a.kind === 'number'),
      selectedNode: state.selection?.kind === 'node' && graph.hasNode(state.selection.id) ? state.selection.id : null,
      labelOf: (node) => (graph.hasNode(node) ? graph.getNodeAttribute(node, 'label') : node),
      extentOf: (key) => {
        const values = attributeValues(graph, key, metrics);
        return values ? extent([...values.values()].map(Number)) : undefined;
      },
    },
    actions.setStages,
  );
  renderChanges(
    element('changes'),
    { lang, since: state.changes, view: view.changes() },
    { setSince: actions.setChanges, select: actions.select },
  );
  renderLayoutPanel(
    element('layout'),
    { lang, settings: actions.layoutSettings(), running: state.layoutRunning },
    actions.layout,
  );
  renderDetails(
    element('details'),
    {
      lang,
      graph,
      index,
      filter: state.filter,
      visibleEdges: state.visibility.edges,
      selection: state.selection,
      metrics,
      metricsError: loaded.metricsError,
    },
    { select: actions.select },
  );
  table.update({ lang, graph, visibility: state.visibility, selection: state.selection, metrics });
}
