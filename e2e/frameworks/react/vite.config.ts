import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Relative asset URLs: the e2e spec serves the build under a path of the demo server's origin.
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022' },
  logLevel: 'warn',
});
