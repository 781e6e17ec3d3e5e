import { kitHasPart } from '../robot/check-args.ts';
import { MekongError } from '../robot/errors.ts';
import { LANGS, type Lang } from '../robot/i18n/lang.ts';
import { phrase, type TextParam } from '../robot/i18n/localize.ts';
import { getKit } from '../robot/kits/index.ts';
import type { Kit } from '../robot/kits/kit-schema.ts';
import { parseJsonText, parseWithSchema } from '../robot/validate.ts';
import { parseWorld } from '../simulator/world/load-world.ts';
import type { WorldSpec } from '../simulator/world/world-schema.ts';
import { movableIds } from './checks/check-context.ts';
import type { Area, Check } from './checks/check-schema.ts';
import type { AreaNames } from './checks/describe.ts';
import { type LessonManifest, type LessonPart, lessonManifestSchema } from './lesson-schema.ts';
import { type LessonText, parseLessonText } from './lesson-text.ts';
import { STARTER_WORDS_FILE, starterWordsSchema, wordStarter } from './starter-words.ts';
import type { WorldVariation } from './world-variation.ts';
import './texts/lesson-phrases.ts';

/** A lesson, checked and ready to run: manifest, worlds, texts and programs. */
export interface Lesson {
  id: string;
  /** The lesson's number (the folder's two digits); the course order is courseOrder's. */
  order: number;
  /** Id of the lesson this one comes right after in the course, if not by number. */
  after: string | undefined;
  /** The folder name, `NN-<id>`. */
  folder: string;
  title: LessonManifest['title'];
  kits: string[];
  parts: LessonPart[];
  /** The world, then its variants; graded run k uses worlds[k % worlds.length]. */
  worlds: WorldSpec[];
  worldFiles: string[];
  /** How graded runs after the first vary the world; undefined: they do not. */
  vary: WorldVariation | undefined;
  timeLimitMs: number;
  /** Id of the check whose passing ends the run (the mission is complete). */
  endWhen: string | undefined;
  checks: Check[];
  names: AreaNames;
  review: LessonManifest['review'];
  texts: Record<Lang, LessonText>;
  /**
   * The program students start from (TypeScript), per language: the same code, its comments
   * and printed texts in the student's language (`starterFile` names the files, or
   * starter.words.json words starter.ts: see starter-words.ts).
   */
  starter: Record<Lang, string>;
  /**
   * The block program students start from in the block editor (`starter.blocks.json`,
   * Blockly's JSON of a workspace, read by robot/blocks), where the lesson has one.
   */
  starterBlocks: string | undefined;
  /** Where a student starts: the block editor or the code editor. */
  mode: LessonManifest['mode'];
  /** The blocks the lesson introduces (block types), shown in its text in Blocks mode. */
  newBlocks: string[];
  /** The reference solution (TypeScript). */
  solution: string;
}

/** The text files of one lesson folder, by file name. */
export type LessonFiles = Readonly<Record<string, string>>;

/** Where lessons live, as error messages name them. */
export const LESSONS_DIR = 'lessons';

/** The starter file of `lang` in a lesson folder: starter.ts (English), starter.vi.ts, ... */
export function starterFile(lang: Lang): string {
  return lang === 'en' ? 'starter.ts' : `starter.${lang}.ts`;
}

/** Whether `kit` has `part` (robot's, re-exported for lesson code). */
export { kitHasPart };

/** FILE_INVALID: `path` in `file` has `problem`; `expected` says how to fix it (both phrases). */
function invalid(file: string, path: string, problem: TextParam, expected: TextParam): MekongError {
  return new MekongError('FILE_INVALID', { file, path, problem, expected });
}

/** Reads file `name` of `folder` from `files`: FILE_UNREADABLE when it is missing. */
function reader(folder: string, files: LessonFiles) {
  const where = (name: string) => `${LESSONS_DIR}/${folder}/${name}`;
  const read = (name: string, format: string): string => {
    const text = files[name];
    if (text === undefined) {
      throw new MekongError('FILE_UNREADABLE', {
        file: where(name),
        detail: phrase('noSuchFile'),
        format,
      });
    }
    return text;
  };
  return { where, read };
}

/**
 * Checks the manifest (`lesson.json`) of the lesson in folder `folder` alone: enough to
 * list the lesson (the web app loads the rest when it is opened). FILE_INVALID or
 * FILE_UNREADABLE naming the field, as parseLesson.
 */
export function parseLessonManifest(folder: string, files: LessonFiles): LessonManifest {
  const { where, read } = reader(folder, files);
  const manifestFile = where('lesson.json');
  const manifest = parseWithSchema(
    lessonManifestSchema,
    parseJsonText(read('lesson.json', 'JSON'), manifestFile),
    manifestFile,
    'lessons/04-stop-at-wall/lesson.json',
  );
  const expectedFolder = `${String(manifest.order).padStart(2, '0')}-${manifest.id}`;
  if (folder !== expectedFolder) {
    throw invalid(
      manifestFile,
      'id',
      phrase('folderMismatch', { expected: expectedFolder, folder }),
      phrase('nameFolder'),
    );
  }
  return manifest;
}

/**
 * Checks and assembles the lesson in folder `folder` from its files (read by the caller,
 * from disk in Node or bundled in the browser). Any problem is a FILE_INVALID or
 * FILE_UNREADABLE error naming the file and the field.
 */
export function parseLesson(folder: string, files: LessonFiles): Lesson {
  const { where, read } = reader(folder, files);
  const manifestFile = where('lesson.json');
  const manifest = parseLessonManifest(folder, files);
  checkKits(manifest, manifestFile);
  const worldFiles = [manifest.world, ...manifest.variants];
  const worlds = worldFiles.map((name) =>
    parseWorld(parseJsonText(read(name, 'JSON'), where(name)), where(name)),
  );
  manifest.checks.forEach((check, i) => {
    const earlier = manifest.checks.slice(0, i).map((c) => c.id);
    if (check.needs !== undefined && !earlier.includes(check.needs)) {
      throw invalid(
        manifestFile,
        `checks[${i}].needs`,
        phrase('needsUnknown', { id: check.needs }),
        phrase('needsEarlier', { ids: earlier.join(', ') || '–' }),
      );
    }
    worlds.forEach((world, w) => {
      checkReferences(check, `checks[${i}]`, world, worldFiles[w] as string, manifestFile);
    });
  });
  for (const id of Object.keys(manifest.vary?.obstacles ?? {})) {
    worlds.forEach((world, w) => {
      if (world.obstacles.some((ob) => ob.id === id)) return;
      const file = worldFiles[w] as string;
      const ids = world.obstacles.flatMap((ob) => (ob.id === undefined ? [] : [ob.id]));
      throw invalid(
        manifestFile,
        `vary.obstacles.${id}`,
        phrase('unknownObstacle', { id, world: file }),
        phrase('obstacleIds', { world: file, ids: ids.join(', ') }),
      );
    });
  }
  const starterBlocks = files['starter.blocks.json'];
  if (manifest.mode === 'blocks' && starterBlocks === undefined) {
    throw invalid(manifestFile, 'mode', phrase('blocksNeedStarter'), phrase('addBlockStarter'));
  }
  const texts = {} as Record<Lang, LessonText>;
  for (const lang of LANGS) {
    const file = where(`${lang}.md`);
    texts[lang] = parseLessonText(read(`${lang}.md`, 'Markdown'), lang, file);
  }
  return {
    id: manifest.id,
    order: manifest.order,
    after: manifest.after,
    folder,
    title: manifest.title,
    kits: manifest.kits,
    parts: manifest.parts,
    worlds,
    worldFiles,
    vary: manifest.vary,
    timeLimitMs: manifest.timeLimitMs,
    endWhen: manifest.endWhen,
    checks: manifest.checks,
    names: manifest.names,
    review: manifest.review,
    texts,
    starter: readStarters(folder, files),
    starterBlocks,
    mode: manifest.mode,
    newBlocks: manifest.newBlocks,
    solution: read('solution.ts', 'TypeScript'),
  };
}

/** The starter of every language: its own file, or starter.ts in starter.words.json's words. */
function readStarters(folder: string, files: LessonFiles): Record<Lang, string> {
  const { where, read } = reader(folder, files);
  const wordsFile = where(STARTER_WORDS_FILE);
  const words =
    files[STARTER_WORDS_FILE] === undefined
      ? undefined
      : parseWithSchema(
          starterWordsSchema,
          parseJsonText(read(STARTER_WORDS_FILE, 'JSON'), wordsFile),
          wordsFile,
          'lessons/15-fix-the-bugs/starter.words.json',
        );
  const starterOf = (lang: Lang) =>
    words && lang !== 'en'
      ? wordStarter(read(starterFile('en'), 'TypeScript'), words[lang])
      : read(starterFile(lang), 'TypeScript');
  return Object.fromEntries(LANGS.map((lang) => [lang, starterOf(lang)])) as Record<Lang, string>;
}

/** The builtin kit `id` that field `path` of `file` names; FILE_INVALID when there is none. */
export function listedKit(id: string, file: string, path: string): Kit {
  try {
    return getKit(id);
  } catch (error) {
    if (error instanceof MekongError && error.code === 'UNKNOWN_KIT') {
      throw invalid(
        file,
        path,
        phrase('notAKit', { kit: id }),
        phrase('useOneOf', { choices: String(error.params.choices) }),
      );
    }
    throw error;
  }
}

function checkKits(manifest: LessonManifest, file: string): void {
  manifest.kits.forEach((id, i) => {
    const kit = listedKit(id, file, `kits[${i}]`);
    const missing = manifest.parts.find((part) => !kitHasPart(kit, part));
    if (missing) {
      throw invalid(
        file,
        `kits[${i}]`,
        phrase('kitLacksPart', { kit: id, part: missing }),
        phrase('kitsWithParts'),
      );
    }
  });
}

/** A check may only name zones, lines and objects its world has. */
function checkReferences(
  check: Check,
  path: string,
  world: WorldSpec,
  worldFile: string,
  file: string,
): void {
  const closedLine = (index: number, at: string, needs: TextParam) => {
    const line = world.lines[index];
    if (!line) {
      throw invalid(
        file,
        at,
        phrase('noSuchLine', { line: index, world: worldFile, count: world.lines.length }),
        phrase('linesFromZero'),
      );
    }
    if (!line.closed) {
      throw invalid(file, at, phrase('lineNotClosed', { world: worldFile }), needs);
    }
  };
  const zone = (area: Area, at: string) => {
    if (typeof area === 'object' && 'line' in area) {
      closedLine(area.line, `${at}.line`, phrase('areaNeedsClosedLine'));
      return;
    }
    if (typeof area === 'string' && !world.zones.some((z) => z.id === area)) {
      const ids = world.zones.map((z) => z.id);
      throw invalid(
        file,
        at,
        phrase('unknownZone', { zone: area, world: worldFile }),
        ids.length > 0
          ? phrase('zonesIn', { world: worldFile, zones: ids.join(', ') })
          : phrase('addZone', { world: worldFile }),
      );
    }
  };
  switch (check.type) {
    case 'reach-zone':
    case 'avoid-zone':
    case 'signal-in-area':
      zone(check.area, `${path}.area`);
      return;
    case 'draw-shape':
      if (check.area !== undefined) zone(check.area, `${path}.area`);
      return;
    case 'visit-in-order':
      check.areas.forEach((area, i) => {
        zone(area, `${path}.areas[${i}]`);
      });
      return;
    case 'follow-line': {
      const line = world.lines[check.line];
      if (!line) closedLine(check.line, `${path}.line`, phrase('linesFromZero'));
      return;
    }
    case 'lap-time':
      closedLine(check.line, `${path}.line`, phrase('lapNeedsClosedLine'));
      return;
    case 'stay-inside':
      zone(check.area, `${path}.area`);
      return;
    case 'push-out': {
      zone(check.area, `${path}.area`);
      const ids = movableIds(world);
      if (ids.length === 0) {
        throw invalid(
          file,
          path,
          phrase('noMovableObject', { world: worldFile }),
          phrase('addMovableObject'),
        );
      }
      check.objects?.forEach((id, i) => {
        if (!ids.includes(id)) {
          throw invalid(
            file,
            `${path}.objects[${i}]`,
            phrase('notMovable', { id, world: worldFile }),
            phrase('movableObjects', { ids: ids.join(', ') }),
          );
        }
      });
      return;
    }
    default:
      return;
  }
}
