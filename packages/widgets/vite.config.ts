import { defineConfig } from 'vite';

// One ES module with Lit inside, so an intranet page needs a single script tag.
export default defineConfig({
  build: {
    lib: { entry: 'src/index.ts', formats: ['es'], fileName: () => 'widgets.js' },
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2022',
    sourcemap: true,
    minify: true,
    rollupOptions: { output: { inlineDynamicImports: true } },
  },
});
