import { findLesson } from '../../lessons/find-lesson.ts';
import type { Lesson } from '../../lessons/lesson-files.ts';
import { reportText } from '../../lessons/report-texts.ts';
import { builtinKits, defineCatalog, type Lang, localize, say } from '../../robot/index.ts';
import { type CliIo, EXIT } from '../io.ts';
import { loadLessons } from '../runtime/load-lessons.ts';
import type { OptionsOf } from '../verb-spec.ts';
import type { LESSONS_OPTIONS } from '../verbs.ts';
import '../texts/cli-phrases.ts';

/*
 * This verb's words for teachers. Vietnamese and Lao written by the developers: they WANT
 * REVIEW BY A NATIVE TEACHER.
 */
const TEXT = {
  awaitingReview: {
    en: 'Translation awaiting review by a native-speaking teacher: {langs}',
    vi: 'Bản dịch đang chờ giáo viên bản ngữ xem lại: {langs}',
    lo: 'ການແປທີ່ລໍຖ້າຄູທີ່ເວົ້າພາສານັ້ນເປັນພາສາແມ່ກວດຄືນ: {langs}',
  },
  allReviewed: {
    en: 'Every translation has been reviewed.',
    vi: 'Mọi bản dịch đã được xem lại.',
    lo: 'ທຸກການແປໄດ້ຮັບການກວດຄືນແລ້ວ.',
  },
  howToReview: {
    en: 'A translation awaiting review was written by the developers. To review it, read the lesson in that language (the web app, or lessons/NN-id/vi.md and starter.vi.ts; "lo" for Lao), correct what reads wrong, then write "reviewed" for that language under "review" in its lesson.json. Students never see this.',
    vi: 'Bản dịch đang chờ xem lại do nhóm phát triển viết. Để xem lại, hãy đọc bài học bằng ngôn ngữ đó (trong ứng dụng web, hoặc lessons/NN-id/vi.md và starter.vi.ts; "lo" cho tiếng Lào), sửa chỗ chưa đúng, rồi ghi "reviewed" cho ngôn ngữ đó ở mục "review" trong lesson.json của bài. Học sinh không thấy phần này.',
    lo: 'ການແປທີ່ລໍຖ້າກວດຄືນ ຂຽນໂດຍທີມພັດທະນາ. ເພື່ອກວດຄືນ, ໃຫ້ອ່ານບົດຮຽນໃນພາສານັ້ນ (ໃນແອັບເວັບ, ຫຼື lessons/NN-id/lo.md ແລະ starter.lo.ts; "vi" ສຳລັບພາສາຫວຽດນາມ), ແກ້ໄຂບ່ອນທີ່ບໍ່ຖືກ, ແລ້ວຂຽນ "reviewed" ສຳລັບພາສານັ້ນໃນ "review" ຂອງ lesson.json. ນັກຮຽນຈະບໍ່ເຫັນສ່ວນນີ້.',
  },
  langVi: { en: 'Vietnamese', vi: 'tiếng Việt', lo: 'ພາສາຫວຽດນາມ' },
  langLo: { en: 'Lao', vi: 'tiếng Lào', lo: 'ພາສາລາວ' },
} as const;
const WORDS = defineCatalog('cli lessons', TEXT);

/** The translations a lesson's manifest marks as awaiting review. */
const REVIEWED_LANGS = ['vi', 'lo'] as const;
const LANG_NAME = { vi: 'langVi', lo: 'langLo' } as const;

/** One lesson in `mekong lessons --json`. */
export interface LessonJson {
  id: string;
  order: number;
  folder: string;
  title: string;
  kits: string[];
  parts: string[];
  timeLimitMs: number;
  checks: { id: string; type: string; required: boolean }[];
  /** Where each translation stands: "draft" awaits review by a native-speaking teacher. */
  review: Lesson['review'];
}

/**
 * `mekong lessons [--json] [--teacher]`: the course, in order; with --teacher, which
 * translations await review. `mekong lessons --starter <lesson>`: that lesson's starter
 * program in the reader's language.
 */
export async function lessonsCommand(
  options: OptionsOf<typeof LESSONS_OPTIONS>,
  io: CliIo,
): Promise<number> {
  const lessons = await loadLessons();
  const { lang } = options;
  if (options.starter !== undefined) {
    io.stdout.write(findLesson(lessons, options.starter).starter[lang]);
    return EXIT.ok;
  }
  const rows: LessonJson[] = lessons.map((l) => ({
    id: l.id,
    order: l.order,
    folder: l.folder,
    title: l.title[lang],
    kits: l.kits,
    parts: l.parts,
    timeLimitMs: l.timeLimitMs,
    checks: l.checks.map((c) => ({ id: c.id, type: c.type, required: c.required })),
    review: l.review,
  }));
  if (options.json) {
    io.stdout.write(`${JSON.stringify(rows)}\n`);
    return EXIT.ok;
  }
  const allKits = builtinKits().length;
  for (const row of rows) {
    const kits = row.kits.length === allKits ? reportText('allKits', lang) : row.kits.join(', ');
    const parts =
      row.parts.length > 0
        ? localize('{parts}', { parts: row.parts }, lang)
        : reportText('noParts', lang);
    const time = reportText('seconds', lang, { s: row.timeLimitMs / 1000 });
    io.stdout.write(`${String(row.order).padStart(2)}  ${row.id.padEnd(18)} ${row.title}\n`);
    io.stdout.write(`    ${kits} · ${parts} · ${time}\n`);
    if (options.teacher) io.stdout.write(`    ${reviewLine(row.review, lang)}\n`);
  }
  if (options.teacher) io.stdout.write(`\n${say(WORDS, 'howToReview', lang)}\n`);
  return EXIT.ok;
}

/** Which translations of a lesson await review, in `lang`. */
function reviewLine(review: Lesson['review'], lang: Lang): string {
  const drafts = REVIEWED_LANGS.filter((l) => review[l] === 'draft');
  if (drafts.length === 0) return say(WORDS, 'allReviewed', lang);
  const langs = drafts.map((l) => say(WORDS, LANG_NAME[l], lang));
  return say(WORDS, 'awaitingReview', lang, { langs });
}
