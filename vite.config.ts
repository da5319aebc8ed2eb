import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { renderer } from './electron.config.js';

// Relative base so the same build loads from the backend in a browser tab and in the Electron window.
export default defineConfig({
  root: renderer.root,
  base: './',
  plugins: [react()],
  build: {
    outDir: `../${renderer.outDir}`,
    emptyOutDir: true,
    chunkSizeWarningLimit: 8000,
  },
});
