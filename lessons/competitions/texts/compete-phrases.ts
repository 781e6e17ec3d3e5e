import { defineCatalog } from '../../../robot/i18n/catalog.ts';

/*
 * Phrases of the competitions layer: the {problem} and {expected} of a format folder or a
 * replay file that does not load, and of a program whose kit the format does not allow.
 * Vietnamese and Lao were written by the developers and want review by a native teacher.
 */
export const COMPETE_PHRASES = defineCatalog(
  'compete phrases',
  {
    zoneNeedsRoute: {
      en: 'is missing: a zone finish needs a route, to measure how far unfinished runs got',
      vi: 'bị thiếu: đích là một vùng thì cần một lộ trình, để đo các lượt chưa về đích đi được bao xa',
      lo: 'ຂາດໄປ: ເສັ້ນໄຊທີ່ເປັນເຂດຕ້ອງມີເສັ້ນທາງ, ເພື່ອວັດວ່າຮອບທີ່ບໍ່ເຖິງເສັ້ນໄຊໄປໄດ້ໄກປານໃດ',
    },
    kitNotListed: {
      en: 'is not one of the format\'s "kits"',
      vi: 'không nằm trong danh sách "kits" của thể thức',
      lo: 'ບໍ່ຢູ່ໃນລາຍການ "kits" ຂອງຮູບແບບການແຂ່ງ',
    },
    formatChoice: {
      en: 'a format id ({formats}) or a folder with a format.json',
      vi: 'mã một thể thức ({formats}) hoặc một thư mục có tệp format.json',
      lo: 'ລະຫັດຮູບແບບການແຂ່ງ ({formats}) ຫຼື ໂຟນເດີທີ່ມີ format.json',
    },
    formatFolderMismatch: {
      en: 'is "{id}", but the folder is "{folder}"',
      vi: 'là "{id}", nhưng thư mục có tên "{folder}"',
      lo: 'ແມ່ນ "{id}", ແຕ່ໂຟນເດີຊື່ "{folder}"',
    },
    nameFormatFolder: {
      en: 'Name the folder after the id, or change the id to match it.',
      vi: 'Đặt tên thư mục theo id, hoặc đổi id cho khớp với tên thư mục.',
      lo: 'ຕັ້ງຊື່ໂຟນເດີຕາມ id, ຫຼື ປ່ຽນ id ໃຫ້ກົງກັບຊື່ໂຟນເດີ.',
    },
    kitNotAllowed: {
      en: 'the kit "{kit}" is not allowed in {format}',
      vi: 'bộ kit "{kit}" không được dùng trong {format}',
      lo: 'ຊຸດ "{kit}" ບໍ່ອະນຸຍາດໃນ {format}',
    },
    allowedKits: {
      en: 'one of the kits {format} allows: {kits} (a program names its kit in a first line "// kit: <id>")',
      vi: 'một bộ kit mà {format} cho phép: {kits} (chương trình ghi bộ kit ở dòng đầu "// kit: <mã>")',
      lo: 'ຊຸດໜຶ່ງທີ່ {format} ອະນຸຍາດ: {kits} (ໂປຣແກຣມບອກຊຸດຂອງມັນໃນແຖວທຳອິດ "// kit: <ລະຫັດ>")',
    },
    kitFixed: {
      en: 'no other kit: {format} runs every program on {kit}',
      vi: 'không dùng bộ kit khác: {format} chạy mọi chương trình trên {kit}',
      lo: 'ບໍ່ມີຊຸດອື່ນ: {format} ແລ່ນທຸກໂປຣແກຣມເທິງ {kit}',
    },
    needTwoPrograms: {
      en: 'at least two programs: sumo matches are one program against another',
      vi: 'ít nhất hai chương trình: mỗi trận sumo là một chương trình đấu với một chương trình khác',
      lo: 'ຢ່າງໜ້ອຍສອງໂປຣແກຣມ: ການແຂ່ງຊູໂມແມ່ນໂປຣແກຣມໜຶ່ງຕໍ່ສູ້ກັບອີກໂປຣແກຣມໜຶ່ງ',
    },
    bracketSumoOnly: {
      en: 'a sumo format: a time trial ranks every program by its time, without a bracket',
      vi: 'một thể thức sumo: cuộc đua tính giờ xếp hạng mọi chương trình theo thời gian, không cần nhánh đấu',
      lo: 'ຮູບແບບຊູໂມ: ການແຂ່ງຈັບເວລາຈັດອັນດັບທຸກໂປຣແກຣມຕາມເວລາ, ບໍ່ມີສາຍການແຂ່ງ',
    },
    replayFormat: {
      en: 'a replay file written by "mekong compete"',
      vi: 'một tệp phát lại do "mekong compete" ghi ra',
      lo: 'ໄຟລ໌ເບິ່ງຄືນທີ່ "mekong compete" ຂຽນອອກມາ',
    },
    programNotInReplay: {
      en: 'the program of one competitor of this replay (its SHA-256 is in "programs")',
      vi: 'chương trình của một đấu thủ trong tệp phát lại này (mã SHA-256 của nó có trong "programs")',
      lo: 'ໂປຣແກຣມຂອງຜູ້ແຂ່ງຂັນໃນໄຟລ໌ເບິ່ງຄືນນີ້ (SHA-256 ຂອງມັນຢູ່ໃນ "programs")',
    },
    sourceMissing: {
      en: 'the replay holds no source for {program}',
      vi: 'tệp phát lại không chứa mã nguồn của {program}',
      lo: 'ໄຟລ໌ເບິ່ງຄືນບໍ່ມີໂຄດຂອງ {program}',
    },
  },
  'phrases',
);

declare module '../../../robot/i18n/catalog.ts' {
  interface PhraseTable extends CompetePhraseTable {}
}
type CompetePhraseTable = typeof COMPETE_PHRASES.texts;
