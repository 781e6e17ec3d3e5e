import { defineCatalog, type Lang, type ParamsArg } from '../robot/index.ts';

/** The CLI's own words in every language (robot errors have theirs in robot/i18n). */
const TEXT = {
  finished: {
    en: 'Finished: {reason} after {sim} s of robot time ({wall} ms on this computer).',
    vi: 'Kết thúc: {reason} sau {sim} giây thời gian robot ({wall} ms trên máy này).',
    lo: 'ສຳເລັດ: {reason} ຫຼັງຈາກ {sim} ວິນາທີ ເວລາຫຸ່ນຍົນ ({wall} ms ໃນຄອມພິວເຕີນີ້).',
  },
  reasonDone: { en: 'the program ended', vi: 'chương trình đã chạy xong', lo: 'ໂປຣແກຣມຈົບແລ້ວ' },
  reasonTime: {
    en: 'time limit reached',
    vi: 'hết thời gian cho phép',
    lo: 'ໝົດເວລາທີ່ກຳນົດ',
  },
  reasonFailed: { en: 'the program failed', vi: 'chương trình bị lỗi', lo: 'ໂປຣແກຣມຜິດພາດ' },
  pose: {
    en: 'Robot at x {x} cm, y {y} cm, heading {h}°.',
    vi: 'Robot ở x {x} cm, y {y} cm, hướng {h}°.',
    lo: 'ຫຸ່ນຍົນຢູ່ທີ່ x {x} cm, y {y} cm, ທິດ {h}°.',
  },
  noPose: {
    en: 'A real robot has no position sensor: its pose is not measured (reported as 0, 0, 0).',
    vi: 'Robot thật không có cảm biến vị trí: không đo được vị trí (ghi là 0, 0, 0).',
    lo: 'ຫຸ່ນຍົນແທ້ບໍ່ມີເຊັນເຊີຕຳແໜ່ງ: ບໍ່ໄດ້ວັດຕຳແໜ່ງ (ລາຍງານເປັນ 0, 0, 0).',
  },
  events: {
    en: 'Collisions: {collisions} · beeps: {beeps} · LED changes: {leds}',
    vi: 'Va chạm: {collisions} · tiếng bíp: {beeps} · đổi đèn LED: {leds}',
    lo: 'ການຕຳ: {collisions} · ສຽງບີບ: {beeps} · ການປ່ຽນໄຟ LED: {leds}',
  },
  atLine: {
    en: 'Line {line}, column {column}: {text}',
    vi: 'Dòng {line}, cột {column}: {text}',
    lo: 'ແຖວ {line}, ຖັນ {column}: {text}',
  },
  reportReplaced: {
    en: 'Report written to {file}, replacing the one that was there.',
    vi: 'Đã ghi báo cáo vào {file}, thay cho báo cáo cũ ở đó.',
    lo: 'ຂຽນລາຍງານໄວ້ທີ່ {file} ແລ້ວ, ແທນລາຍງານເກົ່າທີ່ຢູ່ບ່ອນນັ້ນ.',
  },
  // Usage errors: commander's own (English) messages, worded again from their code.
  usageMissingArgument: {
    en: 'The command needs <{name}>, but it was not given.',
    vi: 'Lệnh cần <{name}> nhưng chưa được cung cấp.',
    lo: 'ຄຳສັ່ງຕ້ອງການ <{name}>, ແຕ່ບໍ່ໄດ້ໃສ່ໃຫ້.',
  },
  usageOptionMissingValue: {
    en: 'The option {option} needs a value.',
    vi: 'Tuỳ chọn {option} cần một giá trị.',
    lo: 'ຕົວເລືອກ {option} ຕ້ອງມີຄ່າ.',
  },
  usageUnknownOption: {
    en: 'There is no option {option}.',
    vi: 'Không có tuỳ chọn {option}.',
    lo: 'ບໍ່ມີຕົວເລືອກ {option}.',
  },
  usageUnknownCommand: {
    en: 'There is no command "{name}".',
    vi: 'Không có lệnh "{name}".',
    lo: 'ບໍ່ມີຄຳສັ່ງ "{name}".',
  },
  usageExcessArguments: {
    en: 'Too many values: "{command}" takes {expected}, but it got {got}.',
    vi: 'Quá nhiều giá trị: "{command}" nhận {expected} giá trị, nhưng có {got}.',
    lo: 'ມີຄ່າຫຼາຍເກີນໄປ: "{command}" ຮັບ {expected} ຄ່າ, ແຕ່ໄດ້ຮັບ {got} ຄ່າ.',
  },
  usageDidYouMean: {
    en: 'Did you mean {guess}?',
    vi: 'Có phải ý bạn là {guess}?',
    lo: 'ໝາຍເຖິງ {guess} ບໍ?',
  },
  usageConflict: {
    en: 'The option {option} cannot be used with {other}.',
    vi: 'Không thể dùng tuỳ chọn {option} cùng với {other}.',
    lo: 'ໃຊ້ຕົວເລືອກ {option} ຮ່ວມກັບ {other} ບໍ່ໄດ້.',
  },
  // Why options exclude each other (OptionSpec.excludes in cli/verb-spec.ts).
  lessonSetsRun: {
    en: 'A lesson runs in its own world, under classroom realism, with its own time limit.',
    vi: 'Bài học chạy trong sân chơi riêng của nó, với độ thực tế như trong lớp học và giới hạn thời gian riêng.',
    lo: 'ບົດຮຽນແລ່ນໃນສະໜາມຂອງມັນເອງ, ດ້ວຍຄວາມສົມຈິງແບບຫ້ອງຮຽນ ແລະ ເວລາຈຳກັດຂອງມັນເອງ.',
  },
  usageHelp: {
    en: 'Run "{command} --help" to see what it accepts.',
    vi: 'Chạy "{command} --help" để xem lệnh nhận những gì.',
    lo: 'ແລ່ນ "{command} --help" ເພື່ອເບິ່ງວ່າມັນຮັບຫຍັງແດ່.',
  },
} as const satisfies Record<string, Record<Lang, string>>;

/** The keys of the CLI's words that take no parameters: whole sentences. */
export type CliSentence = {
  [K in keyof typeof TEXT]: [] extends ParamsArg<(typeof TEXT)[K]> ? K : never;
}[keyof typeof TEXT];

/** The CLI's catalog (the registry's generic test checks every language). */
export const CLI_WORDS = defineCatalog('cli words', TEXT);

/** The CLI's words for `key` in `lang`, with exactly its `{params}` filled in. */
export const cliText = CLI_WORDS.say;
