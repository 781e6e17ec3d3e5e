import { MekongError } from '../../robot/errors.ts';
import { phrase } from '../../robot/i18n/localize.ts';
import { FORMATS_DIR, type Format, jsonFiles, parseFormat } from './format-files.ts';
import lineRace from './line-race/format.json' with { type: 'json' };
import lineRaceWorld from './line-race/world.json' with { type: 'json' };
import maze from './maze/format.json' with { type: 'json' };
import mazeWorld from './maze/world.json' with { type: 'json' };
import sumo from './sumo/format.json' with { type: 'json' };
import sumoWorld from './sumo/world.json' with { type: 'json' };

/** The builtin formats' files by format id (bundled, so the web app has them too). */
const BUILTIN: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {
  'line-race': { 'format.json': lineRace, 'world.json': lineRaceWorld },
  maze: { 'format.json': maze, 'world.json': mazeWorld },
  sumo: { 'format.json': sumo, 'world.json': sumoWorld },
};

/** Ids of the builtin formats. */
export function builtinFormatIds(): string[] {
  return Object.keys(BUILTIN);
}

/** A builtin format by id, or undefined. */
export function builtinFormat(id: string): Format | undefined {
  const files = Object.hasOwn(BUILTIN, id) ? BUILTIN[id] : undefined;
  if (!files) return undefined;
  const where = `${FORMATS_DIR}/${id}`;
  return parseFormat(where, jsonFiles(where, files));
}

/** The builtin format `id`; BAD_OPTION listing the others when there is none. */
export function findBuiltinFormat(id: string): Format {
  const format = builtinFormat(id);
  if (format) return format;
  throw new MekongError('BAD_OPTION', {
    option: '<format>',
    value: id,
    expected: phrase('formatChoice', { formats: builtinFormatIds().join(', ') }),
  });
}
