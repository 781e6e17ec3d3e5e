import { defineCatalog } from '../../robot/i18n/catalog.ts';

/*
 * Phrases of the CLI (its files, options and the web app's build): the {detail} or
 * {expected} of an error, worded in the reader's language when shown.
 * Vietnamese and Lao were written by the developers and want review by a native teacher.
 */
export const CLI_PHRASES = defineCatalog(
  'cli phrases',
  {
    noSuchFileOrFolder: {
      en: 'no such file or folder',
      vi: 'không có tệp hay thư mục này',
      lo: 'ບໍ່ມີໄຟລ໌ ຫຼື ໂຟນເດີນີ້',
    },
    isFolder: { en: 'it is a folder', vi: 'đó là một thư mục', lo: 'ມັນເປັນໂຟນເດີ' },
    notRegularFile: {
      en: 'it is not a regular file (a pipe or a device)',
      vi: 'đó không phải là tệp thường (mà là đường ống hoặc thiết bị)',
      lo: 'ມັນບໍ່ແມ່ນໄຟລ໌ທຳມະດາ (ເປັນທໍ່ ຫຼື ອຸປະກອນ)',
    },
    fileTooLarge: {
      en: 'it is {bytes} bytes, more than the {limit} bytes allowed',
      vi: 'tệp có {bytes} byte, nhiều hơn mức cho phép {limit} byte',
      lo: 'ມັນມີ {bytes} ໄບ, ຫຼາຍກວ່າ {limit} ໄບທີ່ອະນຸຍາດ',
    },
    binaryFile: {
      en: 'it is not a text file (it holds binary data)',
      vi: 'đó không phải là tệp văn bản (nó chứa dữ liệu nhị phân)',
      lo: 'ມັນບໍ່ແມ່ນໄຟລ໌ຂໍ້ຄວາມ (ມີຂໍ້ມູນແບບໄບນາຣີ)',
    },
    programFormat: {
      en: 'TypeScript or JavaScript',
      vi: 'TypeScript hoặc JavaScript',
      lo: 'TypeScript ຫຼື JavaScript',
    },
    programOrFolderFormat: {
      en: 'a .ts, .js or .blocks.json program, or a folder of them',
      vi: 'một chương trình .ts, .js hoặc .blocks.json, hoặc một thư mục chứa chúng',
      lo: 'ໂປຣແກຣມ .ts, .js ຫຼື .blocks.json, ຫຼື ໂຟນເດີທີ່ມີພວກມັນ',
    },
    appNotBuilt: {
      en: 'the web app is not built, and Vite (a development dependency) is not installed to build it',
      vi: 'ứng dụng web chưa được build, và Vite (một gói dành cho phát triển) chưa được cài để build nó',
      lo: 'ແອັບເວັບຍັງບໍ່ໄດ້ build, ແລະ ຍັງບໍ່ໄດ້ຕິດຕັ້ງ Vite (ແພັກເກັດສຳລັບການພັດທະນາ) ເພື່ອ build ມັນ',
    },
    appBuildFormat: {
      en: 'output of "npm run build" (run "npm ci" first)',
      vi: 'kết quả của "npm run build" (chạy "npm ci" trước)',
      lo: 'ຜົນຂອງ "npm run build" (ແລ່ນ "npm ci" ກ່ອນ)',
    },

    // Values an option accepts
    programFile: {
      en: 'a .ts, .js or .blocks.json file',
      vi: 'một tệp .ts, .js hoặc .blocks.json',
      lo: 'ໄຟລ໌ .ts, .js ຫຼື .blocks.json',
    },
    worldChoice: {
      en: 'a world file ending in .json, or one of: {worlds}',
      vi: 'một tệp sân chơi có đuôi .json, hoặc một trong: {worlds}',
      lo: 'ໄຟລ໌ສະໜາມທີ່ລົງທ້າຍດ້ວຍ .json, ຫຼື ໜຶ່ງໃນ: {worlds}',
    },
    lessonKit: {
      en: 'a kit this lesson supports: {kits}',
      vi: 'một bộ kit mà bài học này hỗ trợ: {kits}',
      lo: 'ຊຸດທີ່ບົດຮຽນນີ້ຮອງຮັບ: {kits}',
    },
    lessonWorldOnly: {
      en: '--sim or --emulate with --lesson (a real robot cannot report its world)',
      vi: '--sim hoặc --emulate cùng với --lesson (robot thật không báo được sân chơi của nó)',
      lo: '--sim ຫຼື --emulate ກັບ --lesson (ຫຸ່ນຍົນແທ້ລາຍງານສະໜາມຂອງມັນບໍ່ໄດ້)',
    },
    portOrEmulate: {
      en: 'either --port <path> (a robot on a USB port; "mekong list" shows them) or --emulate',
      vi: '--port <đường dẫn> (robot ở một cổng USB; "mekong list" liệt kê chúng) hoặc --emulate, chỉ một trong hai',
      lo: '--port <ເສັ້ນທາງ> (ຫຸ່ນຍົນຢູ່ພອດ USB; "mekong list" ສະແດງລາຍການ) ຫຼື --emulate, ພຽງອັນດຽວ',
    },
    neither: { en: 'neither', vi: 'không có cái nào', lo: 'ບໍ່ມີທັງສອງ' },
    portAndEmulate: {
      en: '{port} and --emulate',
      vi: '{port} và --emulate',
      lo: '{port} ແລະ --emulate',
    },
    programFolder: {
      en: 'a folder with .ts, .js or .blocks.json programs in it',
      vi: 'một thư mục có chương trình .ts, .js hoặc .blocks.json bên trong',
      lo: 'ໂຟນເດີທີ່ມີໂປຣແກຣມ .ts, .js ຫຼື .blocks.json ຢູ່ໃນ',
    },
    reportFile: {
      en: 'a file ending in .html or .csv in a folder that exists and can be written ({why})',
      vi: 'một tệp có đuôi .html hoặc .csv, trong một thư mục có sẵn và ghi được ({why})',
      lo: 'ໄຟລ໌ທີ່ລົງທ້າຍດ້ວຍ .html ຫຼື .csv ໃນໂຟນເດີທີ່ມີຢູ່ ແລະ ຂຽນໄດ້ ({why})',
    },
    notExtension: { en: 'not {ext}', vi: 'không phải {ext}', lo: 'ບໍ່ແມ່ນ {ext}' },
    noExtension: {
      en: 'not an extension',
      vi: 'không có đuôi tệp',
      lo: 'ບໍ່ມີນາມສະກຸນໄຟລ໌',
    },
    folderMissing: {
      en: 'its folder does not exist',
      vi: 'thư mục của nó không tồn tại',
      lo: 'ໂຟນເດີຂອງມັນບໍ່ມີຢູ່',
    },
    notWritable: {
      en: 'it cannot be written: {code}',
      vi: 'không ghi được: {code}',
      lo: 'ຂຽນບໍ່ໄດ້: {code}',
    },
    reportExists: {
      en: 'a file name not taken yet, or add --force to replace the file that is there',
      vi: 'một tên tệp chưa có, hoặc thêm --force để ghi đè tệp đang có',
      lo: 'ຊື່ໄຟລ໌ທີ່ຍັງບໍ່ມີ, ຫຼື ເພີ່ມ --force ເພື່ອຂຽນທັບໄຟລ໌ທີ່ມີຢູ່',
    },
    listenAddress: {
      en: 'host:port, e.g. {example}',
      vi: 'dạng host:port, ví dụ {example}',
      lo: 'ຮູບແບບ host:port, ຕົວຢ່າງ {example}',
    },
    freePort: {
      en: 'a free port ({why}), e.g. --port {next}',
      vi: 'một cổng còn trống ({why}), ví dụ --port {next}',
      lo: 'ພອດທີ່ຫວ່າງ ({why}), ຕົວຢ່າງ --port {next}',
    },
    portInUse: { en: 'this one is in use', vi: 'cổng này đang được dùng', lo: 'ພອດນີ້ຖືກໃຊ້ຢູ່' },
    emulatedBoard: {
      en: 'emulated {board} ({kit})',
      vi: '{board} giả lập ({kit})',
      lo: '{board} ຈຳລອງ ({kit})',
    },
  },
  'phrases',
);

declare module '../../robot/i18n/catalog.ts' {
  interface PhraseTable extends CliPhraseTable {}
}
type CliPhraseTable = typeof CLI_PHRASES.texts;
