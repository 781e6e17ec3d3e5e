import {
  type CheckStatus,
  type DoctorReport,
  runDoctor,
} from '../../firmware-bridge/doctor/doctor.ts';
import { doctorCheckText } from '../../firmware-bridge/doctor/doctor-messages.ts';
import { type Lang, localize } from '../../robot/index.ts';
import { type CliIo, EXIT } from '../io.ts';
import { hardwareTarget } from '../shared/hardware-target.ts';
import { DOCTOR_WORDS } from '../texts/verb-words.ts';
import type { DoctorOptions } from '../verbs.ts';

const TEXT = DOCTOR_WORDS.texts;

const MARK: Record<CheckStatus, string> = {
  pass: 'ok  ',
  warn: 'WARN',
  fail: 'FAIL',
  info: 'info',
};

/** `mekong doctor [--port <path> | --emulate] [--kit <id>] [--json]`: a pass/fail table. */
export async function doctorCommand(
  options: DoctorOptions,
  io: CliIo,
  now: () => number,
): Promise<number> {
  const target = await hardwareTarget(options, now);
  const { lang } = options;
  if (!options.json) {
    const title = localize(TEXT.title[lang], { kit: target.kit.id, where: target.where }, lang);
    io.stdout.write(`${title}\n`);
    if (!target.emulator) io.stdout.write(`${TEXT.lift[lang]}\n`);
  }
  let report: DoctorReport;
  try {
    report = await runDoctor({
      kit: target.kit,
      port: localize('{where}', { where: target.where }, lang),
      connect: () => target.connect(false),
    });
  } finally {
    target.stop();
  }
  if (options.json) io.stdout.write(`${JSON.stringify(reportJson(report, lang))}\n`);
  else printTable(report, lang, io);
  return report.ok ? EXIT.ok : EXIT.programFailed;
}

/**
 * The report for machines: each check keeps its stable `part`, `status`, `code` and `params`
 * and adds `name`, `detail` and `fix` worded in `lang`.
 */
function reportJson(report: DoctorReport, lang: Lang) {
  return {
    ...report,
    lang,
    checks: report.checks.map((check) => ({ ...check, ...doctorCheckText(check, lang) })),
  };
}

/** Columns a terminal gives `text`: Lao vowel and tone marks sit on the letter before them. */
const columns = (text: string) => text.replace(/\p{M}/gu, '').length;

function printTable(report: DoctorReport, lang: Lang, io: CliIo): void {
  const rows = report.checks.map((check) => ({ check, ...doctorCheckText(check, lang) }));
  const width = Math.max(...rows.map((row) => columns(row.name)));
  for (const { check, name, detail, fix } of rows) {
    const pad = ' '.repeat(width - columns(name));
    io.stdout.write(`  ${MARK[check.status]}  ${name}${pad}  ${detail}\n`);
    if (fix) io.stdout.write(`        ${' '.repeat(width)}  → ${TEXT.fix[lang]}: ${fix}\n`);
  }
  const failed = report.checks.filter((c) => c.status === 'fail').length;
  io.stdout.write(
    `${failed === 0 ? TEXT.allGood[lang] : DOCTOR_WORDS.say('someFailed', lang, { count: failed })}\n`,
  );
}
