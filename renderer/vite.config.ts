// Builds the renderer into dist/renderer for both hosts: relative asset paths (base './') so the
// same files load from app://scrutineer/ and the loopback web host; nothing inline, nothing remote.
import { defineConfig } from 'vite';

export default defineConfig({
  root: __dirname,
  base: './',
  publicDir: false,
  esbuild: { jsx: 'automatic' },
  build: {
    outDir: `${__dirname}/../dist/renderer`,
    emptyOutDir: true,
    sourcemap: false,
    modulePreload: { polyfill: false },
    // Keep every asset a file: an inlined data: URL would be one more thing to audit.
    assetsInlineLimit: 0,
  },
});
