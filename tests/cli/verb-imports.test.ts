import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * A verb is cli/commands/<verb>.ts and the files in cli/commands/<verb>/. It may import
 * shared code (cli/shared, cli/runtime, cli/io.ts, ...) but never another verb: what two
 * verbs share lives outside both.
 */
const COMMANDS = resolve(import.meta.dirname, '../../cli/commands');

const IMPORT =
  /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? files(path) : /\.(ts|js)$/.test(entry.name) ? [path] : [];
  });
}

/** The verb a file under cli/commands belongs to: `run` for run.ts and run/sim.ts. */
function verbOf(file: string): string {
  return (
    relative(COMMANDS, file)
      .split(/[\\/]/)[0]
      ?.replace(/\.(ts|js)$/, '') ?? ''
  );
}

/** `from → to` for each import of one verb's file from another verb's. */
function crossings(file: string, text: string): string[] {
  return [...text.matchAll(IMPORT)]
    .map((m) => (m[1] ?? m[2]) as string)
    .filter((spec) => spec.startsWith('.'))
    .map((spec) => resolve(dirname(file), spec))
    .filter((target) => !relative(COMMANDS, target).startsWith('..'))
    .filter((target) => verbOf(target) !== verbOf(file))
    .map((target) => `${relative(COMMANDS, file)} → ${relative(COMMANDS, target)}`);
}

describe('verbs', () => {
  it('never import another verb', () => {
    const all = files(COMMANDS);
    expect(all.length).toBeGreaterThan(9);
    expect(all.flatMap((file) => crossings(file, readFileSync(file, 'utf8')))).toEqual([]);
  });

  it('the check sees an import of another verb, static or dynamic (it can fail)', () => {
    const file = join(COMMANDS, 'run', 'lesson.ts');
    const text = [
      "import { lessonKit } from '../grade.ts';",
      "import { EXIT } from '../../io.ts';",
      "import { runSimCommand } from './sim.ts';",
      "const { kitsCommand } = await import('../kits.ts');",
    ].join('\n');
    expect(crossings(file, text)).toEqual([
      `${join('run', 'lesson.ts')} → grade.ts`,
      `${join('run', 'lesson.ts')} → kits.ts`,
    ]);
  });
});
