import { defineCatalog, type Entry } from '../robot/i18n/catalog.ts';

/*
 * Words of the lesson list, the lesson runs and the grade reports, in every language.
 * Vietnamese and Lao were written by the developers and want review by a native teacher.
 */
const TEXT = {
  lessonLine: {
    en: 'Lesson {order}: {title}',
    vi: 'Bài {order}: {title}',
    lo: 'ບົດທີ {order}: {title}',
  },
  allKits: { en: 'all kits', vi: 'mọi bộ kit', lo: 'ທຸກຊຸດ' },
  noParts: { en: 'motors only', vi: 'chỉ động cơ', lo: 'ພຽງແຕ່ມໍເຕີ' },
  seconds: { en: '{s} s', vi: '{s} giây', lo: '{s} ວິນາທີ' },
  runHeader: {
    en: 'Lesson {order}: {title} (kit {kit}, seed {seed}, classroom realism, as when grading)',
    vi: 'Bài {order}: {title} (bộ kit {kit}, seed {seed}, mô phỏng lớp học, như khi chấm điểm)',
    lo: 'ບົດທີ {order}: {title} (ຊຸດ {kit}, seed {seed}, ແບບຫ້ອງຮຽນ, ຄືກັບຕອນໃຫ້ຄະແນນ)',
  },
  onEmulatedBoard: {
    en: 'On the emulated board: our firmware in an emulated Arduino, driven through johnny-five.',
    vi: 'Trên bo mạch giả lập: firmware của chúng ta chạy trong một Arduino giả lập, điều khiển qua johnny-five.',
    lo: 'ເທິງບອດຈຳລອງ: ເຟີມແວຂອງພວກເຮົາແລ່ນໃນ Arduino ຈຳລອງ, ຄວບຄຸມຜ່ານ johnny-five.',
  },
  missionDone: {
    en: 'Mission complete! Score {score}/100.',
    vi: 'Hoàn thành nhiệm vụ! Điểm {score}/100.',
    lo: 'ສຳເລັດພາລະກິດ! ຄະແນນ {score}/100.',
  },
  missionNotYet: {
    en: {
      by: 'total',
      one: 'Not yet: {passed} of {total} check passed. Score {score}/100.',
      other: 'Not yet: {passed} of {total} checks passed. Score {score}/100.',
    },
    vi: 'Chưa xong: đạt {passed}/{total} mục kiểm tra. Điểm {score}/100.',
    lo: 'ຍັງບໍ່ທັນ: ຜ່ານ {passed}/{total} ການກວດ. ຄະແນນ {score}/100.',
  },
  gradeHeader: {
    en: {
      by: 'runs',
      one: 'Lesson {order}: {title}. Kit {kit}, {runs} run per program (classroom realism).',
      other: 'Lesson {order}: {title}. Kit {kit}, {runs} runs per program (classroom realism).',
    },
    vi: 'Bài {order}: {title}. Bộ kit {kit}, {runs} lần chạy mỗi chương trình (mô phỏng lớp học).',
    lo: 'ບົດທີ {order}: {title}. ຊຸດ {kit}, {runs} ຮອບຕໍ່ໂປຣແກຣມ (ແບບຫ້ອງຮຽນ).',
  },
  program: { en: 'Program', vi: 'Chương trình', lo: 'ໂປຣແກຣມ' },
  result: { en: 'Result', vi: 'Kết quả', lo: 'ຜົນ' },
  score: { en: 'Score', vi: 'Điểm', lo: 'ຄະແນນ' },
  lapTime: { en: 'Lap time', vi: 'Thời gian một vòng', lo: 'ເວລາໜຶ່ງຮອບ' },
  reasons: { en: 'Reasons', vi: 'Lý do', lo: 'ເຫດຜົນ' },
  passed: { en: 'passed', vi: 'đạt', lo: 'ຜ່ານ' },
  failed: { en: 'failed', vi: 'chưa đạt', lo: 'ບໍ່ຜ່ານ' },
  allChecksPassed: {
    en: 'every check passed in every run',
    vi: 'đạt mọi mục kiểm tra trong mọi lần chạy',
    lo: 'ຜ່ານທຸກການກວດໃນທຸກຮອບ',
  },
  classSummary: {
    en: {
      by: 'programs',
      one: 'Class: {passed} of {programs} program passed ({percent} %), mean score {mean}.',
      other: 'Class: {passed} of {programs} programs passed ({percent} %), mean score {mean}.',
    },
    vi: 'Cả lớp: {passed}/{programs} chương trình đạt ({percent} %), điểm trung bình {mean}.',
    lo: 'ທັງຫ້ອງ: {passed}/{programs} ໂປຣແກຣມຜ່ານ ({percent} %), ຄະແນນສະເລ່ຍ {mean}.',
  },
  checkSummary: {
    en: '{id}: {passed} of {programs} passed',
    vi: '{id}: {passed}/{programs} đạt',
    lo: '{id}: ຜ່ານ {passed}/{programs}',
  },
  graded: {
    en: 'graded {done}/{total}: {program}: {result}, score {score}',
    vi: 'đã chấm {done}/{total}: {program}: {result}, điểm {score}',
    lo: 'ໃຫ້ຄະແນນແລ້ວ {done}/{total}: {program}: {result}, ຄະແນນ {score}',
  },
  reportWritten: {
    en: 'Report written to {file}.',
    vi: 'Đã ghi báo cáo vào {file}.',
    lo: 'ຂຽນລາຍງານໄວ້ທີ່ {file} ແລ້ວ.',
  },
  reportTitle: {
    en: 'Grades: lesson {order}, {title}',
    vi: 'Bảng điểm: bài {order}, {title}',
    lo: 'ຄະແນນ: ບົດທີ {order}, {title}',
  },
  reportRuns: {
    en: {
      by: 'runs',
      one: 'Each program ran once (seed {seeds}); it passes when that run passes.',
      other:
        'Each program ran {runs} times on slightly different robots (seeds {seeds}); it passes only when every run passes.',
    },
    vi: 'Mỗi chương trình được chạy {runs} lần trên các robot hơi khác nhau (seed {seeds}); chỉ đạt khi mọi lần chạy đều đạt.',
    lo: 'ແຕ່ລະໂປຣແກຣມແລ່ນ {runs} ເທື່ອ ເທິງຫຸ່ນຍົນທີ່ຕ່າງກັນເລັກນ້ອຍ (seed {seeds}); ຈະຜ່ານກໍຕໍ່ເມື່ອທຸກຮອບຜ່ານ.',
  },
  optional: { en: 'bonus', vi: 'điểm cộng', lo: 'ຄະແນນພິເສດ' },
} as const satisfies Record<string, Entry>;

export type ReportTextKey = keyof typeof TEXT;

/** The lesson tools' catalog (the registry's generic test checks every language). */
export const REPORT_WORDS = defineCatalog('report words', TEXT);

/** A word or sentence of the lesson tools in `lang`, with exactly its `{params}` filled in. */
export const reportText = REPORT_WORDS.say;
