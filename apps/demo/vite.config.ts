import { defineConfig } from 'vite';

// The page is static: Node (server/main.ts) and Workers (wrangler.jsonc `assets`) serve `dist/client`.
export default defineConfig({
  build: {
    outDir: 'dist/client',
    emptyOutDir: true,
    target: 'es2022',
  },
  server: {
    // `vite` alone (dev) forwards the API to a running `npm start`.
    proxy: {
      '/v1': 'http://127.0.0.1:8787',
      '/openai': 'http://127.0.0.1:8787',
      '/healthz': 'http://127.0.0.1:8787',
    },
  },
});
