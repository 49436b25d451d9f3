// Serves axe-core's browser build at /test/axe-core.js for the accessibility tests, which load it
// as a classic script (it is a UMD file, not an ES module) and call `axe.run()` on the page.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

export function axeCorePlugin() {
  return {
    name: 'axe-core',
    async serve(context) {
      if (context.path !== '/test/axe-core.js') return undefined;
      return { body: await readFile(axePath, 'utf8'), type: 'js' };
    },
  };
}
