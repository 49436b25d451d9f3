import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildInOrder, startBuildGraph } from './build-for-start.mjs';

const root = fileURLToPath(new URL('../../../', import.meta.url));

describe('startBuildGraph', () => {
  it('follows what each build imports: the element waits for the server and the model its worker bundles', () => {
    const graph = startBuildGraph(root, '@logprob-autocomplete/demo');
    expect(Object.fromEntries([...graph].map(([name, needs]) => [name, [...needs].sort()]))).toEqual({
      '@logprob-autocomplete/demo': ['@logprob-autocomplete/ngram', '@logprob-autocomplete/protocol', '@logprob-autocomplete/server', 'logprob-autocomplete'],
      '@logprob-autocomplete/ngram': ['@logprob-autocomplete/find-chromium', '@logprob-autocomplete/protocol'],
      '@logprob-autocomplete/protocol': [],
      '@logprob-autocomplete/server': ['@logprob-autocomplete/ngram', '@logprob-autocomplete/protocol'],
      '@logprob-autocomplete/find-chromium': [],
      'logprob-autocomplete': ['@logprob-autocomplete/find-chromium', '@logprob-autocomplete/ngram', '@logprob-autocomplete/protocol', '@logprob-autocomplete/server'],
    });
  });
});

describe('buildInOrder', () => {
  const graph = new Map([
    ['demo', ['server', 'element']],
    ['model', []],
    ['protocol', []],
    ['server', ['model', 'protocol']],
    ['element', ['protocol']],
  ]);

  it('starts each package once its needs are built, at most two at once', async () => {
    const events = [];
    let running = 0;
    let most = 0;
    const pending = new Map();
    const build = (name) =>
      new Promise((resolve) => {
        running += 1;
        most = Math.max(most, running);
        events.push(`start ${name}`);
        pending.set(name, () => { running -= 1; events.push(`end ${name}`); resolve(); });
      });
    const done = buildInOrder(graph, build, 2);
    // Finish builds in an order that tests the scheduling: protocol first, the model last.
    for (const name of ['protocol', 'element', 'model', 'server', 'demo']) {
      await expect.poll(() => pending.has(name)).toBe(true);
      pending.get(name)();
    }
    await done;
    expect(most).toBe(2);
    expect(events.slice(0, 2)).toEqual(['start model', 'start protocol']);
    // The element builds while the model is still building.
    expect(events.indexOf('start element')).toBeLessThan(events.indexOf('end model'));
    for (const [name, needs] of graph) for (const need of needs) expect(events.indexOf(`end ${need}`)).toBeLessThan(events.indexOf(`start ${name}`));
  });

  it('rejects with the first failure', async () => {
    const build = (name) => (name === 'protocol' ? Promise.reject(new Error('protocol failed')) : Promise.resolve());
    await expect(buildInOrder(graph, build, 2)).rejects.toThrow('protocol failed');
  });
});
