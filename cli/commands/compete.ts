import { mkdir, stat, writeFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { kitFor } from '../../lessons/competitions/entrants.ts';
import { type Format, jsonFiles, parseFormat } from '../../lessons/competitions/format-files.ts';
import { builtinFormat, findBuiltinFormat } from '../../lessons/competitions/formats.ts';
import type { Competitor } from '../../lessons/competitions/match.ts';
import { buildReplay } from '../../lessons/competitions/replay.ts';
import {
  competitionHeader,
  errorJson,
  matchSummary,
  standingsCsv,
  standingsHtml,
  standingsTable,
  tableText,
} from '../../lessons/competitions/standings-view.ts';
import { competeText } from '../../lessons/competitions/texts/compete-texts.ts';
import {
  type Competition,
  modeOf,
  type PlayedMatch,
  runCompetition,
  type Standing,
} from '../../lessons/competitions/tournament.ts';
import {
  getKit,
  type Kit,
  type Lang,
  MekongError,
  parseJsonText,
  phrase,
} from '../../robot/index.ts';
import { type CliIo, EXIT, readText } from '../io.ts';
import { matchPool } from '../runtime/match-pool.ts';
import { embeddedFontFaces } from '../runtime/report-fonts.ts';
import { collectPrograms, loadEntrant } from '../shared/program-files.ts';
import { checkReportPath, writeReport } from '../shared/report-file.ts';
import type { CompeteOptions } from '../verbs.ts';

/** What `mekong compete --json` prints (and what standings.json beside the replays holds). */
export interface CompeteJson {
  format: string;
  standings: (Omit<Standing, 'error'> & { error: ReturnType<typeof errorJson> })[];
  replays: string[];
}

/** A builtin format by id, or the format in a folder (its format.json and world file). */
async function loadFormat(query: string): Promise<Format> {
  const builtin = builtinFormat(query);
  if (builtin) return builtin;
  const isFolder = await stat(query).then(
    (info) => info.isDirectory(),
    () => false,
  );
  if (!isFolder) return findBuiltinFormat(query);
  const read = async (name: string) => {
    const file = join(query, name);
    return parseJsonText(await readText(file, 'JSON'), file);
  };
  const manifest = await read('format.json');
  const world = (manifest as { world?: unknown }).world;
  const files: Record<string, unknown> = { 'format.json': manifest };
  // The schema checks the name; only a plain file name in the folder is read.
  if (typeof world === 'string' && /^[a-z0-9-]+\.json$/.test(world))
    files[world] = await read(world);
  const where = query.replace(/[\\/]+$/, '');
  return parseFormat(where, jsonFiles(where, files));
}

/** A file name's part for a replay's name: letters, digits and dashes. */
function slug(program: string): string {
  const name = basename(program, extname(program));
  return name.replace(/[^A-Za-z0-9_-]+/g, '-').slice(0, 40) || 'program';
}

function replayName(format: Format, played: PlayedMatch): string {
  const names = played.job.competitors.map((c) => slug(c.program)).join('-vs-');
  return `${format.id}-${String(played.number).padStart(3, '0')}-${names}.json`;
}

function toJson(competition: Competition, replays: string[], lang: Lang): CompeteJson {
  return {
    format: competition.format.id,
    standings: competition.standings.map((row) => ({ ...row, error: errorJson(row.error, lang) })),
    replays,
  };
}

/**
 * `mekong compete <format> <program-or-folder>...`: a whole competition, headless. Every
 * match runs in a worker thread with the hard stop watching (a program that throws, never
 * waits or eats memory loses with the reason, and the others play on); each match writes
 * a replay file. Exit 0 when the competition ran, 2 on bad input.
 */
export async function competeCommand(
  formatQuery: string,
  paths: readonly string[],
  options: CompeteOptions,
  io: CliIo,
  now: () => number,
): Promise<number> {
  const { lang } = options;
  const format = await loadFormat(formatQuery);
  const sumo = format.rules.kind === 'sumo';
  if (options.bracket && !sumo) {
    throw new MekongError('BAD_OPTION', {
      option: '--bracket',
      value: format.id,
      expected: phrase('bracketSumoOnly'),
    });
  }
  const replacing =
    options.report !== undefined && (await checkReportPath(options.report, options.force === true));
  const files = await collectPrograms(paths);
  if (sumo && files.length < 2) {
    throw new MekongError('BAD_OPTION', {
      option: '<program-or-folder...>',
      value: files.join(' '),
      expected: phrase('needTwoPrograms'),
    });
  }
  const competitors: Competitor[] = await Promise.all(
    files.map(async (file) => {
      const program = await loadEntrant(file);
      return { program: file, ...program, kit: kitFor(format, { file, ...program }, options.kit) };
    }),
  );
  const kits: Record<string, Kit> = {};
  for (const c of competitors) kits[c.kit] ??= getKit(c.kit);
  const seeds = Array.from({ length: options.seeds ?? format.seeds }, (_, i) => i + 1);
  const mode = modeOf(format, options.bracket ?? false);
  const dir = options.replays;
  await mkdir(dir, { recursive: true });
  const entrants = competitors.map((c) => ({ program: c.program, kit: c.kit }));
  const written = new Map<number, string>();
  const onMatch = async (played: PlayedMatch) => {
    const { job, outcome, record } = played;
    const replay = buildReplay(
      job,
      outcome,
      {
        mode,
        entrants,
        players: record.players,
        match: played.number,
        ...(record.round === undefined ? {} : { round: record.round }),
      },
      { sources: !options.hideSources, traces: true },
    );
    const file = join(dir, replayName(format, played));
    await writeFile(file, JSON.stringify(replay), 'utf8');
    written.set(played.number, file);
    const names = job.competitors.map((c) => c.program);
    const match =
      names.length === 2
        ? competeText('against', lang, { a: names[0] ?? '', b: names[1] ?? '' })
        : (names[0] ?? '');
    const result = matchSummary(names, record.rounds, record.stopped, lang);
    io.stderr.write(
      `${competeText('progress', lang, { done: played.done, total: played.total, match, result })}\n`,
    );
  };
  const competition = await runCompetition({
    format,
    competitors,
    kits,
    seeds,
    ...(options.bracket ? { bracket: true } : {}),
    play: matchPool({
      now,
      ...(options.workers === undefined ? {} : { workers: options.workers }),
    }),
    onMatch,
  });
  const replays = [...written.entries()].sort(([a], [b]) => a - b).map(([, file]) => file);
  const json = toJson(competition, replays, lang);
  await writeFile(join(dir, 'standings.json'), `${JSON.stringify(json, null, 2)}\n`, 'utf8');
  const header = competitionHeader(format, mode, competitors.length, seeds.length, lang);
  const table = standingsTable(mode, competition.standings, lang);
  if (options.json) io.stdout.write(`${JSON.stringify(json)}\n`);
  else {
    io.stdout.write(`${header}\n\n${tableText(table)}\n\n`);
    io.stdout.write(`${competeText('replaysWritten', lang, { count: replays.length, dir })}\n`);
  }
  const report = options.report;
  if (report !== undefined) {
    const text =
      extname(report).toLowerCase() === '.csv'
        ? standingsCsv(table)
        : standingsHtml({
            title: format.title[lang],
            header,
            table,
            lang,
            generatedAt: new Date().toLocaleString(lang),
            fontFaces: await embeddedFontFaces(),
          });
    await writeReport(report, text, io, lang, replacing);
  }
  return EXIT.ok;
}
