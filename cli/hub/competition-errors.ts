import { defineCatalog } from '../../robot/i18n/catalog.ts';

/*
 * Errors of the hub's competitions, answered to the page in the reader's language.
 * Vietnamese and Lao written by the developers: they WANT REVIEW BY A NATIVE TEACHER.
 */
export const COMPETITION_ERRORS = defineCatalog(
  'classroom hub competition errors',
  {
    HUB_UNKNOWN_FORMAT: {
      en: {
        message: 'There is no competition format "{format}".',
        suggestion: 'Pick one of: {formats}.',
      },
      vi: {
        message: 'Không có thể thức thi đấu "{format}".',
        suggestion: 'Hãy chọn một trong: {formats}.',
      },
      lo: {
        message: 'ບໍ່ມີຮູບແບບການແຂ່ງຂັນ "{format}".',
        suggestion: 'ເລືອກໜຶ່ງໃນ: {formats}.',
      },
    },
    HUB_UNKNOWN_COMPETITION: {
      en: {
        message: 'Competition {id} is not open for class {class}.',
        suggestion: 'Reload the page and pick a competition of your class.',
      },
      vi: {
        message: 'Cuộc thi {id} không mở cho lớp {class}.',
        suggestion: 'Tải lại trang rồi chọn một cuộc thi của lớp em.',
      },
      lo: {
        message: 'ການແຂ່ງຂັນ {id} ບໍ່ໄດ້ເປີດໃຫ້ຫ້ອງ {class}.',
        suggestion: 'ໂຫຼດໜ້າໃໝ່ ແລ້ວເລືອກການແຂ່ງຂັນຂອງຫ້ອງເຈົ້າ.',
      },
    },
    HUB_TOO_FEW_ENTRIES: {
      en: {
        message: 'The competition has {count} programs handed in; a round needs {needed}.',
        suggestion: 'Wait until more students have handed in, then run the round.',
      },
      vi: {
        message: 'Cuộc thi mới có {count} chương trình được nộp; một vòng cần {needed}.',
        suggestion: 'Hãy chờ thêm học sinh nộp bài rồi chạy vòng thi.',
      },
      lo: {
        message: 'ການແຂ່ງຂັນມີໂປຣແກຣມທີ່ສົ່ງແລ້ວ {count}; ຮອບໜຶ່ງຕ້ອງການ {needed}.',
        suggestion: 'ລໍຖ້າໃຫ້ນັກຮຽນສົ່ງວຽກຕື່ມ ແລ້ວຈຶ່ງແລ່ນຮອບ.',
      },
    },
    HUB_ROUND_RUNNING: {
      en: {
        message: 'Round {number} of this competition is still running.',
        suggestion: 'Wait until it has finished (the projector shows it), then run the next.',
      },
      vi: {
        message: 'Vòng {number} của cuộc thi này vẫn đang chạy.',
        suggestion: 'Hãy chờ vòng đó xong (máy chiếu hiện kết quả) rồi chạy vòng tiếp theo.',
      },
      lo: {
        message: 'ຮອບທີ {number} ຂອງການແຂ່ງຂັນນີ້ຍັງແລ່ນຢູ່.',
        suggestion: 'ລໍຖ້າໃຫ້ມັນແລ້ວ (ເຄື່ອງສາຍສະແດງຜົນ) ແລ້ວຈຶ່ງແລ່ນຮອບຕໍ່ໄປ.',
      },
    },
  },
  'errors',
);

declare module '../../robot/i18n/catalog.ts' {
  interface ErrorTable extends CompetitionErrorTable {}
}
type CompetitionErrorTable = typeof COMPETITION_ERRORS.texts;

/** HTTP status of each competition error. */
export const COMPETITION_STATUS: Record<string, number> = {
  HUB_UNKNOWN_FORMAT: 404,
  HUB_UNKNOWN_COMPETITION: 404,
  HUB_TOO_FEW_ENTRIES: 409,
  HUB_ROUND_RUNNING: 409,
};
