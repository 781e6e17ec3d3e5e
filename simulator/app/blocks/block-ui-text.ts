import { defineCatalog, type Slots } from '../../../robot/i18n/catalog.ts';

/*
 * The words of the web app around the block editor: the Blocks/Code switch, the generated
 * code panel, Open as code, download and upload. The block editor's own words (blocks,
 * toolbox, Blockly's menus) are in robot/blocks. Vietnamese and Lao were written by the
 * developers and WANT REVIEW BY A NATIVE TEACHER.
 */
export const BLOCK_UI_TEXT = {
  programAs: { en: 'Write the program in', vi: 'Viết chương trình bằng', lo: 'ຂຽນໂປຣແກຣມດ້ວຍ' },
  modeBlocks: { en: 'Blocks', vi: 'Khối', lo: 'ບລັອກ' },
  modeCode: { en: 'Code', vi: 'Mã', lo: 'ໂຄດ' },
  blocksLoading: {
    en: 'Loading the blocks…',
    vi: 'Đang tải các khối…',
    lo: 'ກຳລັງໂຫຼດບລັອກ…',
  },
  blocksFailed: {
    en: 'The blocks could not load ({detail}). Reload the page, or write the program as code.',
    vi: 'Không tải được các khối ({detail}). Hãy tải lại trang, hoặc viết chương trình bằng mã.',
    lo: 'ໂຫຼດບລັອກບໍ່ໄດ້ ({detail}). ກະລຸນາໂຫຼດໜ້າຄືນ, ຫຼື ຂຽນໂປຣແກຣມເປັນໂຄດ.',
  },
  blocksEditor: { en: 'Block editor', vi: 'Trình soạn khối', lo: 'ບ່ອນຕໍ່ບລັອກ' },
  generatedCode: {
    en: 'Your blocks as TypeScript',
    vi: 'Các khối của em viết bằng TypeScript',
    lo: 'ບລັອກຂອງເຈົ້າເປັນ TypeScript',
  },
  openAsCode: { en: 'Open as code', vi: 'Mở dạng mã', lo: 'ເປີດເປັນໂຄດ' },
  openAsCodeTitle: {
    en: 'Open your blocks as code?',
    vi: 'Mở các khối của em dưới dạng mã?',
    lo: 'ເປີດບລັອກຂອງເຈົ້າເປັນໂຄດບໍ?',
  },
  openAsCodeText: {
    en: 'The code editor gets the TypeScript of your blocks, in place of the code it has now. Your blocks stay as they are, but what you change in the code does not go back into the blocks.',
    vi: 'Trình soạn mã sẽ nhận mã TypeScript của các khối, thay cho mã đang có. Các khối của em vẫn giữ nguyên, nhưng những gì em sửa trong mã sẽ không trở lại các khối.',
    lo: 'ບ່ອນຂຽນໂຄດຈະໄດ້ TypeScript ຂອງບລັອກເຈົ້າ ແທນໂຄດທີ່ມີຢູ່ດຽວນີ້. ບລັອກຂອງເຈົ້າຍັງຄືເກົ່າ, ແຕ່ສິ່ງທີ່ເຈົ້າປ່ຽນໃນໂຄດຈະບໍ່ກັບຄືນໄປໃນບລັອກ.',
  },
  openAsCodeYes: { en: 'Yes, open as code', vi: 'Có, mở dạng mã', lo: 'ແມ່ນ, ເປີດເປັນໂຄດ' },
  cancel: { en: 'Cancel', vi: 'Hủy', lo: 'ຍົກເລີກ' },
  download: { en: 'Download', vi: 'Tải xuống', lo: 'ດາວໂຫຼດ' },
  downloadHint: {
    en: 'Save the block program as a .blocks.json file (for your teacher, or another computer)',
    vi: 'Lưu chương trình khối thành tệp .blocks.json (cho thầy cô, hoặc máy khác)',
    lo: 'ບັນທຶກໂປຣແກຣມບລັອກເປັນໄຟລ໌ .blocks.json (ສຳລັບຄູ, ຫຼື ຄອມພິວເຕີເຄື່ອງອື່ນ)',
  },
  upload: { en: 'Open a file', vi: 'Mở tệp', lo: 'ເປີດໄຟລ໌' },
  uploadHint: {
    en: 'Open a block program saved as a .blocks.json file, in place of these blocks',
    vi: 'Mở một chương trình khối đã lưu thành tệp .blocks.json, thay cho các khối này',
    lo: 'ເປີດໂປຣແກຣມບລັອກທີ່ບັນທຶກເປັນໄຟລ໌ .blocks.json ແທນບລັອກເຫຼົ່ານີ້',
  },
} as const;

export const BLOCK_UI_CATALOG = defineCatalog('web app blocks', BLOCK_UI_TEXT);

export type BlockUiKey = keyof typeof BLOCK_UI_TEXT;

/** Keys of the texts without parameters (those a label of the page shows as they are). */
export type PlainBlockUiKey = {
  [K in BlockUiKey]: [Slots<(typeof BLOCK_UI_TEXT)[K]['en']>] extends [never] ? K : never;
}[BlockUiKey];

/** The block editor's interface text `key` in `lang`. */
export const bt = BLOCK_UI_CATALOG.say;
