import { defineCatalog, type Entry } from '../../robot/i18n/catalog.ts';

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
} as const satisfies Record<string, Entry>;

export const TEACHER_CATALOG = defineCatalog('hub teacher page', TEACHER_TEXT);
