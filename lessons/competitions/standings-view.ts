import { type ErrorCode, type ErrorData, type ErrorParams, errorText } from '../../robot/errors.ts';
import type { Lang } from '../../robot/i18n/lang.ts';
import { csvCell } from '../report-csv.ts';
import { escapeHtml, htmlPage, REPORT_STYLE } from '../report-html.ts';
import type { Format } from './format-files.ts';
import type { RoundResult } from './match.ts';
import { type CompeteTextKey, competeText } from './texts/compete-texts.ts';
import {
  bracketMatches,
  type Mode,
  roundRobinPairs,
  type Standing,
  type SumoStanding,
  sumoScore,
  type TrialStanding,
} from './tournament.ts';
import './texts/compete-errors.ts';

/**
 * Standings and results in words, the same for the terminal, the reports and the web
 * app's replay viewer.
 */

/** A program's error as people read it, in `lang`. */
export function errorMessage(error: ErrorData, lang: Lang): string {
  return errorText(error.code as ErrorCode, error.params as ErrorParams, lang).message;
}

/** An error as `--json` prints it: the code and the message in the reader's language. */
export function errorJson(error: ErrorData | null, lang: Lang) {
  if (!error) return null;
  return {
    code: error.code,
    message: errorMessage(error, lang),
    ...(error.line === undefined ? {} : { line: error.line }),
  };
}

const seconds = (ms: number) => (ms / 1000).toFixed(1);

/** What a competition is, in one line. */
export function competitionHeader(
  format: Pick<Format, 'title' | 'seeds' | 'realism'>,
  mode: Mode,
  programs: number,
  rounds: number,
  lang: Lang,
): string {
  const title = format.title[lang];
  if (mode === 'time-trial')
    return competeText('trialHeader', lang, {
      title,
      programs,
      runs: rounds,
      realism: format.realism,
    });
  const matches = mode === 'bracket' ? bracketMatches(programs) : roundRobinPairs(programs).length;
  return competeText(mode === 'bracket' ? 'bracketHeader' : 'roundRobinHeader', lang, {
    title,
    programs,
    matches,
    rounds,
  });
}

/** The standings as a table of words: column titles and one row per program. */
export interface StandingsTable {
  columns: string[];
  rows: string[][];
}

function reachedText(row: SumoStanding, bracketRounds: number, lang: Lang): string {
  const reached = row.reached ?? 0;
  if (reached > bracketRounds) return competeText('champion', lang);
  if (reached === bracketRounds) return competeText('final', lang);
  return competeText('bracketRound', lang, { round: reached });
}

function note(row: Standing, lang: Lang): string {
  if (row.error)
    return competeText('failedBecause', lang, { message: errorMessage(row.error, lang) });
  if ('finished' in row && !row.finished) return competeText('notFinished', lang);
  return '';
}

export function standingsTable(
  mode: Mode,
  standings: readonly Standing[],
  lang: Lang,
): StandingsTable {
  const word = (key: CompeteTextKey) => competeText(key as 'rank', lang);
  if (mode === 'time-trial') {
    const rows = (standings as TrialStanding[]).map((r) => [
      String(r.rank),
      r.program,
      r.kit,
      r.timeMs === null ? '—' : competeText('seconds', lang, { s: seconds(r.timeMs) }),
      r.finished ? '—' : competeText('centimetres', lang, { cm: Math.round(r.distanceCm) }),
      String(r.bumps),
      note(r, lang),
    ]);
    const keys = ['rank', 'program', 'kit', 'time', 'distance', 'bumps', 'note'] as const;
    return { columns: keys.map(word), rows };
  }
  const sumo = standings as SumoStanding[];
  const bracketRounds = Math.max(0, ...sumo.map((r) => (r.reached ?? 1) - 1), 1);
  const rows = sumo.map((r) => [
    String(r.rank),
    r.program,
    r.kit,
    ...(mode === 'bracket' ? [reachedText(r, bracketRounds, lang)] : []),
    String(r.played),
    String(r.won),
    ...(mode === 'bracket' ? [] : [String(r.drawn)]),
    String(r.lost),
    ...(mode === 'bracket' ? [] : [String(r.points)]),
    `${r.roundsWon}–${r.roundsLost}`,
    note(r, lang),
  ]);
  const keys =
    mode === 'bracket'
      ? (['rank', 'program', 'kit', 'reached', 'played', 'won', 'lost', 'rounds', 'note'] as const)
      : ([
          'rank',
          'program',
          'kit',
          'played',
          'won',
          'drawn',
          'lost',
          'points',
          'rounds',
          'note',
        ] as const);
  return { columns: keys.map(word), rows };
}

/** The table laid out in columns for a terminal. */
export function tableText(table: StandingsTable): string {
  const all = [table.columns, ...table.rows];
  const widths = table.columns.map((_, c) => Math.max(...all.map((row) => width(row[c] ?? ''))));
  return all
    .map((row) =>
      row
        .map((cell, c) => (c === row.length - 1 ? cell : pad(cell, widths[c] as number)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/** Columns a text takes in a terminal (Lao marks above and below take none). */
function width(text: string): number {
  return text.replace(/\p{Mn}/gu, '').length;
}

function pad(text: string, to: number): string {
  return text + ' '.repeat(Math.max(0, to - width(text)));
}

/** One match's result in a few words: a time trial's best run, or the winner and score. */
export function matchSummary(
  names: readonly string[],
  rounds: readonly RoundResult[],
  stopped: { program: number; error: ErrorData } | null,
  lang: Lang,
): string {
  if (stopped) {
    return competeText('stoppedProgram', lang, {
      program: names[stopped.program] ?? '',
      message: errorMessage(stopped.error, lang),
    });
  }
  const trial = rounds.filter((r) => r.kind === 'time-trial');
  if (trial.length > 0) {
    const finished = trial.filter((r) => r.finished).map((r) => r.timeMs as number);
    if (finished.length > 0)
      return competeText('bestTime', lang, { time: seconds(Math.min(...finished)) });
    const failed = trial.find((r) => r.error);
    if (failed?.error && trial.every((r) => r.error)) {
      return competeText('failedBecause', lang, { message: errorMessage(failed.error, lang) });
    }
    const far = Math.max(...trial.map((r) => r.distanceCm));
    return competeText('gotAsFar', lang, { distance: Math.round(far) });
  }
  const { wins, draws, winner } = sumoScore({ rounds: [...rounds], stopped: null });
  const score = `${wins[0]}–${wins[1]}${draws > 0 ? ` (${draws}×=)` : ''}`;
  if (winner === null) return competeText('matchDrawn', lang, { score });
  return competeText('matchWon', lang, { winner: names[winner] ?? '', score });
}

/** The standings as CSV for a spreadsheet (with a byte-order mark, like the grade report). */
export function standingsCsv(table: StandingsTable): string {
  const lines = [table.columns, ...table.rows].map((row) => row.map(csvCell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

const STYLE = `${REPORT_STYLE}
tbody tr:first-child td { font-weight: 700; }
`;

/** A self-contained HTML page of the standings, to open, print or publish with the replays. */
export function standingsHtml(options: {
  title: string;
  header: string;
  table: StandingsTable;
  lang: Lang;
  generatedAt: string;
  fontFaces: string;
}): string {
  const { table } = options;
  const head = table.columns.map((c) => `<th>${escapeHtml(c)}</th>`).join('');
  const rows = table.rows
    .map((row) => `<tr>${row.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`)
    .join('\n');
  return htmlPage(
    options.lang,
    options.title,
    `${options.fontFaces}${STYLE}`,
    `<h1>${escapeHtml(options.title)}</h1>
<p class="meta">${escapeHtml(options.header)} ${escapeHtml(options.generatedAt)}</p>
<table>
<thead><tr>${head}</tr></thead>
<tbody>
${rows}
</tbody>
</table>`,
  );
}
