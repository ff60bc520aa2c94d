import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/** The viewer builds to viewer/dist with relative asset paths, so any static server (or `relata view`) can host it. */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1024,
  },
});
