import { MekongError } from '../errors.ts';
import { parseWithSchema } from '../validate.ts';
import { type Kit, kitSchema } from './kit-schema.ts';
import l298n2wd from './l298n-2wd.json' with { type: 'json' };
import l9110sNano from './l9110s-nano.json' with { type: 'json' };
import mbot from './mbot.json' with { type: 'json' };

export { BOARDS, type BoardId, type BoardInfo, pinNumber } from './boards.ts';
export { DEFAULT_KIT_ID } from './default-kit.ts';
export * from './drive-model.ts';
export * from './kit-schema.ts';

/** Builtin kit files, as data. Adding a kit = a JSON file in this folder + one line here. */
const BUILTIN_KIT_FILES: Readonly<Record<string, unknown>> = {
  'l298n-2wd': l298n2wd,
  'l9110s-nano': l9110sNano,
  mbot,
};

/** Checks a kit profile read from `file`; a bad one throws FILE_INVALID naming the field. */
export function parseKit(data: unknown, file: string): Kit {
  return parseWithSchema(kitSchema, data, file, 'robot/kits/l298n-2wd.json');
}

const cache = new Map<string, Kit>();

/** Every builtin kit, checked. */
export function builtinKits(): Kit[] {
  return Object.keys(BUILTIN_KIT_FILES).map((id) => getKit(id));
}

/** The builtin kit called `id`; UNKNOWN_KIT names the choices. */
export function getKit(id: string): Kit {
  const cached = cache.get(id);
  if (cached) return cached;
  // Own keys only: "constructor" or "__proto__" name no kit.
  const data = Object.hasOwn(BUILTIN_KIT_FILES, id) ? BUILTIN_KIT_FILES[id] : undefined;
  if (data === undefined) {
    throw new MekongError('UNKNOWN_KIT', {
      kit: id,
      choices: Object.keys(BUILTIN_KIT_FILES).join(', '),
    });
  }
  const kit = parseKit(data, `robot/kits/${id}.json`);
  cache.set(id, kit);
  return kit;
}
