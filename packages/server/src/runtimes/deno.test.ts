import { installedBinary } from '../../test/runtime-process.js';
import { describeRuntimeEntry } from '../../test/runtime-entry-suite.js';

// The real Deno binary from the `deno` npm package runs this entry's source as Deno sees it
// (Deno compiles TypeScript itself; sloppy imports map the `.js` specifiers tsc wants onto the
// `.ts` files), with the permissions the README gives, so no build has to run first.
describeRuntimeEntry({
  name: 'Deno',
  command: installedBinary('deno'),
  args: ['run', '--unstable-sloppy-imports', '--allow-net', '--allow-env', '--allow-read', 'src/runtimes/deno.ts'],
});
