import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The layering rule (docs/architecture.md): imports point downward,
 *   entry points (the CLI in cli/, the web app in simulator/app)
 *   → classroom hub (cli/hub: HTTP API, database, grading queue)
 *   → Node runtime (cli/runtime: TypeScript hooks, lessons from disk, grading threads)
 *   → lessons/competitions → lessons → simulator/world | simulator/render | firmware-bridge → robot.
 * Competitions sit at the lessons layer (they grade programs in worlds) and reuse the lessons'
 * checks and reports; the rest of lessons/ never imports them.
 * The emulator (firmware-bridge/emulator) wires a board's pins to a body of the world.
 * A file belongs to the layer with the longest matching folder.
 */
const ROOT = resolve(import.meta.dirname, '..');

interface Layer {
  folder: string;
  mayImport: string[];
  /** Folders below `mayImport` entries that stay out of reach (a layer above inside them). */
  mayNotImport?: string[];
  noPackages?: RegExp;
}

/** What a person starts: each may use every layer below it, and no other entry point. */
const ENTRY_POINTS: Layer[] = [
  { folder: 'cli', mayImport: ['robot', 'simulator/world', 'firmware-bridge', 'lessons', 'cli'] },
  // firmware-bridge: the hardware robot in the page (robot-link/, loaded on connect).
  { folder: 'simulator/app', mayImport: ['robot', 'simulator', 'lessons', 'firmware-bridge'] },
];

/** What the Node runtime may use; the hub above it uses the same and itself. */
const NODE_RUNTIME_MAY_IMPORT = [
  'robot',
  'simulator/world',
  'firmware-bridge',
  'lessons',
  'cli/runtime',
  'cli/texts',
];

const LAYERS: Layer[] = [
  ...ENTRY_POINTS,
  {
    // The classroom hub: HTTP API, database, grading queue (above the Node runtime).
    folder: 'cli/hub',
    mayImport: [...NODE_RUNTIME_MAY_IMPORT, 'cli/hub'],
  },
  {
    folder: 'cli/runtime',
    mayImport: NODE_RUNTIME_MAY_IMPORT,
  },
  {
    folder: 'lessons/competitions',
    mayImport: ['robot', 'simulator/world', 'lessons'],
    noPackages: /^(node:|three)/,
  },
  {
    folder: 'lessons',
    mayImport: ['robot', 'simulator/world', 'firmware-bridge', 'lessons'],
    mayNotImport: ['lessons/competitions'],
  },
  {
    folder: 'firmware-bridge/emulator',
    mayImport: ['robot', 'firmware-bridge', 'simulator/world'],
  },
  { folder: 'firmware-bridge', mayImport: ['robot', 'firmware-bridge'] },
  {
    folder: 'simulator/render',
    mayImport: ['robot', 'simulator/world', 'simulator/render'],
    noPackages: /^node:/,
  },
  {
    folder: 'simulator/world',
    mayImport: ['robot', 'simulator/world'],
    noPackages: /^(node:|three)/,
  },
  {
    folder: 'robot',
    mayImport: ['robot'],
    noPackages: /^(node:|three|fs$|path$|serialport|johnny-five)/,
  },
];

function sourceFiles(dir: string): string[] {
  let out: string[] = [];
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return out;
  }
  for (const name of entries) {
    if (name === 'node_modules' || name === 'build' || name === 'dist') continue;
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out = out.concat(sourceFiles(full));
    else if (/\.(ts|js|mjs)$/.test(name) && !name.endsWith('.d.ts')) out.push(full);
  }
  return out;
}

const IMPORT =
  /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g;

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(IMPORT)].map((m) => (m[1] ?? m[2] ?? m[3]) as string);
}

const under = (path: string, folder: string) => path === folder || path.startsWith(`${folder}/`);

function layerOf(file: string): Layer | undefined {
  const rel = relative(ROOT, file).split('\\').join('/');
  const matches = LAYERS.filter((l) => under(rel, l.folder));
  return matches.sort((a, b) => b.folder.length - a.folder.length)[0];
}

/** Whether a file of `layer` may import the repository path `target`. */
function allows(layer: Layer, target: string): boolean {
  return (
    layer.mayImport.some((folder) => under(target, folder)) &&
    !layer.mayNotImport?.some((folder) => under(target, folder))
  );
}

describe('layering (docs/architecture.md)', () => {
  const files = LAYERS.flatMap((l) => sourceFiles(join(ROOT, l.folder)));
  const unique = [...new Set(files)];

  it('finds the source files it checks', () => {
    expect(unique.length).toBeGreaterThan(20);
    expect(unique.some((f) => f.endsWith(join('robot', 'robot.ts')))).toBe(true);
  });

  it('every import points downward', () => {
    const problems: string[] = [];
    for (const file of unique) {
      const layer = layerOf(file);
      if (!layer) continue;
      for (const spec of importsOf(file)) {
        if (spec.startsWith('.')) {
          const target = relative(ROOT, resolve(dirname(file), spec))
            .split('\\')
            .join('/');
          if (!allows(layer, target))
            problems.push(
              `${relative(ROOT, file)} imports ${target} (${layer.folder} may import ${layer.mayImport.join(', ')})`,
            );
        } else if (layer.noPackages?.test(spec)) {
          problems.push(
            `${relative(ROOT, file)} imports package ${spec}, not allowed in ${layer.folder}`,
          );
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('catches an upward import (the checker itself works)', () => {
    const layer = LAYERS.find((l) => l.folder === 'robot');
    expect(layer?.mayImport.includes('simulator/world')).toBe(false);
    expect(layer?.noPackages?.test('node:fs')).toBe(true);
    const sample =
      'import { World } from "../simulator/world/world.ts";\nconst x = await import("node:fs");';
    expect([...sample.matchAll(IMPORT)].map((m) => m[1] ?? m[2] ?? m[3])).toEqual([
      '../simulator/world/world.ts',
      'node:fs',
    ]);
  });

  it('keeps the rest of lessons/ below lessons/competitions', () => {
    const lessons = layerOf(join(ROOT, 'lessons', 'grade.ts'));
    const competitions = layerOf(join(ROOT, 'lessons', 'competitions', 'match.ts'));
    expect(lessons?.folder).toBe('lessons');
    expect(competitions?.folder).toBe('lessons/competitions');
    if (!lessons || !competitions) return;
    expect(allows(lessons, 'lessons/competitions/match.ts')).toBe(false);
    expect(allows(lessons, 'lessons/checks/evaluate.ts')).toBe(true);
    expect(allows(competitions, 'lessons/checks/evaluate.ts')).toBe(true);
    expect(allows(competitions, 'firmware-bridge/bridge/hardware-robot.ts')).toBe(false);
  });
});
