import { defineCatalog, type Entry } from '../../../robot/i18n/catalog.ts';

/*
 * The words of the hand-in panel (the classroom hub, `mekong start --host`). Vietnamese and
 * Lao written by the developers: they WANT REVIEW BY A NATIVE TEACHER.
 */
const TEXTS = {
  title: { en: 'Hand in to your teacher', vi: 'Nộp bài cho thầy cô', lo: 'ສົ່ງວຽກໃຫ້ຄູ' },
  className: { en: 'Class', vi: 'Lớp', lo: 'ຫ້ອງ' },
  studentName: { en: 'Your name', vi: 'Tên của em', lo: 'ຊື່ຂອງເຈົ້າ' },
  pickName: { en: 'Pick your name', vi: 'Chọn tên của em', lo: 'ເລືອກຊື່ຂອງເຈົ້າ' },
  typeName: {
    en: 'Pick or type your name',
    vi: 'Chọn hoặc gõ tên của em',
    lo: 'ເລືອກ ຫຼື ພິມຊື່ຂອງເຈົ້າ',
  },
  handIn: { en: 'Hand in', vi: 'Nộp bài', lo: 'ສົ່ງວຽກ' },
  noName: {
    en: 'Pick your class and your name first.',
    vi: 'Hãy chọn lớp và tên của em trước.',
    lo: 'ເລືອກຫ້ອງ ແລະ ຊື່ຂອງເຈົ້າກ່ອນ.',
  },
  sending: { en: 'Handing in…', vi: 'Đang nộp bài…', lo: 'ກຳລັງສົ່ງວຽກ…' },
  waiting: {
    en: 'Handed in. The hub is grading your program…',
    vi: 'Đã nộp. Máy chủ lớp đang chấm chương trình của em…',
    lo: 'ສົ່ງແລ້ວ. ສູນກາງກຳລັງໃຫ້ຄະແນນໂປຣແກຣມຂອງເຈົ້າ…',
  },
  passed: {
    en: 'Passed, score {score}. Your teacher sees it.',
    vi: 'Đạt, điểm {score}. Thầy cô đã thấy kết quả.',
    lo: 'ຜ່ານ, ຄະແນນ {score}. ຄູເຫັນແລ້ວ.',
  },
  failed: {
    en: 'Not passed yet, score {score}. Fix what is below and hand in again.',
    vi: 'Chưa đạt, điểm {score}. Hãy sửa những điều dưới đây rồi nộp lại.',
    lo: 'ຍັງບໍ່ຜ່ານ, ຄະແນນ {score}. ແກ້ໄຂສິ່ງທີ່ຢູ່ລຸ່ມນີ້ ແລ້ວສົ່ງອີກຄັ້ງ.',
  },
  hint: { en: 'Hint: {hint}', vi: 'Gợi ý: {hint}', lo: 'ຄຳແນະນຳ: {hint}' },
  handInCompetition: {
    en: 'Hand in to the competition: {competition}',
    vi: 'Nộp bài dự thi: {competition}',
    lo: 'ສົ່ງເຂົ້າແຂ່ງຂັນ: {competition}',
  },
  enteredCompetition: {
    en: 'Handed in to {competition}. Your program plays in the next round your teacher runs.',
    vi: 'Đã nộp vào {competition}. Chương trình của em sẽ thi đấu ở vòng tiếp theo thầy cô chạy.',
    lo: 'ສົ່ງເຂົ້າ {competition} ແລ້ວ. ໂປຣແກຣມຂອງເຈົ້າຈະແຂ່ງໃນຮອບຕໍ່ໄປທີ່ຄູແລ່ນ.',
  },
  unreachable: {
    en: 'The class hub does not answer. Check the network, then hand in again.',
    vi: 'Máy chủ lớp không trả lời. Hãy kiểm tra mạng rồi nộp lại.',
    lo: 'ສູນກາງຫ້ອງຮຽນບໍ່ຕອບ. ກວດເຄືອຂ່າຍ ແລ້ວສົ່ງອີກຄັ້ງ.',
  },
  reviewTitle: {
    en: 'A student’s hand-in',
    vi: 'Bài nộp của học sinh',
    lo: 'ວຽກທີ່ນັກຮຽນສົ່ງ',
  },
  reviewWho: {
    en: '{student} ({class}), lesson {lesson}, handed in {time}.',
    vi: '{student} ({class}), bài {lesson}, nộp lúc {time}.',
    lo: '{student} ({class}), ບົດຮຽນ {lesson}, ສົ່ງເມື່ອ {time}.',
  },
  reviewGrade: {
    en: 'Graded: {verdict}, score {score}.',
    vi: 'Kết quả chấm: {verdict}, điểm {score}.',
    lo: 'ຜົນການໃຫ້ຄະແນນ: {verdict}, ຄະແນນ {score}.',
  },
  reviewPassed: { en: 'passed', vi: 'đạt', lo: 'ຜ່ານ' },
  reviewFailed: { en: 'not passed', vi: 'chưa đạt', lo: 'ບໍ່ຜ່ານ' },
  reviewQueued: {
    en: 'Not graded yet.',
    vi: 'Chưa được chấm.',
    lo: 'ຍັງບໍ່ໄດ້ໃຫ້ຄະແນນ.',
  },
  reviewReplay: {
    en: 'Its graded run plays again below, as the grader ran it (seed {seed}), then the grader’s other runs. Changes here are not saved.',
    vi: 'Lần chạy đã chấm được phát lại bên dưới, đúng như bộ chấm đã chạy (seed {seed}), rồi đến các lần chạy khác của bộ chấm. Thay đổi ở đây không được lưu.',
    lo: 'ການແລ່ນທີ່ໃຫ້ຄະແນນແລ້ວຫຼິ້ນຄືນຢູ່ລຸ່ມນີ້, ຄືກັບທີ່ຕົວໃຫ້ຄະແນນແລ່ນ (seed {seed}), ແລ້ວຕາມດ້ວຍຮອບອື່ນຂອງຕົວໃຫ້ຄະແນນ. ການປ່ຽນແປງຢູ່ນີ້ບໍ່ຖືກບັນທຶກ.',
  },
  reviewFailedToOpen: {
    en: 'Could not open this hand-in: {detail}',
    vi: 'Không mở được bài nộp này: {detail}',
    lo: 'ເປີດວຽກທີ່ສົ່ງນີ້ບໍ່ໄດ້: {detail}',
  },
} as const satisfies Record<string, Entry>;

const CLASSROOM_CATALOG = defineCatalog('web app classroom', TEXTS);

/** A text of the hand-in panel in `lang`. */
export const ct = CLASSROOM_CATALOG.say;
