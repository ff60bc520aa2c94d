import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * The viewer builds to viewer/dist with relative asset paths, so any static server (or
 * `relata view`) can host it. graphology-gexf's and graphology-graphml's main entries are for
 * Node (xmldom); the browser build takes their browser endpoints, which use the DOM's parser.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  resolve: {
    alias: [
      { find: /^graphology-gexf$/, replacement: 'graphology-gexf/browser' },
      { find: /^graphology-graphml$/, replacement: 'graphology-graphml/browser' },
    ],
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1024,
  },
});
