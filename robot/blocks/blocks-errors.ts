import { defineCatalog } from '../i18n/catalog.ts';

/*
 * What goes wrong when a block program (`.blocks.json`, Blockly's JSON serialization) is
 * opened: the error, and the phrases that say why. Vietnamese and Lao were written by the
 * developers and want review by a native teacher.
 */
export const BLOCKS_ERRORS = defineCatalog(
  'block errors',
  {
    BLOCKS_INVALID: {
      en: {
        message: '{file} is not a block program Mekong can open: {detail}.',
        suggestion:
          'Save the program again from the web app (Blocks, then Download) and do not change the file by hand.',
      },
      vi: {
        message: '{file} không phải là chương trình khối mà Mekong mở được: {detail}.',
        suggestion:
          'Hãy lưu lại chương trình từ ứng dụng web (Khối, rồi Tải xuống) và đừng sửa tệp bằng tay.',
      },
      lo: {
        message: '{file} ບໍ່ແມ່ນໂປຣແກຣມບລັອກທີ່ Mekong ເປີດໄດ້: {detail}.',
        suggestion: 'ບັນທຶກໂປຣແກຣມຄືນຈາກແອັບເວັບ (ບລັອກ, ແລ້ວ ດາວໂຫຼດ) ແລະ ຢ່າແກ້ໄຟລ໌ດ້ວຍມື.',
      },
    },
  },
  'errors',
);

export const BLOCKS_PHRASES = defineCatalog(
  'block phrases',
  {
    blocksNotJson: {
      en: 'it is not JSON ({detail})',
      vi: 'nó không phải JSON ({detail})',
      lo: 'ມັນບໍ່ແມ່ນ JSON ({detail})',
    },
    blocksNoWorkspace: {
      en: 'it has no "blocks": it was not saved by the block editor',
      vi: 'nó không có "blocks": nó không được lưu từ trình soạn khối',
      lo: 'ມັນບໍ່ມີ "blocks": ມັນບໍ່ໄດ້ຖືກບັນທຶກຈາກຕົວແກ້ໄຂບລັອກ',
    },
    blocksUnknownBlock: {
      en: 'it has a block "{type}" that Mekong does not know',
      vi: 'nó có khối "{type}" mà Mekong không biết',
      lo: 'ມັນມີບລັອກ "{type}" ທີ່ Mekong ບໍ່ຮູ້ຈັກ',
    },
    blocksUnreadable: {
      en: 'its blocks do not fit together ({detail})',
      vi: 'các khối của nó không khớp với nhau ({detail})',
      lo: 'ບລັອກຂອງມັນຕໍ່ກັນບໍ່ໄດ້ ({detail})',
    },
  },
  'phrases',
);

declare module '../i18n/catalog.ts' {
  interface ErrorTable extends BlocksErrorTable {}
  interface PhraseTable extends BlocksPhraseTable {}
}
type BlocksErrorTable = typeof BLOCKS_ERRORS.texts;
type BlocksPhraseTable = typeof BLOCKS_PHRASES.texts;
