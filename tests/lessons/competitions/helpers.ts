import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadQuickJs } from '../../../cli/quickjs-node.ts';
import type { Format } from '../../../lessons/competitions/format-files.ts';
import { findBuiltinFormat } from '../../../lessons/competitions/formats.ts';
import type { Competitor } from '../../../lessons/competitions/match.ts';
import {
  type Competition,
  playInThisThread,
  runCompetition,
} from '../../../lessons/competitions/tournament.ts';
import { getKit, type Kit } from '../../../robot/index.ts';

export const EXAMPLES = join(import.meta.dirname, '../../../examples/competitions');
const LESSONS = join(import.meta.dirname, '../../../lessons');

/** Programs that must lose whatever they meet, with the reason. */
export const HOSTILE = {
  'throws.ts': "robot.drive(60, 60);\nawait robot.wait(300);\nthrow new Error('boom');\n",
  'busy-loop.ts': 'robot.drive(60, 60);\nlet n = 0;\nfor (;;) n++;\n',
  'memory-hog.ts':
    'robot.drive(60, 60);\nconst all = [];\nfor (;;) all.push(new Float64Array(1000000));\n',
} as const;

/** An example program of `format` (examples/competitions/<format>/<name>.ts). */
export function example(format: string, name: string): Competitor {
  return competitor(`${name}.ts`, readFileSync(join(EXAMPLES, format, `${name}.ts`), 'utf8'));
}

/** A lesson's reference solution (lessons/<folder>/solution.ts), as `name`. */
export function solution(folder: string, name = `${folder}.ts`): Competitor {
  return competitor(name, readFileSync(join(LESSONS, folder, 'solution.ts'), 'utf8'));
}

/** The line race lesson's solution (fast), and the same with less power on the straights. */
export function racers(): { fast: Competitor; steady: Competitor } {
  const fast = solution('07-line-race', 'fast.ts');
  const steady = { ...fast, program: 'steady.ts', fileName: 'steady.ts' };
  steady.source = fast.source.replace('const BASE = 75;', 'const BASE = 50;');
  if (steady.source === fast.source) throw new Error('the line race solution changed');
  return { fast, steady };
}

export function competitor(program: string, source: string, kit = 'l298n-2wd'): Competitor {
  return { program, source, language: 'ts', fileName: program, kit };
}

export function kitsOf(competitors: readonly Competitor[]): Record<string, Kit> {
  return Object.fromEntries(competitors.map((c) => [c.kit, getKit(c.kit)]));
}

/** A whole competition played in this thread, on the format's default seeds. */
export async function compete(
  formatId: string | Format,
  competitors: Competitor[],
  extra: { bracket?: boolean; seeds?: number[] } = {},
): Promise<Competition> {
  const format = typeof formatId === 'string' ? findBuiltinFormat(formatId) : formatId;
  const quickjs = await loadQuickJs();
  return runCompetition({
    format,
    competitors,
    kits: kitsOf(competitors),
    seeds: extra.seeds ?? Array.from({ length: format.seeds }, (_, i) => i + 1),
    ...(extra.bracket ? { bracket: true } : {}),
    play: playInThisThread({ quickjs, now: () => performance.now() }),
  });
}
