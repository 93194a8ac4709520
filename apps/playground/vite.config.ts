import { resolve } from 'node:path';
import { defineConfig } from 'vite';

// Two pages; relative base so dist/ works from any folder or file server, offline.
export default defineConfig({
  base: './',
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    // DuckDB-Wasm's module is ~34 MB by itself; the JS chunks are what this limit is for.
    chunkSizeWarningLimit: 2048,
    rollupOptions: {
      input: {
        index: resolve(import.meta.dirname, 'index.html'),
        editor: resolve(import.meta.dirname, 'editor.html'),
      },
    },
  },
  // The catalog is read from ../../kpis and the engine's pure stages from ../../packages.
  server: { fs: { allow: [resolve(import.meta.dirname, '../..')] } },
  optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
});
