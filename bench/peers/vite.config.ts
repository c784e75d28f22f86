import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/** The peers bench's pages, built like the app's renderer (production React, one bundle each). */
const here = fileURLToPath(new URL('.', import.meta.url));
export const PAGES = ['bound', 'fc6', 'fc7', 'frontdesk'] as const;
export const OUT_DIR = `${here}dist`;

export default defineConfig({
  root: here,
  base: './',
  plugins: [react()],
  logLevel: 'warn',
  build: {
    outDir: OUT_DIR,
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 4000,
    rollupOptions: { input: Object.fromEntries(PAGES.map((p) => [p, `${here}${p}.html`])) },
  },
});
