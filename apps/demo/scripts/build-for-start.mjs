// What `npm start` builds, and in what order: the workspace packages the demo needs, each as soon
// as the packages its build imports are built, two at a time. A build imports a package's
// `dependencies` and, for the element, two devDependencies: its model worker bundles the server's
// embedded pipeline and the n-gram model. So both kinds count; the test-only finder is tiny and
// builds beside the model. Each package is still built (and cached) by turbo.
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The workspace packages `target` needs, each with the workspace packages its build imports
 * (`dependencies` and `devDependencies`).
 *
 * @example
 * startBuildGraph(root, '@logprob-autocomplete/demo');
 * // Map { '@logprob-autocomplete/protocol' => [], ..., '@logprob-autocomplete/demo' => [...] }
 */
export function startBuildGraph(root, target) {
  const manifests = new Map();
  for (const folder of ['packages', 'apps']) {
    for (const name of readdirSync(join(root, folder))) {
      const file = join(root, folder, name, 'package.json');
      if (!existsSync(file)) continue;
      const manifest = JSON.parse(readFileSync(file, 'utf8'));
      manifests.set(manifest.name, manifest);
    }
  }
  const graph = new Map();
  const visit = (name) => {
    if (graph.has(name)) return;
    const manifest = manifests.get(name);
    const needs = Object.keys({ ...manifest?.dependencies, ...manifest?.devDependencies }).filter((dependency) => manifests.has(dependency));
    graph.set(name, needs);
    needs.forEach(visit);
  };
  visit(target);
  return graph;
}

/**
 * Runs `build(name)` for every package of the graph once its needs are built, at most
 * `concurrency` at once; rejects on the first failure.
 *
 * @example
 * await buildInOrder(startBuildGraph(root, '@logprob-autocomplete/demo'), (name) => turboBuild(root, name));
 */
export function buildInOrder(graph, build, concurrency = 2) {
  const done = new Set();
  const started = new Set();
  let running = 0;
  return new Promise((resolve, reject) => {
    let failed = false;
    const next = () => {
      if (failed) return;
      if (done.size === graph.size) {
        resolve();
        return;
      }
      for (const [name, needs] of graph) {
        if (running >= concurrency) break;
        if (started.has(name) || !needs.every((need) => done.has(need))) continue;
        started.add(name);
        running += 1;
        build(name).then(
          () => {
            running -= 1;
            done.add(name);
            next();
          },
          (error) => {
            failed = true;
            reject(error);
          },
        );
      }
    };
    next();
  });
}

/**
 * Builds one package with turbo (`--only`: its dependencies are built already), so the build is
 * cached exactly as `npm run build` caches it. Resolves with its output; rejects with it.
 *
 * @example
 * await turboBuild(root, '@logprob-autocomplete/protocol');
 */
export function turboBuild(root, name) {
  const turbo = join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'turbo.cmd' : 'turbo');
  return new Promise((resolve, reject) => {
    const output = [];
    const child = spawn(turbo, ['run', 'build', `--filter=${name}`, '--only', '--output-logs=errors-only'], {
      cwd: root,
      env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1', TURBO_NO_UPDATE_NOTIFIER: '1', FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
      shell: process.platform === 'win32',
    });
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const text = Buffer.concat(output).toString();
      if (code === 0) resolve(text);
      else reject(Object.assign(new Error(`building ${name} failed (exit code ${code})`), { output: text, code }));
    });
  });
}
