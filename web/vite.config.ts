import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const webRoot = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: webRoot,
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The initial bundle must stay under 300 KB gzipped: report anything that grows past it.
    chunkSizeWarningLimit: 300,
  },
  server: {
    // The client imports types and pure helpers from ../src (shared with the server).
    fs: { allow: [fileURLToPath(new URL('..', import.meta.url))] },
    proxy: { '/api': { target: 'http://127.0.0.1:3000', ws: true } },
  },
});
