import type { MatchJob, MatchOutcome } from '../../lessons/competitions/match.ts';
import {
  parseReplay,
  replaySources,
  type Verdict,
  verifyReplay,
} from '../../lessons/competitions/replay.ts';
import { competeText } from '../../lessons/competitions/texts/compete-texts.ts';
import { parseJsonText, phrase } from '../../robot/index.ts';
import { badOption, type CliIo, EXIT, readText } from '../io.ts';
import { matchPool } from '../runtime/match-pool.ts';
import { collectPrograms, loadEntrant } from '../shared/program-files.ts';
import type { ReplayOptions } from '../verbs.ts';

/** Largest replay file read, bytes (a 60 s sumo match of 3 rounds is about 1 MB). */
const MAX_REPLAY_BYTES = 64 * 1024 * 1024;

/** A value of a differing field, short enough for one line. */
function shown(value: unknown): string {
  const text = JSON.stringify(value) ?? 'undefined';
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/**
 * `mekong replay verify <file> [programs...]`: plays the match of a replay file again (in
 * a thread the hard stop watches) and compares it bit for bit. Exit 0 when it verifies, 1
 * when a field differs (named), 2 on bad input.
 */
export async function replayCommand(
  action: string,
  file: string,
  programs: readonly string[],
  options: ReplayOptions,
  io: CliIo,
  now: () => number,
): Promise<number> {
  const { lang } = options;
  if (action !== 'verify') {
    throw badOption('<action>', action, { type: 'oneOf', choices: ['verify'] });
  }
  const raw = parseJsonText(await readText(file, phrase('replayFormat'), MAX_REPLAY_BYTES), file);
  const replay = parseReplay(raw, file);
  const files = programs.length > 0 ? await collectPrograms(programs) : [];
  const given = await Promise.all(files.map((program) => loadEntrant(program)));
  const sources = replaySources(replay, given);
  const play = matchPool({ workers: 1, now });
  const playOne = async (job: MatchJob): Promise<MatchOutcome> => {
    let outcome: MatchOutcome | undefined;
    await play([job], (_, played) => {
      outcome = played;
    });
    return outcome as MatchOutcome;
  };
  const verdict: Verdict = await verifyReplay(replay, raw, sources, playOne);
  if (options.json) {
    io.stdout.write(`${JSON.stringify({ file, ...verdict })}\n`);
  } else if (verdict.ok) {
    io.stdout.write(
      `${competeText('verified', lang, { file, rounds: verdict.traceHashes.length })}\n`,
    );
  } else {
    const { field } = verdict;
    const recorded = shown(verdict.recorded);
    const replayed = shown(verdict.replayed);
    io.stdout.write(`${competeText('notVerified', lang, { file, field, recorded, replayed })}\n`);
    if (field.endsWith('traceHash')) io.stdout.write(`${competeText('traceDiffers', lang)}\n`);
  }
  return verdict.ok ? EXIT.ok : EXIT.programFailed;
}
