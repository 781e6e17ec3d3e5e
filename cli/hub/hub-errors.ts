import { defineCatalog } from '../../robot/i18n/catalog.ts';

/*
 * Errors of the classroom hub, answered to the page (students, the teacher) in the reader's
 * language. Vietnamese and Lao written by the developers: they WANT REVIEW BY A NATIVE TEACHER.
 */
export const HUB_ERRORS = defineCatalog(
  'classroom hub errors',
  {
    HUB_BAD_JSON: {
      en: {
        message: 'The hub could not read the request: it is not valid JSON ({detail}).',
        suggestion: 'Reload the page and hand in again.',
      },
      vi: {
        message: 'Máy chủ lớp không đọc được yêu cầu: đây không phải JSON hợp lệ ({detail}).',
        suggestion: 'Tải lại trang rồi nộp bài lại.',
      },
      lo: {
        message: 'ສູນກາງຫ້ອງຮຽນອ່ານຄຳຮ້ອງບໍ່ໄດ້: ມັນບໍ່ແມ່ນ JSON ທີ່ຖືກຕ້ອງ ({detail}).',
        suggestion: 'ໂຫຼດໜ້າໃໝ່ ແລ້ວສົ່ງວຽກອີກຄັ້ງ.',
      },
    },
    HUB_TOO_LARGE: {
      en: {
        message: 'The program is too large to hand in: {size} KB, the limit is {limit} KB.',
        suggestion: 'Remove what the program does not need (long comments, copied code).',
      },
      vi: {
        message: 'Chương trình quá lớn để nộp: {size} KB, giới hạn là {limit} KB.',
        suggestion: 'Xoá những gì chương trình không cần (chú thích dài, mã chép lại).',
      },
      lo: {
        message: 'ໂປຣແກຣມໃຫຍ່ເກີນໄປທີ່ຈະສົ່ງ: {size} KB, ກຳນົດແມ່ນ {limit} KB.',
        suggestion: 'ລຶບສິ່ງທີ່ໂປຣແກຣມບໍ່ຕ້ອງການອອກ (ຄຳອະທິບາຍຍາວ, ລະຫັດທີ່ສຳເນົາມາ).',
      },
    },
    HUB_BAD_FIELD: {
      en: {
        message: 'The hand-in has no valid "{field}": expected {expected}.',
        suggestion: 'Reload the page and hand in again.',
      },
      vi: {
        message: 'Bài nộp thiếu "{field}" hợp lệ: cần {expected}.',
        suggestion: 'Tải lại trang rồi nộp bài lại.',
      },
      lo: {
        message: 'ວຽກທີ່ສົ່ງບໍ່ມີ "{field}" ທີ່ຖືກຕ້ອງ: ຕ້ອງການ {expected}.',
        suggestion: 'ໂຫຼດໜ້າໃໝ່ ແລ້ວສົ່ງວຽກອີກຄັ້ງ.',
      },
    },
    HUB_UNKNOWN_LESSON: {
      en: {
        message: 'There is no lesson "{lesson}" on this hub.',
        suggestion: 'Choose one of: {lessons}.',
      },
      vi: {
        message: 'Máy chủ lớp không có bài học "{lesson}".',
        suggestion: 'Hãy chọn một trong: {lessons}.',
      },
      lo: {
        message: 'ບໍ່ມີບົດຮຽນ "{lesson}" ໃນສູນກາງນີ້.',
        suggestion: 'ເລືອກໜຶ່ງໃນ: {lessons}.',
      },
    },
    HUB_UNKNOWN_CLASS: {
      en: {
        message: 'There is no class "{name}" on this hub.',
        suggestion: 'Pick your class from the list, or ask your teacher to add it.',
      },
      vi: {
        message: 'Máy chủ lớp không có lớp "{name}".',
        suggestion: 'Hãy chọn lớp của em trong danh sách, hoặc nhờ thầy cô thêm lớp.',
      },
      lo: {
        message: 'ບໍ່ມີຫ້ອງ "{name}" ໃນສູນກາງນີ້.',
        suggestion: 'ເລືອກຫ້ອງຂອງເຈົ້າຈາກລາຍການ, ຫຼື ຂໍໃຫ້ຄູເພີ່ມຫ້ອງ.',
      },
    },
    HUB_UNKNOWN_STUDENT: {
      en: {
        message: 'There is no student "{name}" in class "{class}".',
        suggestion: 'Pick your name from the list, or ask your teacher to add it.',
      },
      vi: {
        message: 'Lớp "{class}" không có học sinh "{name}".',
        suggestion: 'Hãy chọn tên em trong danh sách, hoặc nhờ thầy cô thêm tên.',
      },
      lo: {
        message: 'ບໍ່ມີນັກຮຽນ "{name}" ໃນຫ້ອງ "{class}".',
        suggestion: 'ເລືອກຊື່ຂອງເຈົ້າຈາກລາຍການ, ຫຼື ຂໍໃຫ້ຄູເພີ່ມຊື່.',
      },
    },
    HUB_NOT_SIGNED_IN: {
      en: {
        message: 'You are not signed in as "{name}" of class "{class}" on this browser.',
        suggestion: 'Pick your class and your name again, then hand in.',
      },
      vi: {
        message: 'Em chưa đăng nhập là "{name}" của lớp "{class}" trên trình duyệt này.',
        suggestion: 'Hãy chọn lại lớp và tên của em, rồi nộp bài.',
      },
      lo: {
        message: 'ເຈົ້າຍັງບໍ່ໄດ້ເຂົ້າລະບົບເປັນ "{name}" ຂອງຫ້ອງ "{class}" ໃນບຣາວເຊີນີ້.',
        suggestion: 'ເລືອກຫ້ອງ ແລະ ຊື່ຂອງເຈົ້າອີກຄັ້ງ, ແລ້ວສົ່ງວຽກ.',
      },
    },
    HUB_NOT_FOUND: {
      en: {
        message: 'There is no hand-in "{id}" that you may see.',
        suggestion: 'Open your own hand-ins from the lesson page.',
      },
      vi: {
        message: 'Không có bài nộp "{id}" mà em được xem.',
        suggestion: 'Hãy mở bài nộp của chính em từ trang bài học.',
      },
      lo: {
        message: 'ບໍ່ມີວຽກທີ່ສົ່ງ "{id}" ທີ່ເຈົ້າເບິ່ງໄດ້.',
        suggestion: 'ເປີດວຽກທີ່ເຈົ້າສົ່ງເອງຈາກໜ້າບົດຮຽນ.',
      },
    },
    HUB_TEACHER_ONLY: {
      en: {
        message: 'Only the teacher may do this.',
        suggestion: 'Open /teacher and sign in with the teacher code the hub printed.',
      },
      vi: {
        message: 'Chỉ giáo viên mới được làm việc này.',
        suggestion: 'Mở /teacher và đăng nhập bằng mã giáo viên mà máy chủ lớp đã in ra.',
      },
      lo: {
        message: 'ມີແຕ່ຄູເທົ່ານັ້ນທີ່ເຮັດສິ່ງນີ້ໄດ້.',
        suggestion: 'ເປີດ /teacher ແລະ ເຂົ້າລະບົບດ້ວຍລະຫັດຄູທີ່ສູນກາງພິມອອກມາ.',
      },
    },
    HUB_WRONG_PIN: {
      en: {
        message: 'That is not the teacher code of this hub.',
        suggestion: 'Type the code that `mekong start --host` printed when it first started.',
      },
      vi: {
        message: 'Đó không phải mã giáo viên của máy chủ lớp này.',
        suggestion: 'Hãy gõ mã mà `mekong start --host` đã in ra lần chạy đầu tiên.',
      },
      lo: {
        message: 'ນັ້ນບໍ່ແມ່ນລະຫັດຄູຂອງສູນກາງນີ້.',
        suggestion: 'ພິມລະຫັດທີ່ `mekong start --host` ພິມອອກມາຕອນເລີ່ມເທື່ອທຳອິດ.',
      },
    },
    HUB_TOO_MANY_TRIES: {
      en: {
        message: 'Too many wrong teacher codes from this computer.',
        suggestion: 'Wait {seconds} seconds, then try again.',
      },
      vi: {
        message: 'Máy này đã gõ sai mã giáo viên quá nhiều lần.',
        suggestion: 'Hãy đợi {seconds} giây rồi thử lại.',
      },
      lo: {
        message: 'ຄອມພິວເຕີນີ້ພິມລະຫັດຄູຜິດຫຼາຍເທື່ອເກີນໄປ.',
        suggestion: 'ລໍຖ້າ {seconds} ວິນາທີ, ແລ້ວລອງໃໝ່.',
      },
    },
    HUB_NEEDS_SERVER: {
      en: {
        message:
          'mekong grader takes hand-ins from a PostgreSQL server, and DATABASE_URL is not set.',
        suggestion:
          'Set DATABASE_URL to the server the hub uses (postgres://user:password@host/database); the embedded database serves one hub only.',
      },
      vi: {
        message:
          'mekong grader lấy bài nộp từ máy chủ PostgreSQL, nhưng DATABASE_URL chưa được đặt.',
        suggestion:
          'Hãy đặt DATABASE_URL là máy chủ mà máy chủ lớp dùng (postgres://user:password@host/database); cơ sở dữ liệu nhúng chỉ phục vụ một máy chủ lớp.',
      },
      lo: {
        message: 'mekong grader ເອົາວຽກທີ່ສົ່ງຈາກເຊີບເວີ PostgreSQL, ແຕ່ DATABASE_URL ຍັງບໍ່ໄດ້ຕັ້ງ.',
        suggestion:
          'ຕັ້ງ DATABASE_URL ເປັນເຊີບເວີທີ່ສູນກາງໃຊ້ (postgres://user:password@host/database); ຖານຂໍ້ມູນໃນຕົວໃຊ້ໄດ້ກັບສູນກາງດຽວເທົ່ານັ້ນ.',
      },
    },
    HUB_BAD_EXPORT: {
      en: {
        message: 'The file {file} is not a classroom export of Mekong ({detail}).',
        suggestion: 'Give the file that `mekong classroom export` wrote.',
      },
      vi: {
        message: 'Tệp {file} không phải là bản xuất lớp học của Mekong ({detail}).',
        suggestion: 'Hãy dùng tệp mà `mekong classroom export` đã ghi.',
      },
      lo: {
        message: 'ໄຟລ໌ {file} ບໍ່ແມ່ນການສົ່ງອອກຫ້ອງຮຽນຂອງ Mekong ({detail}).',
        suggestion: 'ໃຫ້ໄຟລ໌ທີ່ `mekong classroom export` ຂຽນອອກມາ.',
      },
    },
  },
  'errors',
);

declare module '../../robot/i18n/catalog.ts' {
  interface ErrorTable extends HubErrorTable {}
}
type HubErrorTable = typeof HUB_ERRORS.texts;
