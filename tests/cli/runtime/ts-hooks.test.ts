import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { load } from '../../../cli/runtime/ts-hooks.js';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const run = promisify(execFile);

function tsFile(text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'mekong-hooks-')), 'sample.ts');
  writeFileSync(path, text);
  return pathToFileURL(path).href;
}

const refuse = async () => {
  throw new Error('nextLoad should not be called for a .ts file');
};

describe('the TypeScript module hooks', () => {
  it('turn a .ts file into an ES module without keepNames wrappers', async () => {
    const url = tsFile(
      'export const twice = (n: number): number => n * 2;\nexport function f(this: void) { return () => 1; }\n',
    );
    const result = await load(url, {}, refuse);
    expect(result.format).toBe('module');
    const code = String(result.source);
    expect(code).toContain('export');
    expect(code).not.toContain(': number');
    // keepNames would wrap each function expression in a __name() call at every evaluation.
    expect(code).not.toContain('__name');
    expect(code).toContain('sourceMappingURL=data:application/json');
  });

  it('serve an edited file fresh, never a stale cached copy', async () => {
    const url = tsFile('export const answer: number = 1;\n');
    const first = String((await load(url, {}, refuse)).source);
    expect(String((await load(url, {}, refuse)).source)).toBe(first);
    writeFileSync(fileURLToPath(url), 'export const answer: number = 2;\n');
    const edited = String((await load(url, {}, refuse)).source);
    expect(edited).toContain('answer = 2');
    expect(edited).not.toContain('answer = 1');
  });

  it('hand every other file to the next loader', async () => {
    const seen: string[] = [];
    const next = async (url: string) => {
      seen.push(url);
      return { format: 'module', source: '' };
    };
    await load('file:///x/y.js', {}, next);
    await load('node:fs', {}, next);
    expect(seen).toEqual(['file:///x/y.js', 'node:fs']);
  });

  it('let the installed `mekong` command run a TypeScript verb', async () => {
    const { stdout } = await run(
      process.execPath,
      ['cli/mekong.js', 'run', 'examples/square.ts', '--sim', '--realism', 'ideal', '--json'],
      { cwd: ROOT },
    );
    const json = JSON.parse(stdout) as { ok: boolean; output: string[] };
    expect(json.ok).toBe(true);
    expect(json.output).toHaveLength(4);
  });
});
