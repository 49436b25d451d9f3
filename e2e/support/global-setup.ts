import type { FullConfig } from '@playwright/test';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { startFailingUpstream } from './failing-upstream.js';
import { freePort } from './free-port.js';
import { spawnServer, type SpawnedServer } from './spawn-server.js';
import { selectedTargets, TARGET_URL_VARIABLE } from './targets.js';

const demoDirectory = fileURLToPath(new URL('../../apps/demo/', import.meta.url));
// The demo's own wrangler (4.86: newer lines refuse Node 20), wherever npm placed it.
const wranglerBin = createRequire(`${demoDirectory}package.json`).resolve('wrangler/bin/wrangler.js');
const DEMO_READY = /logprob-autocomplete demo: (http:\/\/\S+)/;

// The environment a user's shell would have, minus provider settings from the developer's shell,
// so the default servers always use the embedded model.
function cleanEnvironment(extra: Record<string, string>): Record<string, string | undefined> {
  const { OPENAI_API_KEY: _key, OPENAI_BASE_URL: _base, OPENAI_MODEL: _model, ...rest } = process.env;
  return { ...rest, ...extra };
}

/** The `npm start` server (without its build step), on a port the OS picks. */
function startNodeDemo(name: string, extra: Record<string, string> = {}): Promise<SpawnedServer> {
  return spawnServer({
    name,
    command: process.execPath,
    args: ['dist/server/main.js'],
    cwd: demoDirectory,
    // One browser types fast enough to exceed the server's default 120 requests a minute.
    env: cleanEnvironment({ PORT: '0', HOST: '127.0.0.1', RATE_LIMIT_MAX: '0', ...extra }),
    ready: DEMO_READY,
    timeoutMs: 60_000,
  });
}

async function startWorkerd(): Promise<SpawnedServer> {
  const port = await freePort();
  return spawnServer({
    name: 'wrangler dev',
    command: process.execPath,
    args: [wranglerBin, 'dev', '--ip', '127.0.0.1', '--port', String(port), '--inspector-port', String(await freePort()), '--var', 'RATE_LIMIT_MAX:0', '--log-level', 'info'],
    cwd: demoDirectory,
    // No metrics, no update check (the banner's), no cf-object fetch: workerd runs offline.
    env: cleanEnvironment({ WRANGLER_SEND_METRICS: 'false', WRANGLER_HIDE_BANNER: 'true', CLOUDFLARE_CF_FETCH_ENABLED: 'false', CI: '1', NO_COLOR: '1' }),
    ready: /Ready on (http:\/\/\S+)/,
    url: `http://127.0.0.1:${port}`,
    timeoutMs: 90_000,
  });
}

/**
 * Starts every server the selected targets need, in parallel, and stores their URLs in the
 * environment for the workers; the returned function stops them all.
 */
export default async function globalSetup(_config: FullConfig): Promise<() => Promise<void>> {
  const targets = selectedTargets();
  const upstream = await startFailingUpstream();
  const started: SpawnedServer[] = [];
  const track = async (promise: Promise<SpawnedServer>, variable: string) => {
    const server = await promise;
    started.push(server);
    process.env[variable] = server.url;
  };
  const stopAll = async () => {
    await Promise.all(started.map((server) => server.stop()));
    await upstream.stop();
  };
  // allSettled, not all: a server still starting when another fails must be stopped too.
  const results = await Promise.allSettled([
    targets.includes('node')
      ? track(startNodeDemo('node demo'), TARGET_URL_VARIABLE.node).then(() =>
          // Any OpenAI-compatible server will do as an upstream: the first demo's embedded API is one.
          track(
            startNodeDemo('node demo, OpenAI-compatible upstream', { OPENAI_BASE_URL: `${process.env[TARGET_URL_VARIABLE.node] ?? ''}/openai/v1` }),
            TARGET_URL_VARIABLE.compatible,
          ),
        )
      : undefined,
    targets.includes('node')
      ? track(startNodeDemo('node demo, failing upstream', { OPENAI_BASE_URL: upstream.url, OPENAI_API_KEY: 'e2e-test-key' }), TARGET_URL_VARIABLE.failing)
      : undefined,
    targets.includes('workerd') ? track(startWorkerd(), TARGET_URL_VARIABLE.workerd) : undefined,
  ]);
  const failure = results.find((result) => result.status === 'rejected');
  if (failure) {
    await stopAll();
    throw failure.reason;
  }
  return stopAll;
}
