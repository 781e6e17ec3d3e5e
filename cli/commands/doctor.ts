import {
  type CheckStatus,
  type DoctorReport,
  runDoctor,
} from '../../firmware-bridge/doctor/doctor.ts';
import { doctorCheckText } from '../../firmware-bridge/doctor/doctor-messages.ts';
import { defineCatalog, type Entry } from '../../robot/i18n/catalog.ts';
import { type Lang, localize, say } from '../../robot/index.ts';
import { type CliIo, EXIT } from '../io.ts';
import { hardwareTarget } from '../shared/hardware-target.ts';
import type { DoctorOptions } from '../verbs.ts';

/*
 * This verb's words (the checks' own are in firmware-bridge/doctor-messages.ts).
 * Vietnamese and Lao written by the developers: they WANT REVIEW BY A NATIVE TEACHER.
 */
const TEXT = {
  title: {
    en: 'Robot check: {kit} on {where}',
    vi: 'Kiểm tra robot: {kit} ở {where}',
    lo: 'ກວດຫຸ່ນຍົນ: {kit} ທີ່ {where}',
  },
  lift: {
    en: 'The wheels will turn for a moment: lift the robot off the table.',
    vi: 'Bánh xe sẽ quay một lúc: hãy nhấc robot lên khỏi bàn.',
    lo: 'ລໍ້ຈະໝຸນຈັກໜ່ອຍ: ຍົກຫຸ່ນຍົນຂຶ້ນຈາກໂຕະ.',
  },
  allGood: {
    en: 'Everything works.',
    vi: 'Mọi thứ đều hoạt động.',
    lo: 'ທຸກຢ່າງເຮັດວຽກໄດ້.',
  },
  someFailed: {
    en: {
      one: '{count} check failed: see "fix" above.',
      other: '{count} checks failed: see "fix" above.',
    },
    vi: '{count} mục kiểm tra bị lỗi: xem "cách sửa" ở trên.',
    lo: '{count} ລາຍການກວດບໍ່ຜ່ານ: ເບິ່ງ "ວິທີແກ້" ຂ້າງເທິງ.',
  },
  fix: { en: 'fix', vi: 'cách sửa', lo: 'ວິທີແກ້' },
} as const satisfies Record<string, Entry>;

/** This verb's words in the registry (tests/robot/i18n/catalogs.test.ts checks every language). */
const WORDS = defineCatalog('cli doctor', TEXT);

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
    `${failed === 0 ? TEXT.allGood[lang] : say(WORDS, 'someFailed', lang, { count: failed })}\n`,
  );
}
