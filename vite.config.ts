import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'renderer',
  // Relative asset URLs work under app://frontdesk/ and under the web bridge alike.
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    // Loaded from disk, not a network: one bundle is fine.
    chunkSizeWarningLimit: 2000,
  },
});
