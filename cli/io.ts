import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import {
  getKit,
  isMekongError,
  type Kit,
  type Lang,
  MekongError,
  parseJsonText,
  parseKit,
  phrase,
  type TextParam,
} from '../robot/index.ts';
import {
  builtinWorld,
  builtinWorldIds,
  parseWorld,
  type WorldSpec,
} from '../simulator/world/index.ts';
import './texts/cli-phrases.ts';

/** Where a verb writes; tests pass in-memory streams. */
export interface CliIo {
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown; isTTY?: boolean };
}

/** Exit codes of every verb. */
export const EXIT = { ok: 0, programFailed: 1, badInput: 2 } as const;

/** Reads a text file; a missing or unreadable file is FILE_UNREADABLE naming it. */
export async function readText(file: string, format: TextParam): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new MekongError('FILE_UNREADABLE', {
      file,
      detail:
        code === 'ENOENT'
          ? phrase('noSuchFile')
          : code === 'EISDIR'
            ? phrase('isFolder')
            : String(code ?? error),
      format,
    });
  }
}

/** A kit by builtin id, or from a kit file when `idOrFile` ends in .json. */
export async function loadKit(idOrFile: string): Promise<Kit> {
  if (extname(idOrFile) !== '.json') return getKit(idOrFile);
  return parseKit(parseJsonText(await readText(idOrFile, 'JSON'), idOrFile), idOrFile);
}

/** A world by builtin id, or from a world file. */
export async function loadWorld(idOrFile: string): Promise<WorldSpec> {
  const builtin = builtinWorld(idOrFile);
  if (builtin) return builtin;
  if (extname(idOrFile) !== '.json') {
    throw new MekongError('BAD_OPTION', {
      option: '--world',
      value: idOrFile,
      expected: phrase('worldChoice', { worlds: builtinWorldIds().join(', ') }),
    });
  }
  return parseWorld(parseJsonText(await readText(idOrFile, 'JSON'), idOrFile), idOrFile);
}

/** A student program and its language (from the file extension). */
export async function loadProgram(
  file: string,
): Promise<{ source: string; language: 'ts' | 'js'; fileName: string }> {
  const ext = extname(file);
  if (ext !== '.ts' && ext !== '.js') {
    throw new MekongError('BAD_OPTION', {
      option: '<program>',
      value: file,
      expected: phrase('programFile'),
    });
  }
  return {
    source: await readText(file, phrase('programFormat')),
    language: ext === '.ts' ? 'ts' : 'js',
    fileName: basename(file),
  };
}

/** Prints a MekongError (message and what to do) in `lang`; anything else is a bug and rethrown. */
export function printError(io: CliIo, error: unknown, lang: Lang): void {
  if (!isMekongError(error)) throw error;
  const { message, suggestion } = error.text(lang);
  io.stderr.write(`error [${error.code}]: ${message}\n  → ${suggestion}\n`);
}

/** Parses an integer option; BAD_OPTION otherwise. */
export function intOption(option: string, value: string, min: number, max: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new MekongError('BAD_OPTION', {
      option,
      value,
      expected: phrase('wholeNumberRange', { min, max }),
    });
  }
  return n;
}

/** Parses a number option; BAD_OPTION otherwise. */
export function numberOption(option: string, value: string, min: number, max: number): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < min || n > max) {
    throw new MekongError('BAD_OPTION', {
      option,
      value,
      expected: phrase('numberRange', { min, max }),
    });
  }
  return n;
}

/** Checks a choice option; BAD_OPTION lists the choices. */
export function choiceOption<T extends string>(
  option: string,
  value: string,
  choices: readonly T[],
): T {
  if (!(choices as readonly string[]).includes(value)) {
    throw new MekongError('BAD_OPTION', {
      option,
      value,
      expected: phrase('oneOf', { choices: choices.join(', ') }),
    });
  }
  return value as T;
}
