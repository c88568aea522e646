import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The server serves dist/index.html under a strict nonce-based CSP (no inline scripts or styles,
 * fonts only from 'self'), so nothing may be inlined: not even small assets as data: URLs.
 */
export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    assetsInlineLimit: 0,
  },
  server: {
    proxy: {
      '/api': 'http://localhost:3000',
    },
  },
});
