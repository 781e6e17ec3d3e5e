import { defineCatalog } from './catalog.ts';

/*
 * Pieces of error texts that fill a parameter of an error ({detail}, {expected}, {format},
 * {problem}, ...): what was wrong and what is allowed. An error carries one as
 * `phrase(code, params)` and it is worded in the reader's language when shown. These are the
 * robot layer's phrases; lessons, firmware-bridge and the CLI keep theirs in their own catalogs.
 * Vietnamese and Lao were written by the developers and want review by a native teacher.
 */
export const ROBOT_PHRASES = defineCatalog(
  'robot phrases',
  {
    // Files and values
    noSuchFile: { en: 'no such file', vi: 'không có tệp này', lo: 'ບໍ່ມີໄຟລ໌ນີ້' },
    wholeNumberRange: {
      en: 'a whole number from {min} to {max}',
      vi: 'một số nguyên từ {min} đến {max}',
      lo: 'ຈຳນວນຖ້ວນຕັ້ງແຕ່ {min} ຫາ {max}',
    },
    numberRange: {
      en: 'a number from {min} to {max}',
      vi: 'một số từ {min} đến {max}',
      lo: 'ຕົວເລກຕັ້ງແຕ່ {min} ຫາ {max}',
    },
    oneOf: { en: 'one of: {choices}', vi: 'một trong: {choices}', lo: 'ໜຶ່ງໃນ: {choices}' },
    ledValue: {
      en: 'true, false or a colour ({colours} or "#rrggbb")',
      vi: 'true, false hoặc một màu ({colours} hoặc "#rrggbb")',
      lo: 'true, false ຫຼື ສີໃດໜຶ່ງ ({colours} ຫຼື "#rrggbb")',
    },
    nothing: { en: 'nothing', vi: 'không có gì', lo: 'ບໍ່ມີຫຍັງ' },

    // A field of a kit, world or lesson file (after the field's path: "size.width is missing")
    problemAt: { en: '{path} {problem}', vi: '{path} {problem}', lo: '{path} {problem}' },
    allProblems: {
      en: 'All problems: {problems}. {hint}',
      vi: 'Tất cả các lỗi: {problems}. {hint}',
      lo: 'ບັນຫາທັງໝົດ: {problems}. {hint}',
    },
    seeExample: {
      en: 'See {file} for an example.',
      vi: 'Xem ví dụ trong {file}.',
      lo: 'ເບິ່ງຕົວຢ່າງໃນ {file}.',
    },
    topLevel: { en: '(top level)', vi: '(cấp ngoài cùng)', lo: '(ລະດັບນອກສຸດ)' },
    notValid: { en: 'is not valid', vi: 'không hợp lệ', lo: 'ບໍ່ຖືກຕ້ອງ' },
    fieldMissing: {
      en: 'is missing (it should be {jsonType})',
      vi: 'bị thiếu (cần là {jsonType})',
      lo: 'ຂາດໄປ (ຄວນເປັນ {jsonType})',
    },
    fieldWrongType: {
      en: 'should be {jsonType}, not {jsonReceived}',
      vi: 'cần là {jsonType}, không phải {jsonReceived}',
      lo: 'ຄວນເປັນ {jsonType}, ບໍ່ແມ່ນ {jsonReceived}',
    },
    notOneOf: {
      en: 'should be one of: {choices}',
      vi: 'cần là một trong: {choices}',
      lo: 'ຄວນເປັນໜຶ່ງໃນ: {choices}',
    },
    unknownKeys: {
      en: 'has keys that are not allowed: {keys}',
      vi: 'có khoá không được phép: {keys}',
      lo: 'ມີຄີທີ່ບໍ່ອະນຸຍາດ: {keys}',
    },
    atLeast: {
      en: 'should be at least {min}',
      vi: 'cần ít nhất là {min}',
      lo: 'ຄວນເປັນຢ່າງໜ້ອຍ {min}',
    },
    moreThan: { en: 'should be more than {min}', vi: 'cần lớn hơn {min}', lo: 'ຄວນຫຼາຍກວ່າ {min}' },
    atMost: {
      en: 'should be at most {max}',
      vi: 'cần nhiều nhất là {max}',
      lo: 'ຄວນເປັນຫຼາຍສຸດ {max}',
    },
    lessThan: { en: 'should be less than {max}', vi: 'cần nhỏ hơn {max}', lo: 'ຄວນໜ້ອຍກວ່າ {max}' },
    atLeastItems: {
      en: {
        by: 'min',
        one: 'should have at least {min} item',
        other: 'should have at least {min} items',
      },
      vi: 'cần có ít nhất {min} phần tử',
      lo: 'ຄວນມີຢ່າງໜ້ອຍ {min} ລາຍການ',
    },
    atMostItems: {
      en: {
        by: 'max',
        one: 'should have at most {max} item',
        other: 'should have at most {max} items',
      },
      vi: 'chỉ được có nhiều nhất {max} phần tử',
      lo: 'ຄວນມີບໍ່ເກີນ {max} ລາຍການ',
    },
    atLeastChars: {
      en: {
        by: 'min',
        one: 'should have at least {min} character',
        other: 'should have at least {min} characters',
      },
      vi: 'cần có ít nhất {min} ký tự',
      lo: 'ຄວນມີຢ່າງໜ້ອຍ {min} ຕົວອັກສອນ',
    },
    atMostChars: {
      en: {
        by: 'max',
        one: 'should have at most {max} character',
        other: 'should have at most {max} characters',
      },
      vi: 'chỉ được có nhiều nhất {max} ký tự',
      lo: 'ຄວນມີບໍ່ເກີນ {max} ຕົວອັກສອນ',
    },
    multipleOf: {
      en: 'should be a multiple of {divisor}',
      vi: 'cần là bội số của {divisor}',
      lo: 'ຄວນເປັນຜົນຄູນຂອງ {divisor}',
    },
    noAllowedForm: {
      en: 'does not match any allowed form',
      vi: 'không khớp với dạng nào được phép',
      lo: 'ບໍ່ກົງກັບຮູບແບບໃດທີ່ອະນຸຍາດ',
    },
    badFormat: {
      en: 'is not in the right format',
      vi: 'không đúng định dạng',
      lo: 'ຮູບແບບບໍ່ຖືກຕ້ອງ',
    },
    // The schemas' own checks (their `message` is one of these codes, their `params` its values)
    pinLike: {
      en: 'should be a pin like 7 or "A0"',
      vi: 'cần là một chân như 7 hoặc "A0"',
      lo: 'ຄວນເປັນຂາ ເຊັ່ນ 7 ຫຼື "A0"',
    },
    colourLike: {
      en: 'should be a colour like "#d23c3c"',
      vi: 'cần là một màu như "#d23c3c"',
      lo: 'ຄວນເປັນສີ ເຊັ່ນ "#d23c3c"',
    },
    lowerCaseId: {
      en: 'should use only lower-case letters, digits and dashes',
      vi: 'chỉ được dùng chữ thường, chữ số và dấu gạch ngang',
      lo: 'ຄວນໃຊ້ພຽງຕົວອັກສອນນ້ອຍ, ຕົວເລກ ແລະ ຂີດ',
    },
    textOrLanguages: {
      en: 'should be a text, or {"en": …, "vi": …, "lo": …} with a text in each language',
      vi: 'cần là một dòng chữ, hoặc {"en": …, "vi": …, "lo": …} có chữ cho từng ngôn ngữ',
      lo: 'ຄວນເປັນຂໍ້ຄວາມ, ຫຼື {"en": …, "vi": …, "lo": …} ທີ່ມີຂໍ້ຄວາມໃນແຕ່ລະພາສາ',
    },
    idLetters: {
      en: 'should use only letters, digits, "-" or "_"',
      vi: 'chỉ được dùng chữ cái, chữ số, "-" hoặc "_"',
      lo: 'ຄວນໃຊ້ພຽງຕົວອັກສອນ, ຕົວເລກ, "-" ຫຼື "_"',
    },
    needsLeftRight: {
      en: 'needs a "left" and a "right" sensor',
      vi: 'cần một cảm biến "left" và một cảm biến "right"',
      lo: 'ຕ້ອງມີເຊັນເຊີ "left" ແລະ "right"',
    },
    idTwice: {
      en: 'uses an id twice: each id may appear once',
      vi: 'dùng một mã hai lần: mỗi mã chỉ được xuất hiện một lần',
      lo: 'ໃຊ້ລະຫັດດຽວກັນສອງເທື່ອ: ແຕ່ລະລະຫັດໃຊ້ໄດ້ເທື່ອດຽວ',
    },
    onServoNoServo: {
      en: 'is true but the kit has no "servo"',
      vi: 'là true nhưng bộ kit không có "servo"',
      lo: 'ເປັນ true ແຕ່ຊຸດບໍ່ມີ "servo"',
    },
    pinNotOnBoard: {
      en: 'names pin {pin}, which a {board} board does not have',
      vi: 'ghi chân {pin}, mà bo mạch {board} không có',
      lo: 'ລະບຸຂາ {pin}, ເຊິ່ງບອດ {board} ບໍ່ມີ',
    },
    servoRangeBackwards: {
      en: 'must be larger than minDeg (the servo turns from minDeg up to maxDeg)',
      vi: 'phải lớn hơn minDeg (servo quay từ minDeg lên tới maxDeg)',
      lo: 'ຕ້ອງໃຫຍ່ກວ່າ minDeg (ເຊີໂວໝຸນຈາກ minDeg ຂຶ້ນໄປຫາ maxDeg)',
    },
    pinUsedTwice: {
      en: 'uses pin {pin}, which {other} already uses',
      vi: 'dùng chân {pin}, mà {other} đã dùng rồi',
      lo: 'ໃຊ້ຂາ {pin}, ເຊິ່ງ {other} ໃຊ້ຢູ່ແລ້ວ',
    },
  },
  'phrases',
);

declare module './catalog.ts' {
  interface PhraseTable extends RobotPhraseTable {}
}
type RobotPhraseTable = typeof ROBOT_PHRASES.texts;
