// Build of the three Electron bundles: main (ESM, deps external), preload (one self-contained CommonJS
// file, because a sandboxed preload can only `require('electron')`), renderer (React, relative base so
// it loads under the `baton://` scheme). Vite 8 names the bundler options `rolldownOptions`.
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

const root = import.meta.dirname;

export default defineConfig({
  main: {
    build: {
      outDir: resolve(root, 'out/main'),
      externalizeDeps: true,
      lib: { entry: resolve(root, 'src/main/electron/index.ts'), formats: ['es'] },
      rolldownOptions: { output: { entryFileNames: '[name].js' } },
    },
  },
  preload: {
    build: {
      outDir: resolve(root, 'out/preload'),
      // Sandboxed preloads get a `require` that knows only a few Electron modules: bundle zod and the
      // contract into the file instead of leaving them as `require('zod')`.
      externalizeDeps: false,
      lib: { entry: resolve(root, 'src/preload/index.ts'), formats: ['cjs'] },
      rolldownOptions: {
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs', codeSplitting: false },
      },
    },
  },
  renderer: {
    root: resolve(root, 'src/renderer'),
    base: './',
    plugins: [react()],
    build: {
      outDir: resolve(root, 'out/renderer'),
      emptyOutDir: true,
      minify: true,
      sourcemap: false,
      rolldownOptions: { input: resolve(root, 'src/renderer/index.html') },
    },
  },
});
