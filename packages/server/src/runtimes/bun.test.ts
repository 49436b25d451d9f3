import { installedBinary } from '../../test/runtime-process.js';
import { describeRuntimeEntry } from '../../test/runtime-entry-suite.js';

// The real Bun binary from the `bun` npm package runs this entry's source (Bun compiles
// TypeScript and maps `.js` specifiers onto `.ts` files itself), so no build has to run first.
describeRuntimeEntry({
  name: 'Bun',
  command: installedBinary('bun'),
  args: ['src/runtimes/bun.ts'],
});
