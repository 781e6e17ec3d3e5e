import { defineCatalog, type Entry } from '../../robot/i18n/catalog.ts';
import type { Lang } from '../../robot/i18n/lang.ts';

/*
 * The words of the teacher page (/teacher). Vietnamese and Lao written by the developers:
 * they WANT REVIEW BY A NATIVE TEACHER.
 */
export const TEACHER_TEXT = {
  title: { en: 'Teacher page', vi: 'Trang giáo viên', lo: 'ໜ້າຄູ' },
  pin: { en: 'Teacher code', vi: 'Mã giáo viên', lo: 'ລະຫັດຄູ' },
  signIn: { en: 'Sign in', vi: 'Đăng nhập', lo: 'ເຂົ້າລະບົບ' },
  className: { en: 'Class', vi: 'Lớp', lo: 'ຫ້ອງ' },
  newClass: { en: 'New class name', vi: 'Tên lớp mới', lo: 'ຊື່ຫ້ອງໃໝ່' },
  names: {
    en: 'Student names, one per line (paste a list)',
    vi: 'Tên học sinh, mỗi dòng một tên (dán danh sách)',
    lo: 'ຊື່ນັກຮຽນ, ແຖວລະຊື່ (ວາງລາຍຊື່)',
  },
  save: { en: 'Add to the class', vi: 'Thêm vào lớp', lo: 'ເພີ່ມໃສ່ຫ້ອງ' },
  student: { en: 'Student', vi: 'Học sinh', lo: 'ນັກຮຽນ' },
  notStarted: { en: 'not started', vi: 'chưa làm', lo: 'ຍັງບໍ່ເລີ່ມ' },
  tried: { en: 'tried', vi: 'đã thử', lo: 'ລອງແລ້ວ' },
  passed: { en: 'passed', vi: 'đạt', lo: 'ຜ່ານ' },
  waiting: { en: 'grading…', vi: 'đang chấm…', lo: 'ກຳລັງໃຫ້ຄະແນນ…' },
  export: { en: 'Export the grade report', vi: 'Xuất báo cáo điểm', lo: 'ສົ່ງອອກລາຍງານຄະແນນ' },
  lesson: { en: 'Lesson', vi: 'Bài học', lo: 'ບົດຮຽນ' },
  joinAt: {
    en: 'Students open this address (or scan the code):',
    vi: 'Học sinh mở địa chỉ này (hoặc quét mã):',
    lo: 'ນັກຮຽນເປີດທີ່ຢູ່ນີ້ (ຫຼື ສະແກນລະຫັດ):',
  },
  qrAlt: {
    en: 'Scan this code to open the class address',
    vi: 'Quét mã này để mở địa chỉ của lớp',
    lo: 'ສະແກນລະຫັດນີ້ເພື່ອເປີດທີ່ຢູ່ຂອງຫ້ອງຮຽນ',
  },
  openRoster: {
    en: 'Students may type their name the first time (else only names on the list)',
    vi: 'Học sinh được tự gõ tên lần đầu (nếu không, chỉ tên trong danh sách)',
    lo: 'ນັກຮຽນພິມຊື່ຂອງຕົນເອງໄດ້ເທື່ອທຳອິດ (ຖ້າບໍ່, ມີແຕ່ຊື່ໃນລາຍຊື່)',
  },
  lessonSettings: {
    en: 'This lesson for the class',
    vi: 'Bài học này cho cả lớp',
    lo: 'ບົດຮຽນນີ້ສຳລັບທັງຫ້ອງ',
  },
  mode: { en: 'Students start in', vi: 'Học sinh bắt đầu bằng', lo: 'ນັກຮຽນເລີ່ມດ້ວຍ' },
  modeFree: {
    en: 'their own choice',
    vi: 'lựa chọn của các em',
    lo: 'ທາງເລືອກຂອງເຂົາເຈົ້າເອງ',
  },
  // The words of the app's Blocks / Code switch (simulator/app/blocks/block-ui-text.ts).
  modeBlocks: { en: 'Blocks', vi: 'Khối', lo: 'ບລັອກ' },
  modeCode: { en: 'Code', vi: 'Mã', lo: 'ໂຄດ' },
  regrade: {
    en: 'Re-grade this lesson for the class',
    vi: 'Chấm lại bài học này cho cả lớp',
    lo: 'ໃຫ້ຄະແນນບົດຮຽນນີ້ຄືນໃໝ່ສຳລັບທັງຫ້ອງ',
  },
  regrading: {
    en: 'Re-grading {count} hand-ins: the grid updates as they are graded.',
    vi: 'Đang chấm lại {count} bài nộp: bảng sẽ cập nhật khi chấm xong.',
    lo: 'ກຳລັງໃຫ້ຄະແນນຄືນ {count} ວຽກທີ່ສົ່ງ: ຕາຕະລາງຈະອັບເດດເມື່ອໃຫ້ຄະແນນແລ້ວ.',
  },
  saved: { en: 'Saved.', vi: 'Đã lưu.', lo: 'ບັນທຶກແລ້ວ.' },
  openRun: {
    en: 'Open this program in the simulator and replay its graded run',
    vi: 'Mở chương trình này trong trình mô phỏng và phát lại lần chạy đã chấm',
    lo: 'ເປີດໂປຣແກຣມນີ້ໃນໂປຣແກຣມຈຳລອງ ແລະ ຫຼິ້ນການແລ່ນທີ່ໃຫ້ຄະແນນແລ້ວຄືນ',
  },
} as const satisfies Record<string, Entry>;

export const TEACHER_CATALOG = defineCatalog('hub teacher page', TEACHER_TEXT);

/*
 * The words of the competitions section of the teacher page (competition-teacher.js fills
 * the {slots} itself). Vietnamese and Lao written by the developers: they WANT REVIEW BY A
 * NATIVE TEACHER.
 */
export const COMPETITION_TEXT = {
  heading: { en: 'Competitions', vi: 'Cuộc thi', lo: 'ການແຂ່ງຂັນ' },
  format: { en: 'Format', vi: 'Thể thức', lo: 'ຮູບແບບ' },
  open: {
    en: 'Open a competition for this class',
    vi: 'Mở một cuộc thi cho lớp này',
    lo: 'ເປີດການແຂ່ງຂັນໃຫ້ຫ້ອງນີ້',
  },
  entrants: {
    en: 'Programs handed in:',
    vi: 'Số chương trình đã nộp:',
    lo: 'ໂປຣແກຣມທີ່ສົ່ງແລ້ວ:',
  },
  runRound: { en: 'Run round', vi: 'Chạy vòng thi', lo: 'ແລ່ນຮອບ' },
  projector: { en: 'Projector', vi: 'Máy chiếu', lo: 'ເຄື່ອງສາຍ' },
  noRound: { en: 'No round yet.', vi: 'Chưa có vòng nào.', lo: 'ຍັງບໍ່ມີຮອບ.' },
  queued: {
    en: 'Round {number}: waiting',
    vi: 'Vòng {number}: đang chờ',
    lo: 'ຮອບ {number}: ກຳລັງລໍ',
  },
  running: {
    en: 'Round {number}: {played} of {total} matches played',
    vi: 'Vòng {number}: đã đấu {played} trên {total} trận',
    lo: 'ຮອບ {number}: ແຂ່ງແລ້ວ {played} ຈາກ {total} ນັດ',
  },
  done: { en: 'Round {number}: done', vi: 'Vòng {number}: xong', lo: 'ຮອບ {number}: ແລ້ວ' },
  failed: {
    en: 'Round {number}: failed. Run it again.',
    vi: 'Vòng {number}: lỗi. Hãy chạy lại.',
    lo: 'ຮອບ {number}: ລົ້ມເຫຼວ. ແລ່ນອີກຄັ້ງ.',
  },
} as const satisfies Record<string, Entry>;

const COMPETITION_CATALOG = defineCatalog('hub teacher competitions', COMPETITION_TEXT);

/**
 * Every word of the section in `lang`, {slots} left in for the page's script to fill (it
 * shows numbers only).
 */
export function competitionWords(lang: Lang): Record<string, string> {
  return Object.fromEntries(
    Object.keys(COMPETITION_TEXT).map((key) => {
      const k = key as keyof typeof COMPETITION_TEXT;
      const slots = { number: '{number}', played: '{played}', total: '{total}' };
      return [key, COMPETITION_CATALOG.say(k, lang, slots as never)];
    }),
  );
}
