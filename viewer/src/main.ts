/**
 * The viewer's entry point, wiring only: load graph.json (or `?graph=<url>`, JSON, GEXF or GraphML),
 * restore the state from the URL, render with sigma (stored x/y/size/color, no layout on
 * load), connect the panels, and replace the graph when a file is opened or dropped.
 * Display state goes through the reducers of logic/reducers.ts, which look up styles prepared
 * when the graph, the filter, the stages or the appearance change. A big graph
 * (logic/display.ts) shows its nodes first: its edges are held back (hidden) until that frame
 * has been shown. The metrics (logic/metrics.ts) are computed in a worker once the graph is
 * drawn, and shown, or applied to the appearance and the stages that read them, when they arrive.
 *
 * Test hook: `window.__relata = { sigma, graph, state }` is set once the graph is drawn (its
 * nodes, on a big graph: `state.settledMs` tells when the edges are too), and again when another
 * graph is opened, for the browser tests (tests/e2e) and the benchmark (viewer/bench) to
 * inspect; it is not an API.
 */

import { EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import { downloadAsPNG } from '@sigma/export-image';
import Sigma from 'sigma';
import { createEdgeCompoundProgram } from 'sigma/rendering';
import { toGEXF } from '../../src/export/gexf.ts';
import { diffSince, isDiffDate, type GraphDiff } from '../../src/graph/diff.ts';
import type { RelataGraph as LibraryGraph } from '../../src/graph/model.ts';
import { PREDICATES, type Predicate } from '../../src/types.ts';
import { changeView, type ChangeView } from './logic/changes.ts';
import { attributeValues, extent, isMetricKey, nodeAttributes, paintOf, type Appearance, type Attribute, type Painted } from './logic/appearance.ts';
import { communities, isBigGraph, movementSettings } from './logic/display.ts';
import { LayoutControl } from './layout-control.ts';
import { DEFAULT_FILTER, evidenceByMonth, visibleEdges, visibleSubgraph, type FilterSpec, type Visibility } from './logic/filters.ts';
import { detectLang, t, type Lang } from './logic/i18n.ts';
import { computeMetrics, type Metrics, type MetricsMessage } from './logic/metrics.ts';
import { DEFAULT_NODE_COLOR, indexGraph, NODE_TYPES, type DocumentRecord, type GraphIndex, type NodeType, type RelataGraph } from './logic/model.ts';
import { formatOf, parseGraph } from './logic/open.ts';
import {
  edgeLooks,
  edgeStyle,
  focusOf,
  nodeLooks,
  nodeStyle,
  parallelCurvatures,
  type EdgeStyle,
  type Focus,
  type NodeStyle,
  type Selection,
} from './logic/reducers.ts';
import { defaultLayoutSettings, type LayoutSettings } from './logic/layouts.ts';
import { buildSearchIndex } from './logic/search.ts';
import type { TableState } from './logic/table.ts';
import { applyStages, stagesRead, type Stage, type StagedView } from './logic/stages.ts';
import { decodeState, encodeState } from './logic/url-state.ts';
import { renderDetails } from './ui/details-panel.ts';
import { renderFilters } from './ui/filters-panel.ts';
import { renderChanges } from './ui/changes-panel.ts';
import { renderLayoutPanel } from './ui/layout-panel.ts';
import { versionOf, watchRebuilds } from './ui/rebuilt-notice.ts';
import { renderLegend } from './ui/legend.ts';
import { installGhostLayer } from './ui/ghost-layer.ts';
import { installRectangleSelect } from './ui/rectangle-select.ts';
import { createSearchBox } from './ui/search-box.ts';
import { renderStages } from './ui/stages-panel.ts';
import { createTablePanel } from './ui/table-panel.ts';
import { renderToolbar } from './ui/toolbar.ts';
import './style.css';

export interface ViewerState {
  lang: Lang;
  filter: FilterSpec;
  /** Stacked after the filter (logic/stages.ts). */
  stages: Stage[];
  appearance: Appearance;
  table: TableState;
  /** The changes mode's date, null when off. */
  changes: string | null;
  selection: Selection | null;
  hovered: string | null;
  /** What the filter shows, before the stages. */
  filtered: Visibility;
  /** What is shown: the filter, then the stages. */
  visibility: Visibility;
  /** What each stage leaves. */
  steps: StagedView['steps'];
  focus: Focus | null;
  layoutRunning: boolean;
  /** ms from navigation start to sigma's first render (the nodes only, on a big graph). */
  firstRenderMs: number | null;
  /** ms from navigation start to the frame after the whole graph, edges included, was drawn at the home camera. */
  settledMs: number | null;
}

declare global {
  interface Window {
    __relata?: { sigma: Sigma; graph: RelataGraph; state: ViewerState };
  }
}

/** Camera ratio under which every edge label is drawn (above it, only those of the focus). */
const EDGE_LABELS_RATIO = 0.5;
/** Node labels extend to the right of their node: leave them room at the frame's edge. */
const HOME_CAMERA = { x: 0.56, y: 0.5, angle: 0, ratio: 1.15 };
/**
 * Merged into an edge's style while the edges are held back: a program of no programs, which
 * draws nothing (a hidden edge still costs its vertices: seconds for 100,000 in software WebGL).
 */
const HELD_BACK = { type: 'heldBack', hidden: true };
const HeldBackProgram = createEdgeCompoundProgram([]);

/** Calls `then` once what is drawn now has been shown: the next frame draws it, the one after means it was shown. */
const afterShown = (then: () => void) => requestAnimationFrame(() => requestAnimationFrame(then));

function element(id: string): HTMLElement {
  const found = document.getElementById(id);
  if (!found) throw new Error(`relata/viewer: missing #${id} in index.html`);
  return found;
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The graph at `url`, and the version the server gave it (rebuilt-notice.ts). */
async function loadGraph(url: string): Promise<{ graph: RelataGraph; version: string | null }> {
  const response = await fetch(url, { cache: 'no-cache' });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return { graph: parseGraph(await response.text(), formatOf(new URL(url, location.href).pathname) ?? 'json'), version: versionOf(response.headers) };
}

function download(blob: Blob, fileName: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

/**
 * Up to this many nodes, metrics that the appearance or a filter stage needs before the worker
 * has answered are computed at once on this thread (a few tens of milliseconds); above it, the
 * stored look is shown until the worker answers.
 */
const SYNC_METRICS_MAX_NODES = 1_000;

/** What the panels and reducers derive from one graph. */
interface Loaded {
  graph: RelataGraph;
  index: GraphIndex;
  curvatures: Map<string, number>;
  timeline: [string, number][];
  typeStats: { type: NodeType; color: string; count: number }[];
  predicateStats: { predicate: Predicate; count: number }[];
  documents: DocumentRecord[];
  hasEvidence: boolean;
  /** What colour, size and range filters can stand for. */
  attributes: Attribute[];
  /** From the worker (or this thread, see SYNC_METRICS_MAX_NODES), null until computed. */
  metrics: Metrics | null;
  metricsError: string | null;
  /** The changes mode's view, for the date it was computed for. */
  changes?: { since: string; view: ChangeView };
  /** The graph relata's server serves (not a file opened): its /api/diff knows the store's snapshots. */
  served: boolean;
}

function prepare(graph: RelataGraph, served = false): Loaded {
  const index = indexGraph(graph);
  const typeCounts = new Map<string, number>();
  graph.forEachNode((_, attrs) => typeCounts.set(attrs.type, (typeCounts.get(attrs.type) ?? 0) + 1));
  const predicateCounts = new Map<string, number>();
  graph.forEachEdge((_, attrs) => predicateCounts.set(attrs.predicate, (predicateCounts.get(attrs.predicate) ?? 0) + 1));
  return {
    graph,
    index,
    curvatures: parallelCurvatures(graph),
    timeline: evidenceByMonth(graph, index),
    typeStats: NODE_TYPES.filter((type) => typeCounts.has(type)).map((type) => ({
      type,
      count: typeCounts.get(type)!,
      color: type === 'unknown' ? DEFAULT_NODE_COLOR : graph.getNodeAttribute(graph.findNode((_, a) => a.type === type), 'color'),
    })),
    predicateStats: PREDICATES.flatMap((predicate) => (predicateCounts.has(predicate) ? [{ predicate, count: predicateCounts.get(predicate)! }] : [])),
    hasEvidence: graph.someEdge((_, attrs) => attrs.evidence.length > 0),
    documents: [...index.documents.values()].sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || (a.title ?? a.id).localeCompare(b.title ?? b.id)),
    attributes: nodeAttributes(graph),
    served,
    metrics: null,
    metricsError: null,
  };
}

async function main(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const status = element('status');
  const langParam = params.get('lang');
  const lang: Lang = langParam === 'fr' || langParam === 'en' ? langParam : detectLang(navigator.languages);
  const showStatus = (text: string | null, error = false) => {
    status.hidden = text === null;
    status.textContent = text;
    status.classList.toggle('error', error);
  };
  showStatus(t(lang, 'loading'));

  const graphUrl = params.get('graph') ?? 'graph.json';
  let loaded: Loaded;
  let version: string | null;
  try {
    const fetched = await loadGraph(graphUrl);
    loaded = prepare(fetched.graph, graphUrl === 'graph.json' && fetched.version !== null);
    version = fetched.version;
  } catch (error) {
    return showStatus(`${t(lang, 'loadError')}: ${message(error)}`, true);
  }
  showStatus(null);

  const restored = decodeState(location.search);
  const filtered = visibleEdges(loaded.graph, restored.filter, loaded.index);
  const state: ViewerState = {
    lang,
    filter: restored.filter,
    stages: restored.stages,
    appearance: restored.appearance,
    table: restored.table,
    changes: restored.changes,
    selection: restored.selection,
    hovered: null,
    filtered,
    visibility: filtered,
    steps: [],
    focus: null,
    layoutRunning: false,
    firstRenderMs: null,
    settledMs: null,
  };

  /** Whether the appearance or a stage reads a metric. */
  const readsMetrics = () => [state.appearance.color, state.appearance.size, ...stagesRead(state.stages)].some(isMetricKey);
  /** Metrics needed before the worker has answered, computed here on a small graph. */
  const metricsNow = () => {
    if (!loaded.metrics && readsMetrics() && loaded.graph.order <= SYNC_METRICS_MAX_NODES) loaded.metrics = computeMetrics(loaded.graph);
    return loaded.metrics;
  };
  const valuesOf = (key: string) => attributeValues(loaded.graph, key, metricsNow());
  /** The stages applied to what the filter shows. */
  const restage = () => {
    const staged = applyStages(loaded.graph, state.filtered, state.stages, valuesOf);
    state.visibility = staged.visibility;
    state.steps = staged.steps;
  };
  restage();
  state.focus = focusOf(loaded.graph, state.visibility, null, state.selection);

  /** The colours, sizes and legends of the appearance, recomputed when it or the graph changes. */
  let painted: Painted;
  /** The styles the reducers look up: nodes' when the graph, the filter or the appearance changes, edges' when the graph or the filter does. */
  let nodeLooksNow: Map<string, NodeStyle>;
  let edgeLooksNow: Map<string, EdgeStyle>;
  /**
   * The changes since state.changes, computed once per graph and date; null when the mode is off.
   * At once from the dates of the evidence; then, for the graph relata serves, from the server,
   * whose answer replaces it when the store kept a snapshot from before the date (it knows what
   * was removed).
   */
  const changesNow = (): ChangeView | null => {
    const since = state.changes;
    if (!since || !isDiffDate(since)) return null;
    if (loaded.changes?.since !== since) {
      loaded.changes = { since, view: changeView(loaded.graph, diffSince(loaded.graph as unknown as LibraryGraph, since)) };
      if (loaded.served) askServerForChanges(since);
    }
    return loaded.changes.view;
  };
  const askServerForChanges = (since: string) => {
    const current = loaded;
    void fetch(new URL(`api/diff?since=${encodeURIComponent(since)}`, location.href))
      .then((response) => (response.ok ? (response.json() as Promise<GraphDiff>) : null))
      .then(
        (diff) => {
          if (!diff?.removals || loaded !== current || state.changes !== since) return;
          current.changes = { since, view: changeView(current.graph, diff) };
          restyleNodes();
          restyleEdges();
          redraw();
          renderPanels();
        },
        () => undefined,
      );
  };
  // In the changes mode, the kinds of change colour the graph, over the appearance's colours.
  const restyleNodes = () => {
    const changed = changesNow();
    nodeLooksNow = nodeLooks(loaded.graph, state.visibility, changed ? { ...painted.paint, colors: changed.nodeColors } : painted.paint);
  };
  const restyleEdges = () => (edgeLooksNow = edgeLooks(loaded.graph, state.visibility, loaded.curvatures, changesNow()?.edgeColors ?? null));
  const updatePaint = () => {
    painted = paintOf(loaded.graph, state.appearance, metricsNow(), loaded.attributes);
    restyleNodes();
  };
  updatePaint();
  restyleEdges();
  /** False while a big graph's edges are held back for its first frame. */
  let edgesShown = !isBigGraph(loaded.graph.size);

  const container = element('graph');
  // Sigma stays untyped (its program and plugin types are not generic-friendly).
  const sigma = new Sigma(loaded.graph, container, {
    allowInvalidContainer: true,
    enableEdgeEvents: true,
    zIndex: true,
    defaultEdgeType: 'arrow',
    edgeProgramClasses: { curved: EdgeCurvedArrowProgram, heldBack: HeldBackProgram },
    renderEdgeLabels: state.focus !== null,
    edgeLabelSize: 11,
    edgeLabelColor: { color: '#56606c' },
    labelFont: 'system-ui, sans-serif',
    labelSize: 13,
    labelWeight: '500',
    labelDensity: 0.8,
    labelGridCellSize: 80,
    labelRenderedSizeThreshold: 5,
    ...movementSettings(loaded.graph.size),
    // Sigma hands each reducer its own copy of the attributes: the style is written into it.
    nodeReducer: (node, data) => Object.assign(data, nodeStyle(node, nodeLooksNow.get(node)!, state.focus, state.selection)),
    edgeReducer: (edge, data) => Object.assign(data, edgeStyle(edge, edgeLooksNow.get(edge)!, state.focus), edgesShown ? null : HELD_BACK),
  });
  // The constructor renders synchronously: this is the first 'afterRender'.
  state.firstRenderMs = performance.now();
  window.__relata = { sigma, graph: loaded.graph, state };

  let metricsWorker: Worker | null = null;
  /** The metrics of the graph shown, off the main thread; the worker of a graph replaced meanwhile is dropped. */
  const startMetricsWorker = () => {
    const current = loaded;
    metricsWorker?.terminate();
    const worker = new Worker(new URL('./logic/metrics.worker.ts', import.meta.url), { type: 'module' });
    metricsWorker = worker;
    worker.onmessage = (event: MessageEvent<MetricsMessage>) => {
      worker.terminate();
      // an answer already on its way when another graph was opened is not this graph's
      if (loaded !== current) return;
      metricsWorker = null;
      if ('error' in event.data) current.metricsError = event.data.error;
      else if (!current.metrics) {
        current.metrics = event.data.metrics;
        // what waited for them is drawn again
        if (readsMetrics()) {
          restage();
          updatePaint();
          restyleEdges();
          redraw(false);
        }
      }
      renderPanels();
    };
    worker.onerror = (event) => {
      worker.terminate();
      if (loaded !== current) return;
      metricsWorker = null;
      current.metricsError = event.message || 'worker failed';
      renderPanels();
    };
    worker.postMessage(current.graph.export());
  };

  /**
   * Once the frame drawn now has been shown: the edges held back, if any, are drawn (their
   * styles are taken again, and sigma's programs refilled); then `settledMs`, once for the
   * page, and the metrics, whose export and copy to the worker would otherwise delay the drawing.
   */
  const drawHeldBackEdges = () =>
    afterShown(() => {
      if (!edgesShown) {
        edgesShown = true;
        sigma.refresh({ partialGraph: { edges: loaded.graph.edges() }, skipIndexation: false });
      }
      afterShown(() => {
        state.settledMs ??= performance.now();
        startMetricsWorker();
      });
    });

  const camera = sigma.getCamera();
  // Drawn in the next frame, so the first frame shown is at the home camera.
  camera.setState(HOME_CAMERA);
  drawHeldBackEdges();
  const syncEdgeLabels = () => {
    const shown = state.focus !== null || camera.ratio < EDGE_LABELS_RATIO;
    if (sigma.getSetting('renderEdgeLabels') !== shown) sigma.setSetting('renderEdgeLabels', shown);
  };
  camera.on('updated', syncEdgeLabels);
  const redraw = (skipIndexation = true) => {
    state.focus = focusOf(loaded.graph, state.visibility, state.hovered, state.selection);
    syncEdgeLabels();
    sigma.refresh({ skipIndexation });
  };

  const writeUrl = () => {
    history.replaceState(null, '', location.pathname + encodeState(state, location.search) + location.hash);
  };

  const focusCamera = (node: string) => {
    const data = sigma.getNodeDisplayData(node);
    if (data) void camera.animate({ x: data.x, y: data.y, ratio: Math.min(camera.ratio, 0.6) }, { duration: 400 });
  };

  const visibleGraph = () => visibleSubgraph(loaded.graph, state.visibility);
  let layout = new LayoutControl(loaded.graph);

  /** Show another graph: filters, selection and layout start afresh; the appearance stays. */
  const replaceGraph = (graph: RelataGraph, name: string) => {
    layout.kill();
    loaded = prepare(graph);
    layout = new LayoutControl(graph);
    Object.assign(state, { filter: { ...DEFAULT_FILTER }, stages: [], changes: null, selection: null, hovered: null, layoutRunning: false });
    state.filtered = visibleEdges(graph, state.filter, loaded.index);
    restage();
    updatePaint();
    restyleEdges();
    edgesShown = !isBigGraph(graph.size);
    sigma.setGraph(graph);
    const movement = movementSettings(graph.size);
    if (sigma.getSetting('hideEdgesOnMove') !== movement.hideEdgesOnMove) sigma.setSettings(movement);
    camera.setState(HOME_CAMERA);
    window.__relata = { sigma, graph, state };
    searchBox = createSearchBox(buildSearchIndex(graph), (node) => select({ kind: 'node', id: node }), state.lang);
    element('search').replaceChildren(searchBox.element);
    document.title = `relata · ${name}`;
    showStatus(null);
    redraw();
    drawHeldBackEdges();
    renderPanels();
    writeUrl();
  };

  const openFile = async (file: File) => {
    try {
      const format = formatOf(file.name);
      if (!format) throw new Error(t(state.lang, 'unsupportedFile'));
      replaceGraph(parseGraph(await file.text(), format), file.name);
    } catch (error) {
      showStatus(`${t(state.lang, 'loadError')} (${file.name}): ${message(error)}`, true);
    }
  };

  const toolbarActions = {
    openFile: (file: File) => void openFile(file),
    toggleLayout: () => layoutActions.toggleForceAtlas2(),
    exportJson: () => {
      download(new Blob([JSON.stringify(visibleGraph().export())], { type: 'application/json' }), 'relata-graph.json');
    },
    // The library's exporter, as `relata export` writes it; a node of unknown type just says so.
    exportGexf: () => download(new Blob([toGEXF(visibleGraph() as unknown as LibraryGraph)], { type: 'application/xml' }), 'relata-graph.gexf'),
    exportPng: () => void downloadAsPNG(sigma, { fileName: 'relata-graph', backgroundColor: '#ffffff' }),
    setAppearance: (appearance: Appearance) => {
      state.appearance = appearance;
      // a range may read the metrics computed for it
      restage();
      restyleEdges();
      updatePaint();
      // Sizes change the node index (label grid, picking): no skipping it.
      redraw(false);
      renderPanels();
      writeUrl();
    },
    switchLang: () => {
      state.lang = state.lang === 'fr' ? 'en' : 'fr';
      const query = new URLSearchParams(location.search);
      query.set('lang', state.lang);
      history.replaceState(null, '', `${location.pathname}?${query}`);
      searchBox.setLang(state.lang);
      renderPanels();
    },
  };

  /** The layout panel's actions; the toolbar's button is the panel's start/stop. */
  const layoutActions = {
    setSettings: (settings: LayoutSettings) => {
      layout.setSettings(settings);
      renderPanels();
    },
    toggleForceAtlas2: () => {
      layout.toggle();
      state.layoutRunning = layout.running;
      renderPanels();
    },
    noverlap: () => {
      layout.spread();
      state.layoutRunning = false;
      renderPanels();
    },
    circular: () => {
      const metrics = loaded.metrics;
      layout.circular(metrics ? new Map(Object.entries(metrics).map(([node, m]) => [node, m.community])) : communities(loaded.graph).membership);
      state.layoutRunning = false;
      renderPanels();
    },
    reset: () => layoutActions.setSettings(defaultLayoutSettings(loaded.graph)),
  };

  /** Select a node or an edge; the camera follows a node chosen from the panels or the search, not one clicked in the graph. */
  const select = (selection: Selection | null, moveCamera = true) => {
    state.selection = selection;
    if (moveCamera && selection?.kind === 'node' && loaded.graph.hasNode(selection.id)) focusCamera(selection.id);
    redraw();
    renderPanels();
    writeUrl();
  };

  /** After the filter or the stages changed: what is shown, its styles, the panels and the URL. */
  const showFiltered = () => {
    restage();
    // a stage may have needed metrics the paint waited for
    if (painted.pending) updatePaint();
    else restyleNodes();
    restyleEdges();
    redraw();
    renderPanels();
    writeUrl();
  };
  const setFilter = (filter: FilterSpec) => {
    state.filter = filter;
    state.filtered = visibleEdges(loaded.graph, filter, loaded.index);
    showFiltered();
  };
  const setStages = (stages: Stage[]) => {
    state.stages = stages;
    showFiltered();
  };
  const setChanges = (since: string | null) => {
    state.changes = since;
    restyleNodes();
    restyleEdges();
    redraw();
    renderPanels();
    writeUrl();
  };

  let searchBox = createSearchBox(buildSearchIndex(loaded.graph), (node) => select({ kind: 'node', id: node }), lang);
  element('search').replaceChildren(searchBox.element);
  const table = createTablePanel(
    element('table'),
    element('table-toggle'),
    {
      select: (selection) => select(selection),
      download,
      stateChanged: (tableState) => {
        state.table = tableState;
        writeUrl();
      },
    },
    state.table,
  );

  function renderPanels(): void {
    const { graph, index } = loaded;
    document.documentElement.lang = state.lang;
    element('stage').dataset.drop = t(state.lang, 'dropHere');
    renderToolbar(
      element('toolbar'),
      {
        lang: state.lang,
        layoutRunning: state.layoutRunning,
        visibleNodes: state.visibility.nodes.size,
        visibleEdges: state.visibility.edges.size,
        appearance: state.appearance,
        attributes: loaded.attributes,
      },
      toolbarActions,
    );
    renderLegend(element('legend'), { lang: state.lang, legend: painted.legend, sizeLegend: painted.sizeLegend, pending: painted.pending });
    renderFilters(
      element('filters'),
      {
        lang: state.lang,
        filter: state.filter,
        types: loaded.typeStats,
        typeColors: painted.paint.colors === null,
        predicates: loaded.predicateStats,
        timeline: loaded.timeline,
        documents: loaded.documents,
        hasEvidence: loaded.hasEvidence,
      },
      setFilter,
    );
    renderChanges(element('changes'), { lang: state.lang, since: state.changes, view: changesNow() }, { setSince: setChanges, select: (selection) => select(selection) });
    renderLayoutPanel(element('layout'), { lang: state.lang, settings: layout.settings, running: state.layoutRunning }, layoutActions);
    renderStages(
      element('stages'),
      {
        lang: state.lang,
        stages: state.stages,
        steps: state.steps,
        numbers: loaded.attributes.filter((a) => a.kind === 'number'),
        selectedNode: state.selection?.kind === 'node' && graph.hasNode(state.selection.id) ? state.selection.id : null,
        labelOf: (node) => (graph.hasNode(node) ? graph.getNodeAttribute(node, 'label') : node),
        extentOf: (key) => {
          const values = attributeValues(graph, key, loaded.metrics);
          return values ? extent([...values.values()].map(Number)) : undefined;
        },
      },
      setStages,
    );
    renderDetails(
      element('details'),
      { lang: state.lang, graph, index, filter: state.filter, visibleEdges: state.visibility.edges, selection: state.selection, metrics: loaded.metrics, metricsError: loaded.metricsError },
      { select: (selection) => select(selection) },
    );
    table.update({ lang: state.lang, graph, visibility: state.visibility, selection: state.selection, metrics: loaded.metrics });
  }

  installGhostLayer(sigma, () => changesNow()?.ghosts ?? []);
  // Shift + drag: the nodes in the rectangle become a group stage.
  installRectangleSelect(sigma, container, (nodes) => nodes.length > 0 && setStages([...state.stages, { kind: 'group', nodes }]));
  sigma.on('enterNode', ({ node }) => {
    state.hovered = node;
    container.style.cursor = 'pointer';
    redraw();
  });
  sigma.on('leaveNode', () => {
    state.hovered = null;
    container.style.cursor = '';
    redraw();
  });
  sigma.on('enterEdge', () => (container.style.cursor = 'pointer'));
  sigma.on('leaveEdge', () => (container.style.cursor = ''));
  sigma.on('clickNode', ({ node }) => select({ kind: 'node', id: node }, false));
  sigma.on('clickEdge', ({ edge }) => select({ kind: 'edge', id: edge }, false));
  sigma.on('clickStage', () => select(null, false));

  // A file dropped anywhere on the page replaces the graph.
  const app = element('app');
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
    if (file) void openFile(file);
  });

  renderPanels();
  if (state.selection?.kind === 'node' && loaded.graph.hasNode(state.selection.id)) focusCamera(state.selection.id);
  watchRebuilds(graphUrl, version, element('rebuilt'), () => state.lang);
}

void main();
