import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { isBlocksFile } from '../robot/blocks/blocks-file.ts';
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
import { MAX_SOURCE_CHARS } from '../robot/program/index.ts';
import {
  builtinWorld,
  builtinWorldIds,
  parseWorld,
  type WorldSpec,
} from '../simulator/world/index.ts';
import type { ValueRule } from './verb-spec.ts';
import './texts/cli-phrases.ts';

/** One stream a verb writes to. */
export interface CliStream {
  write(text: string): unknown;
  isTTY?: boolean;
}

/**
 * Where a verb writes; tests pass in-memory streams. main.ts hands verbs these streams
 * through visibleIo (cli/visible-io.ts), so control characters never reach a terminal.
 */
export interface CliIo {
  stdout: CliStream;
  stderr: CliStream;
}

export { EXIT } from './exit-codes.ts';

/** Largest kit, world or lesson file read, bytes (the biggest shipped one is about 10 KB). */
const MAX_DATA_FILE_BYTES = 4 * 1024 * 1024;

/**
 * Reads a text file of at most `maxBytes`. A missing, unreadable, oversized or binary file,
 * or one that is not a regular file (a FIFO would wait for ever), is FILE_UNREADABLE naming it.
 */
export async function readText(
  file: string,
  format: TextParam,
  maxBytes: number = MAX_DATA_FILE_BYTES,
): Promise<string> {
  const unreadable = (detail: TextParam) =>
    new MekongError('FILE_UNREADABLE', { file, detail, format });
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    // O_NONBLOCK: opening a FIFO with no writer must not wait; fstat then refuses it.
    handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw unreadable(
      code === 'ENOENT'
        ? phrase('noSuchFile')
        : code === 'EISDIR'
          ? phrase('isFolder')
          : String(code ?? error),
    );
  }
  try {
    const info = await handle.stat();
    if (info.isDirectory()) throw unreadable(phrase('isFolder'));
    if (!info.isFile()) throw unreadable(phrase('notRegularFile'));
    if (info.size > maxBytes) {
      throw unreadable(phrase('fileTooLarge', { bytes: info.size, limit: maxBytes }));
    }
    const bytes = await handle.readFile();
    if (bytes.includes(0)) throw unreadable(phrase('binaryFile'));
    return bytes.toString('utf8');
  } catch (error) {
    if (isMekongError(error)) throw error;
    throw unreadable(String((error as NodeJS.ErrnoException).code ?? error));
  } finally {
    await handle.close();
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

/**
 * A student program and its language (from the file extension). A block program becomes
 * the TypeScript the web app shows for it, its comments in `lang`; Blockly loads only then.
 */
export async function loadProgram(
  file: string,
  lang: Lang = 'en',
): Promise<{ source: string; language: 'ts' | 'js'; fileName: string }> {
  if (isBlocksFile(file)) {
    const text = await readText(file, 'JSON', 3 * MAX_SOURCE_CHARS);
    const { blocksToTypeScript } = await import('../robot/blocks/blocks-program.ts');
    return {
      source: blocksToTypeScript(text, file, lang).code,
      language: 'ts',
      fileName: basename(file),
    };
  }
  const ext = extname(file);
  if (ext !== '.ts' && ext !== '.js') {
    throw new MekongError('BAD_OPTION', {
      option: '<program>',
      value: file,
      expected: phrase('programFile'),
    });
  }
  return {
    // UTF-8 takes at most 3 bytes for each UTF-16 unit that compileProgram counts.
    source: await readText(file, phrase('programFormat'), 3 * MAX_SOURCE_CHARS),
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

/** BAD_OPTION for `value` of `option`, saying what `rule` allows. */
export function badOption(option: string, value: string, rule: ValueRule): MekongError {
  const expected =
    rule.type === 'oneOf'
      ? phrase('oneOf', { choices: rule.choices.join(', ') })
      : phrase(rule.type === 'wholeNumber' ? 'wholeNumberRange' : 'numberRange', {
          min: rule.min,
          max: rule.max,
        });
  return new MekongError('BAD_OPTION', { option, value, expected });
}

/** Parses an integer option; BAD_OPTION otherwise. */
export function intOption(option: string, value: string, min: number, max: number): number {
  const n = parseNumber(value);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw badOption(option, value, { type: 'wholeNumber', min, max });
  }
  return n;
}
/** `value` as a number; NaN for an empty or blank value, which Number() would take as 0. */
function parseNumber(value: string): number {
  return value.trim() === '' ? Number.NaN : Number(value);
}
