import { MekongError } from '../../robot/errors.ts';
import { phrase, type TextParam } from '../../robot/i18n/localize.ts';
import { parseWithSchema } from '../../robot/validate.ts';
import { parseWorld } from '../../simulator/world/load-world.ts';
import type { WorldSpec } from '../../simulator/world/world-schema.ts';
import { listedKit } from '../lesson-files.ts';
import { type FormatManifest, formatManifestSchema } from './format-schema.ts';
import '../texts/lesson-phrases.ts';
import './texts/compete-phrases.ts';

/** A competition format, checked and ready to run: its manifest with the world it names. */
export type Format = Omit<FormatManifest, 'world'> & {
  /** The world file's name in the format folder. */
  worldFile: string;
  world: WorldSpec;
};

/** Reads one JSON file of a format folder, by name; FILE_UNREADABLE when it cannot. */
export type ReadJson = (name: string) => unknown;

/** A ReadJson over files already in memory, as parsed JSON values by name. */
export function jsonFiles(where: string, files: Readonly<Record<string, unknown>>): ReadJson {
  return (name) => {
    if (!Object.hasOwn(files, name)) {
      throw new MekongError('FILE_UNREADABLE', {
        file: `${where}/${name}`,
        detail: phrase('noSuchFile'),
        format: 'JSON',
      });
    }
    return files[name];
  };
}

/** Where the builtin formats live, as error messages name them. */
export const FORMATS_DIR = 'lessons/competitions';

function invalid(file: string, path: string, problem: TextParam, expected: TextParam): MekongError {
  return new MekongError('FILE_INVALID', { file, path, problem, expected });
}

/**
 * Checks and assembles the format in folder `where` (its path as people read it) from its
 * JSON files. Any problem is FILE_INVALID or FILE_UNREADABLE naming the file and the field.
 */
export function parseFormat(where: string, readJson: ReadJson): Format {
  const at = (name: string) => `${where}/${name}`;
  const file = at('format.json');
  const manifest = parseWithSchema(
    formatManifestSchema,
    readJson('format.json'),
    file,
    'lessons/competitions/sumo/format.json',
  );
  const folder = where.split(/[\\/]/).filter(Boolean).at(-1) ?? where;
  if (folder !== manifest.id) {
    throw invalid(
      file,
      'id',
      phrase('formatFolderMismatch', { id: manifest.id, folder }),
      phrase('nameFormatFolder'),
    );
  }
  manifest.kits.forEach((id, i) => {
    listedKit(id, file, `kits[${i}]`);
  });
  const world = parseWorld(readJson(manifest.world), at(manifest.world));
  checkReferences(manifest, world, file);
  const { world: worldFile, ...rest } = manifest;
  return { ...rest, worldFile, world };
}

/** The rules may only name lines and zones the world has. */
function checkReferences(manifest: FormatManifest, world: WorldSpec, file: string): void {
  const rules = manifest.rules;
  if (rules.kind !== 'time-trial') return;
  const { finish } = rules;
  if (finish.type === 'zone') {
    if (!world.zones.some((z) => z.id === finish.zone)) {
      const ids = world.zones.map((z) => z.id);
      throw invalid(
        file,
        'rules.finish.zone',
        phrase('unknownZone', { zone: finish.zone, world: manifest.world }),
        ids.length > 0
          ? phrase('zonesIn', { world: manifest.world, zones: ids.join(', ') })
          : phrase('addZone', { world: manifest.world }),
      );
    }
    return;
  }
  const line = world.lines[finish.line];
  if (!line) {
    throw invalid(
      file,
      'rules.finish.line',
      phrase('noSuchLine', {
        line: finish.line,
        world: manifest.world,
        count: world.lines.length,
      }),
      phrase('linesFromZero'),
    );
  }
  if (!line.closed) {
    throw invalid(
      file,
      'rules.finish.line',
      phrase('lineNotClosed', { world: manifest.world }),
      phrase('lapNeedsClosedLine'),
    );
  }
}
