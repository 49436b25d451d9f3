import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

// Tags starting with `logprob-` are custom elements, not Vue components. Relative asset URLs: the
// e2e spec serves the build under a path of the demo server's origin.
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('logprob-') } } })],
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022' },
  logLevel: 'warn',
});
