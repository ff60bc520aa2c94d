/**
 * The viewer's entry point, wiring only: load graph.json (or `?graph=<url>`, JSON, GEXF or
 * GraphML), restore the state from the URL, render with sigma (stored x/y/size/color, no layout
 * on load), connect the panels, and replace the graph when a file is opened or dropped. What is
 * shown and how is view.ts's, which the reader changes by dispatching actions (state.ts);
 * sigma's settings are settings.ts's; the panels are drawn by panels.ts. A big graph (logic/display.ts) shows its nodes first: its edges are held back
 * until that frame has been shown. The metrics are computed in a worker once the graph is
 * drawn (metrics-client.ts), and applied when they arrive.
 *
 * Test hook: `window.__relata = { sigma, graph, state }` is set once the graph is drawn (its
 * nodes, on a big graph: `state.settledMs` tells when the edges are too, `state.metricsMs` when
 * the metrics came and the panels were drawn again), and again when another
 * graph is opened, for the browser tests (tests/e2e) and the benchmark (viewer/bench) to
 * inspect; it is not an API.
 */

import Sigma from 'sigma';
import { LayoutControl } from './layout-control.ts';
import { downloads } from './downloads.ts';
import { loadGraph, prepare } from './loaded.ts';
import type { Appearance } from './logic/appearance.ts';
import { frameOf, isBigGraph, movementSettings } from './logic/display.ts';
import { visibleSubgraph, type FilterSpec } from './logic/filters.ts';
import { detectLang, t, type Lang } from './logic/i18n.ts';
import { defaultLayoutSettings, type LayoutSettings } from './logic/layouts.ts';
import type { RelataGraph } from './logic/model.ts';
import { formatOf, parseGraph } from './logic/open.ts';
import { edgeStyle, nodeStyle, type Selection } from './logic/reducers.ts';
import { buildSearchIndex } from './logic/search.ts';
import type { Stage } from './logic/stages.ts';
import { decodeState, encodeState } from './logic/url-state.ts';
import { metricsClient } from './metrics-client.ts';
import { renderPanels, type PanelActions } from './panels.ts';
import { afterShown, EDGE_LABELS_RATIO, HELD_BACK, HOME_CAMERA, sigmaSettings } from './settings.ts';
import { acceptDrops, download, element } from './ui/dom.ts';
import { installGhostLayer } from './ui/ghost-layer.ts';
import { watchRebuilds } from './ui/rebuilt-notice.ts';
import { installRectangleSelect } from './ui/rectangle-select.ts';
import { createSearchBox } from './ui/search-box.ts';
import { createTablePanel } from './ui/table-panel.ts';
import { NOTHING } from './state.ts';
import { View } from './view.ts';
import './style.css';

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

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
  let fetched: Awaited<ReturnType<typeof loadGraph>>;
  try {
    fetched = await loadGraph(graphUrl);
  } catch (error) {
    return showStatus(`${t(lang, 'loadError')}: ${message(error)}`, true);
  }
  showStatus(null);

  const view = new View(
    prepare(fetched.graph, graphUrl === 'graph.json' && fetched.version !== null),
    lang,
    decodeState(location.search),
    { redraw, panels, writeUrl },
  );
  /** False while a big graph's edges are held back for its first frame. */
  let edgesShown = !isBigGraph(view.graph.size);

  const container = element('graph');
  // Sigma stays untyped (its program and plugin types are not generic-friendly).
  const sigma = new Sigma(view.graph, container, {
    ...sigmaSettings(view.graph.size, view.state.focus !== null),
    // Sigma hands each reducer its own copy of the attributes: the style is written into it.
    nodeReducer: (node, data) =>
      Object.assign(data, nodeStyle(node, view.nodeLooks.get(node)!, view.state.focus, view.state.selection)),
    edgeReducer: (edge, data) =>
      Object.assign(data, edgeStyle(edge, view.edgeLooks.get(edge)!, view.state.focus), edgesShown ? null : HELD_BACK),
  });
  // The constructor renders synchronously: this is the first 'afterRender'.
  view.state.firstRenderMs = performance.now();
  /** The test hook, whose state is the view's at the time it is read. */
  const hook = (graph: RelataGraph) =>
    (window.__relata = {
      sigma,
      graph,
      get state() {
        return view.state;
      },
    });
  hook(view.graph);

  const metrics = metricsClient(
    () => view.loaded,
    () => {
      view.state.metricsMs ??= performance.now();
      // what waited for them is drawn again
      const reads = view.readsMetrics();
      view.commit({ ...NOTHING, derive: reads ? 'stages' : null, draw: reads, reindex: true, panels: true });
    },
  );

  /**
   * Once the frame drawn now has been shown: the edges held back, if any, are drawn (their
   * styles are taken again, and sigma's programs refilled); then `settledMs`, once for the
   * page, and the metrics, whose export and copy to the worker would otherwise delay the drawing.
   */
  const drawHeldBackEdges = () =>
    afterShown(() => {
      if (!edgesShown) {
        edgesShown = true;
        sigma.refresh({ partialGraph: { edges: view.graph.edges() }, skipIndexation: false });
      }
      afterShown(() => {
        view.state.settledMs ??= performance.now();
        metrics.start();
      });
    });

  const camera = sigma.getCamera();
  // Drawn in the next frame, so the first frame shown is at the home camera.
  camera.setState(HOME_CAMERA);
  drawHeldBackEdges();
  const syncEdgeLabels = () => {
    const shown = view.state.focus !== null || camera.ratio < EDGE_LABELS_RATIO;
    if (sigma.getSetting('renderEdgeLabels') !== shown) sigma.setSetting('renderEdgeLabels', shown);
  };
  camera.on('updated', syncEdgeLabels);
  /** Sizes change the node index (label grid, picking): `reindex` then. */
  function redraw(reindex: boolean): void {
    view.refocus();
    syncEdgeLabels();
    sigma.refresh({ skipIndexation: !reindex });
  }
  function writeUrl(): void {
    history.replaceState(null, '', location.pathname + encodeState(view.state, location.search) + location.hash);
  }

  /** The camera over what the stages leave, home when there is none. */
  const frameStaged = () => {
    const frame = view.state.stages.length
      ? frameOf([...view.state.visibility.nodes].flatMap((node) => sigma.getNodeDisplayData(node) ?? []))
      : HOME_CAMERA;
    if (frame) void camera.animate(frame, { duration: 400 });
  };
  const focusCamera = (node: string) => {
    const data = sigma.getNodeDisplayData(node);
    if (data) void camera.animate({ x: data.x, y: data.y, ratio: Math.min(camera.ratio, 0.6) }, { duration: 400 });
  };

  let layout = new LayoutControl(view.graph);

  /** Show another graph: filters, selection and layout start afresh; the appearance stays. */
  const replaceGraph = (graph: RelataGraph, name: string) => {
    layout.kill();
    view.replace(prepare(graph));
    layout = new LayoutControl(graph);
    edgesShown = !isBigGraph(graph.size);
    sigma.setGraph(graph);
    const movement = movementSettings(graph.size);
    if (sigma.getSetting('hideEdgesOnMove') !== movement.hideEdgesOnMove) sigma.setSettings(movement);
    camera.setState(HOME_CAMERA);
    hook(graph);
    searchBox = createSearchBox(buildSearchIndex(graph), (node) => select({ kind: 'node', id: node }), view.state.lang);
    element('search').replaceChildren(searchBox.element);
    document.title = `relata · ${name}`;
    showStatus(null);
    drawHeldBackEdges();
    view.commit();
  };

  const openFile = async (file: File) => {
    try {
      const format = formatOf(file.name);
      if (!format) throw new Error(t(view.state.lang, 'unsupportedFile'));
      replaceGraph(parseGraph(await file.text(), format), file.name);
    } catch (error) {
      showStatus(`${t(view.state.lang, 'loadError')} (${file.name}): ${message(error)}`, true);
    }
  };

  /** Select a node or an edge; the camera follows a node chosen from the panels or the search, not one clicked in the graph. */
  const select = (selection: Selection | null, moveCamera = true) => {
    if (moveCamera && selection?.kind === 'node' && view.graph.hasNode(selection.id)) focusCamera(selection.id);
    view.dispatch({ type: 'select', selection });
  };

  const layoutDone = () => view.dispatch({ type: 'layoutRunning', running: layout.running });
  const actions: PanelActions = {
    toolbar: {
      openFile: (file: File) => void openFile(file),
      toggleLayout: () => actions.layout.toggleForceAtlas2(),
      ...downloads(sigma, () => visibleSubgraph(view.graph, view.state.visibility)),
      setAppearance: (appearance: Appearance) => actions.setAppearance(appearance),
      switchLang: () => {
        view.dispatch({ type: 'switchLang' });
        const query = new URLSearchParams(location.search);
        query.set('lang', view.state.lang);
        history.replaceState(null, '', `${location.pathname}?${query}`);
        searchBox.setLang(view.state.lang);
      },
    },
    // The toolbar's button is the panel's start/stop.
    layout: {
      setSettings: (settings: LayoutSettings) => {
        layout.setSettings(settings);
        panels();
      },
      toggleForceAtlas2: () => {
        layout.toggle();
        layoutDone();
      },
      noverlap: () => {
        layout.spread();
        layoutDone();
      },
      circular: () => {
        layout.circular(view.loaded.metrics);
        layoutDone();
      },
      reset: () => actions.layout.setSettings(defaultLayoutSettings(view.graph)),
    },
    layoutSettings: () => layout.settings,
    setFilter: (filter: FilterSpec) => view.dispatch({ type: 'setFilter', filter }),
    setStages: (stages: Stage[]) => {
      view.dispatch({ type: 'setStages', stages });
      frameStaged();
    },
    setChanges: (since: string | null) => view.dispatch({ type: 'setChanges', since }),
    setAppearance: (appearance: Appearance) => view.dispatch({ type: 'setAppearance', appearance }),
    select: (selection) => select(selection),
  };

  let searchBox = createSearchBox(buildSearchIndex(view.graph), (node) => select({ kind: 'node', id: node }), lang);
  element('search').replaceChildren(searchBox.element);
  const table = createTablePanel(element('table'), element('table-toggle'), {
    select: (selection) => select(selection),
    download,
    dispatch: (action) => view.dispatch(action),
    state: () => view.state.table,
  });
  function panels(): void {
    renderPanels(view, actions, table);
  }

  installGhostLayer(sigma, () => view.changes());
  // Shift + drag: the nodes in the rectangle become a group stage.
  installRectangleSelect(
    sigma,
    container,
    (nodes) => nodes.length > 0 && actions.setStages([...view.state.stages, { kind: 'group', nodes }]),
  );
  const hover = (node: string | null) => {
    container.style.cursor = node === null ? '' : 'pointer';
    view.dispatch({ type: 'hover', node });
  };
  sigma.on('enterNode', ({ node }) => hover(node));
  sigma.on('leaveNode', () => hover(null));
  sigma.on('enterEdge', () => (container.style.cursor = 'pointer'));
  sigma.on('leaveEdge', () => (container.style.cursor = ''));
  sigma.on('clickNode', ({ node }) => select({ kind: 'node', id: node }, false));
  sigma.on('clickEdge', ({ edge }) => select({ kind: 'edge', id: edge }, false));
  sigma.on('clickStage', () => select(null, false));
  acceptDrops(element('app'), (file) => void openFile(file));

  panels();
  const { stages, selection } = view.state;
  if (stages.length) frameStaged();
  else if (selection?.kind === 'node' && view.graph.hasNode(selection.id)) focusCamera(selection.id);
  watchRebuilds(graphUrl, fetched.version, element('rebuilt'), () => view.state.lang);
}

void main();
