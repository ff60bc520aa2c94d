/**
 * The viewer's entry point, wiring only: load graph.json (or `?graph=<url>`), restore the
 * state from the URL, render with sigma (stored x/y/size/color, no layout on load), and
 * connect the panels. Display state goes through the reducers of logic/reducers.ts.
 *
 * Test hook: `window.__relata = { sigma, graph, state }` is set once the graph is drawn, for
 * the browser tests (tests/e2e) to inspect; it is not an API.
 */

import { EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import { downloadAsPNG } from '@sigma/export-image';
import { MultiDirectedGraph } from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import Sigma from 'sigma';
import { ENTITY_TYPES, PREDICATES, type EntityType } from '../../src/types.ts';
import { evidenceByMonth, visibleEdges, visibleSubgraph, type FilterSpec, type Visibility } from './logic/filters.ts';
import { detectLang, t, type Lang } from './logic/i18n.ts';
import { indexGraph, type EdgeAttrs, type NodeAttrs, type RelataGraph } from './logic/model.ts';
import { edgeStyle, focusOf, nodeStyle, parallelCurvatures, type Focus, type Selection } from './logic/reducers.ts';
import { buildSearchIndex } from './logic/search.ts';
import { decodeState, encodeState } from './logic/url-state.ts';
import { renderDetails } from './ui/details-panel.ts';
import { renderFilters } from './ui/filters-panel.ts';
import { createSearchBox } from './ui/search-box.ts';
import { renderToolbar } from './ui/toolbar.ts';
import './style.css';

export interface ViewerState {
  lang: Lang;
  filter: FilterSpec;
  selection: Selection | null;
  hovered: string | null;
  visibility: Visibility;
  focus: Focus | null;
  layoutRunning: boolean;
  /** ms from navigation start to sigma's first render. */
  firstRenderMs: number | null;
}

declare global {
  interface Window {
    __relata?: { sigma: Sigma; graph: RelataGraph; state: ViewerState };
  }
}

/** Camera ratio under which every edge label is drawn (above it, only those of the focus). */
const EDGE_LABELS_RATIO = 0.5;

function element(id: string): HTMLElement {
  const found = document.getElementById(id);
  if (!found) throw new Error(`relata/viewer: missing #${id} in index.html`);
  return found;
}

async function loadGraph(url: string): Promise<RelataGraph> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const graph: RelataGraph = new MultiDirectedGraph();
  graph.import(await response.json());
  return graph;
}

function download(blob: Blob, fileName: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

async function main(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const status = element('status');
  const langParam = params.get('lang');
  const lang: Lang = langParam === 'fr' || langParam === 'en' ? langParam : detectLang(navigator.languages);
  status.textContent = t(lang, 'loading');

  let graph: RelataGraph;
  try {
    graph = await loadGraph(params.get('graph') ?? 'graph.json');
  } catch (error) {
    status.textContent = `${t(lang, 'loadError')}: ${error instanceof Error ? error.message : String(error)}`;
    status.classList.add('error');
    return;
  }
  status.hidden = true;

  const index = indexGraph(graph);
  const curvatures = parallelCurvatures(graph);
  const timeline = evidenceByMonth(graph, index);
  const typeStats = ENTITY_TYPES.flatMap((type: EntityType) => {
    const nodes = graph.filterNodes((_, attrs) => attrs.type === type);
    return nodes.length ? [{ type, color: graph.getNodeAttribute(nodes[0], 'color'), count: nodes.length }] : [];
  });
  const predicateStats = PREDICATES.flatMap((predicate) => {
    const count = graph.filterEdges((_, attrs) => attrs.predicate === predicate).length;
    return count ? [{ predicate, count }] : [];
  });

  const restored = decodeState(location.search);
  const state: ViewerState = {
    lang,
    filter: restored.filter,
    selection: restored.selection,
    hovered: null,
    visibility: visibleEdges(graph, restored.filter, index),
    focus: null,
    layoutRunning: false,
    firstRenderMs: null,
  };
  state.focus = focusOf(graph, state.visibility, null, state.selection);

  const container = element('graph');
  // Sigma stays untyped (its program and plugin types are not generic-friendly); reducers see our attributes.
  const sigma = new Sigma(graph, container, {
    allowInvalidContainer: true,
    enableEdgeEvents: true,
    zIndex: true,
    defaultEdgeType: 'arrow',
    edgeProgramClasses: { curved: EdgeCurvedArrowProgram },
    renderEdgeLabels: state.focus !== null,
    edgeLabelSize: 11,
    edgeLabelColor: { color: '#56606c' },
    labelFont: 'system-ui, sans-serif',
    labelSize: 13,
    labelWeight: '500',
    labelDensity: 0.8,
    labelGridCellSize: 80,
    labelRenderedSizeThreshold: 5,
    nodeReducer: (node, data) => ({ ...data, ...nodeStyle(node, data as NodeAttrs, state.visibility, state.focus, state.selection) }),
    edgeReducer: (edge, data) => ({ ...data, ...edgeStyle(edge, data as EdgeAttrs, state.visibility, state.focus, curvatures) }),
  });
  // The constructor renders synchronously: this is the first 'afterRender'.
  state.firstRenderMs = performance.now();
  window.__relata = { sigma, graph, state };

  const camera = sigma.getCamera();
  // Node labels extend to the right of their node: leave them room at the frame's edge.
  camera.setState({ x: 0.56, ratio: 1.15 });
  const syncEdgeLabels = () => {
    const shown = state.focus !== null || camera.ratio < EDGE_LABELS_RATIO;
    if (sigma.getSetting('renderEdgeLabels') !== shown) sigma.setSetting('renderEdgeLabels', shown);
  };
  camera.on('updated', syncEdgeLabels);
  const redraw = () => {
    state.focus = focusOf(graph, state.visibility, state.hovered, state.selection);
    syncEdgeLabels();
    sigma.refresh({ skipIndexation: true });
  };

  const writeUrl = () => {
    history.replaceState(null, '', location.pathname + encodeState(state, location.search) + location.hash);
  };

  const focusCamera = (node: string) => {
    const data = sigma.getNodeDisplayData(node);
    if (data) void camera.animate({ x: data.x, y: data.y, ratio: Math.min(camera.ratio, 0.6) }, { duration: 400 });
  };

  let layout: FA2Layout | null = null;
  const toolbarActions = {
    toggleLayout: () => {
      layout ??= new FA2Layout(graph, { settings: forceAtlas2.inferSettings(graph), getEdgeWeight: 'weight' });
      if (layout.isRunning()) layout.stop();
      else layout.start();
      state.layoutRunning = layout.isRunning();
      renderPanels();
    },
    exportJson: () => {
      const json = JSON.stringify(visibleSubgraph(graph, state.visibility).export());
      download(new Blob([json], { type: 'application/json' }), 'relata-graph.json');
    },
    exportPng: () => void downloadAsPNG(sigma, { fileName: 'relata-graph', backgroundColor: '#ffffff' }),
    switchLang: () => {
      state.lang = state.lang === 'fr' ? 'en' : 'fr';
      const query = new URLSearchParams(location.search);
      query.set('lang', state.lang);
      history.replaceState(null, '', `${location.pathname}?${query}`);
      searchBox.setLang(state.lang);
      renderPanels();
    },
  };

  /** Select a node or an edge; the camera follows a node chosen from the panels or the search, not one clicked in the graph. */
  const select = (selection: Selection | null, moveCamera = true) => {
    state.selection = selection;
    if (moveCamera && selection?.kind === 'node' && graph.hasNode(selection.id)) focusCamera(selection.id);
    redraw();
    renderPanels();
    writeUrl();
  };

  const setFilter = (filter: FilterSpec) => {
    state.filter = filter;
    state.visibility = visibleEdges(graph, filter, index);
    redraw();
    renderPanels();
    writeUrl();
  };

  const searchBox = createSearchBox(buildSearchIndex(graph), (node) => select({ kind: 'node', id: node }), lang);
  element('search').replaceChildren(searchBox.element);

  function renderPanels(): void {
    document.documentElement.lang = state.lang;
    renderToolbar(
      element('toolbar'),
      { lang: state.lang, layoutRunning: state.layoutRunning, visibleNodes: state.visibility.nodes.size, visibleEdges: state.visibility.edges.size },
      toolbarActions,
    );
    renderFilters(
      element('filters'),
      { lang: state.lang, filter: state.filter, types: typeStats, predicates: predicateStats, timeline },
      setFilter,
    );
    renderDetails(
      element('details'),
      { lang: state.lang, graph, index, filter: state.filter, visibleEdges: state.visibility.edges, selection: state.selection },
      { select: (selection) => select(selection) },
    );
  }

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

  renderPanels();
  if (state.selection?.kind === 'node' && graph.hasNode(state.selection.id)) focusCamera(state.selection.id);
}

void main();
