import { defineCatalog } from '../../robot/i18n/catalog.ts';
import type { Lang } from '../../robot/i18n/lang.ts';
import { say } from '../../robot/i18n/localize.ts';
import type { LessonManifest } from '../lesson-schema.ts';

/*
 * The words around the notes for teachers (the CLI, the web app's teacher view and the grade
 * report show them). Vietnamese and Lao written by the developers: they WANT REVIEW BY A
 * NATIVE TEACHER.
 */
export const TEACHER_WORDS = defineCatalog('teacher words', {
  notesFor: {
    en: 'Lesson {n}: notes for teachers',
    vi: 'Bài {n}: ghi chú cho giáo viên',
    lo: 'ບົດທີ {n}: ບັນທຶກສຳລັບຄູ',
  },
  minutes: {
    en: { one: '{count} minute', other: '{count} minutes' },
    vi: '{count} phút',
    lo: '{count} ນາທີ',
  },
  week: { en: 'Week', vi: 'Tuần', lo: 'ອາທິດ' },
  lesson: { en: 'Lesson', vi: 'Bài', lo: 'ບົດ' },
  classTime: { en: 'Class time', vi: 'Thời lượng', lo: 'ເວລາຮຽນ' },
  pacingNote: {
    en: {
      by: 'weeks',
      one: 'Periods of {minutes} minutes, {perWeek} a week: {weeks} week for the course.',
      other: 'Periods of {minutes} minutes, {perWeek} a week: {weeks} weeks for the course.',
    },
    vi: 'Mỗi tiết {minutes} phút, mỗi tuần {perWeek} tiết: cả khóa học mất {weeks} tuần.',
    lo: 'ແຕ່ລະຊົ່ວໂມງ {minutes} ນາທີ, ອາທິດລະ {perWeek} ຊົ່ວໂມງ: ທັງຫຼັກສູດໃຊ້ເວລາ {weeks} ອາທິດ.',
  },
  courseOrder: {
    en: 'The lessons in the order of the course. Each keeps its own number: "mekong run --lesson 11" is lesson 11 wherever it comes.',
    vi: 'Các bài học theo thứ tự của khóa học. Mỗi bài giữ số của riêng nó: "mekong run --lesson 11" luôn là bài 11 dù nó đứng ở đâu.',
    lo: 'ບົດຮຽນຕາມລຳດັບຂອງຫຼັກສູດ. ແຕ່ລະບົດຮັກສາເລກຂອງມັນເອງ: "mekong run --lesson 11" ແມ່ນບົດທີ 11 ສະເໝີ ບໍ່ວ່າມັນຈະຢູ່ບ່ອນໃດ.',
  },
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
    en: 'A translation awaiting review was written by the developers. To review it, read the lesson in that language (the web app, or lessons/NN-id/vi.md, starter.vi.ts (or starter.words.json) and teacher/vi.md; "lo" for Lao), correct what reads wrong, then write "reviewed" for that language under "review" in its lesson.json. Students never see this.',
    vi: 'Bản dịch đang chờ xem lại do nhóm phát triển viết. Để xem lại, hãy đọc bài học bằng ngôn ngữ đó (trong ứng dụng web, hoặc lessons/NN-id/vi.md, starter.vi.ts (hoặc starter.words.json) và teacher/vi.md; "lo" cho tiếng Lào), sửa chỗ chưa đúng, rồi ghi "reviewed" cho ngôn ngữ đó ở mục "review" trong lesson.json của bài. Học sinh không thấy phần này.',
    lo: 'ການແປທີ່ລໍຖ້າກວດຄືນ ຂຽນໂດຍທີມພັດທະນາ. ເພື່ອກວດຄືນ, ໃຫ້ອ່ານບົດຮຽນໃນພາສານັ້ນ (ໃນແອັບເວັບ, ຫຼື lessons/NN-id/lo.md, starter.lo.ts (ຫຼື starter.words.json) ແລະ teacher/lo.md; "vi" ສຳລັບພາສາຫວຽດນາມ), ແກ້ໄຂບ່ອນທີ່ບໍ່ຖືກ, ແລ້ວຂຽນ "reviewed" ສຳລັບພາສານັ້ນໃນ "review" ຂອງ lesson.json. ນັກຮຽນຈະບໍ່ເຫັນສ່ວນນີ້.',
  },
  langVi: { en: 'Vietnamese', vi: 'tiếng Việt', lo: 'ພາສາຫວຽດນາມ' },
  langLo: { en: 'Lao', vi: 'tiếng Lào', lo: 'ພາສາລາວ' },
  reportNotes: {
    en: 'Notes for teachers: objectives, common mistakes and how to help, rubric',
    vi: 'Ghi chú cho giáo viên: mục tiêu, lỗi thường gặp và cách giúp, thang đánh giá',
    lo: 'ບັນທຶກສຳລັບຄູ: ຈຸດປະສົງ, ຂໍ້ຜິດພາດທີ່ພົບເລື້ອຍ ແລະ ວິທີຊ່ວຍ, ເກນການປະເມີນ',
  },
  alsoCli: {
    en: 'Also: "mekong lessons --teacher {lesson}"',
    vi: 'Hoặc: "mekong lessons --teacher {lesson}"',
    lo: 'ຫຼື: "mekong lessons --teacher {lesson}"',
  },
});

/** The translations a lesson's manifest marks as awaiting review. */
const REVIEWED_LANGS = ['vi', 'lo'] as const;
const LANG_NAME = { vi: 'langVi', lo: 'langLo' } as const;

/** Which translations of a lesson await review by a native-speaking teacher, in `lang`. */
export function reviewLine(review: LessonManifest['review'], lang: Lang): string {
  const drafts = REVIEWED_LANGS.filter((l) => review[l] === 'draft');
  if (drafts.length === 0) return say(TEACHER_WORDS, 'allReviewed', lang);
  const langs = drafts.map((l) => say(TEACHER_WORDS, LANG_NAME[l], lang));
  return say(TEACHER_WORDS, 'awaitingReview', lang, { langs });
}
