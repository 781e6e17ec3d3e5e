import { defineCatalog } from '../../../robot/i18n/catalog.ts';

/*
 * Errors of the competitions layer, in every language. Vietnamese and Lao were written by
 * the developers and want review by a native teacher.
 */
export const COMPETE_ERRORS = defineCatalog(
  'compete errors',
  {
    MATCH_THREAD_DIED: {
      en: {
        message: 'The thread that played this match stopped while your program ran ({detail}).',
        suggestion:
          'Look for what your program does that could use up the computer: very large lists or texts, or very deep recursion.',
      },
      vi: {
        message: 'Luồng chạy trận đấu này đã dừng trong lúc chương trình của em chạy ({detail}).',
        suggestion:
          'Hãy tìm chỗ chương trình có thể dùng cạn tài nguyên của máy: danh sách hoặc chuỗi rất lớn, hoặc đệ quy rất sâu.',
      },
      lo: {
        message: 'ເທຣດທີ່ແລ່ນການແຂ່ງນີ້ຢຸດໃນຂະນະທີ່ໂປຣແກຣມຂອງເຈົ້າແລ່ນ ({detail}).',
        suggestion:
          'ຊອກຫາສິ່ງທີ່ໂປຣແກຣມເຮັດທີ່ອາດໃຊ້ຊັບພະຍາກອນຂອງຄອມພິວເຕີໝົດ: ລາຍການ ຫຼື ຂໍ້ຄວາມທີ່ໃຫຍ່ຫຼາຍ, ຫຼື ການເອີ້ນຕົວເອງເລິກຫຼາຍ.',
      },
    },
  },
  'errors',
);

declare module '../../../robot/i18n/catalog.ts' {
  interface ErrorTable extends CompeteErrorTable {}
}
type CompeteErrorTable = typeof COMPETE_ERRORS.texts;
