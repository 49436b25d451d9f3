import { readdir, readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';

// The core and the trainer must run in browsers and Workers: no Node built-ins, no hono.
const PURE_FOLDERS = ['.', 'train'];

describe('pure core', () => {
  it('imports no Node built-ins and no hono outside src/node, src/cli, src/bench and src/openai', async () => {
    const offenders: string[] = [];
    for (const folder of PURE_FOLDERS) {
      const url = new URL(`${folder}/`, import.meta.url);
      for (const name of await readdir(url)) {
        if (!name.endsWith('.ts') || name.endsWith('.test.ts')) continue;
        const source = await readFile(new URL(name, url), 'utf8');
        if (/from ['"](node:|hono|fs['"/]|path['"]|os['"])/.test(source)) offenders.push(`${folder}/${name}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});
