// The words of `mekong --help` in every language: verb, argument and option descriptions,
// and the parts commander writes itself (headings, "(default: …)", the help and version
// options). Plain JavaScript, like main.js, so that help starts without the TypeScript loader.

import { fill } from '../robot/i18n/text-core.js';

/** @typedef {import('../robot/i18n/text-core.js').Lang} Lang */

/**
 * Keyed by verb (`run`), verb and argument (`run <program>`) or verb and long flag
 * (`run --world`); the program's own options have no verb.
 * @satisfies {Record<string, Record<Lang, string>>}
 */
const TEXT = {
  // commander's own words
  usage: { en: 'Usage:', vi: 'Cách dùng:', lo: 'ວິທີໃຊ້:' },
  arguments: { en: 'Arguments:', vi: 'Tham số:', lo: 'ຄ່າທີ່ໃສ່:' },
  options: { en: 'Options:', vi: 'Tuỳ chọn:', lo: 'ຕົວເລືອກ:' },
  commands: { en: 'Commands:', vi: 'Lệnh:', lo: 'ຄຳສັ່ງ:' },
  choices: { en: 'choices: {values}', vi: 'chọn một trong: {values}', lo: 'ເລືອກໄດ້: {values}' },
  default: { en: 'default: {value}', vi: 'mặc định: {value}', lo: 'ຄ່າເລີ່ມຕົ້ນ: {value}' },
  help: {
    en: 'display help for command',
    vi: 'hiện hướng dẫn của lệnh',
    lo: 'ສະແດງຄຳແນະນຳຂອງຄຳສັ່ງ',
  },
  version: { en: 'output the version number', vi: 'in số phiên bản', lo: 'ສະແດງເລກລຸ້ນ' },

  // the program
  mekong: {
    en: 'Mekong Robotics: program classroom robots, in the simulator or for real.',
    vi: 'Mekong Robotics: lập trình robot của lớp học, trên trình mô phỏng hoặc robot thật.',
    lo: 'Mekong Robotics: ຂຽນໂປຣແກຣມໃຫ້ຫຸ່ນຍົນໃນຫ້ອງຮຽນ, ໃນໂປຣແກຣມຈຳລອງ ຫຼື ຫຸ່ນຍົນແທ້.',
  },
  '--lang': { en: 'language of messages', vi: 'ngôn ngữ của thông báo', lo: 'ພາສາຂອງຂໍ້ຄວາມ' },

  run: {
    en: 'run a student program in the simulator (--sim) or on a robot (--port, --emulate)',
    vi: 'chạy chương trình của học sinh trên trình mô phỏng (--sim) hoặc trên robot (--port, --emulate)',
    lo: 'ແລ່ນໂປຣແກຣມຂອງນັກຮຽນໃນໂປຣແກຣມຈຳລອງ (--sim) ຫຼື ເທິງຫຸ່ນຍົນ (--port, --emulate)',
  },
  'run <program>': {
    en: 'a .ts or .js program, or a block program (.blocks.json)',
    vi: 'chương trình .ts hoặc .js, hoặc chương trình khối (.blocks.json)',
    lo: 'ໂປຣແກຣມ .ts ຫຼື .js, ຫຼື ໂປຣແກຣມບລັອກ (.blocks.json)',
  },
  'run --sim': {
    en: 'run in the headless simulator (the default)',
    vi: 'chạy trên trình mô phỏng không có màn hình (mặc định)',
    lo: 'ແລ່ນໃນໂປຣແກຣມຈຳລອງແບບບໍ່ມີໜ້າຈໍ (ຄ່າເລີ່ມຕົ້ນ)',
  },
  'run --world': {
    en: 'world file or builtin world id',
    vi: 'tệp sân chơi hoặc mã của một sân chơi có sẵn',
    lo: 'ໄຟລ໌ສະໜາມ ຫຼື ລະຫັດຂອງສະໜາມທີ່ມີໃຫ້',
  },
  'run --kit': { en: 'kit id or kit file', vi: 'mã hoặc tệp bộ kit', lo: 'ລະຫັດ ຫຼື ໄຟລ໌ຂອງຊຸດ' },
  'run --seed': {
    en: 'seed for classroom realism',
    vi: 'seed cho chế độ giống lớp học',
    lo: 'seed ສຳລັບແບບຫ້ອງຮຽນ',
  },
  'run --realism': {
    en: 'how real the world is (default: ideal with --sim, classroom with --emulate)',
    vi: 'độ thực tế của sân chơi (mặc định: ideal với --sim, classroom với --emulate)',
    lo: 'ຄວາມສົມຈິງຂອງສະໜາມ (ຄ່າເລີ່ມຕົ້ນ: ideal ກັບ --sim, classroom ກັບ --emulate)',
  },
  'run --max-time': {
    en: 'stop the program after this much robot time (the run also ends soon after this much real time)',
    vi: 'dừng chương trình sau chừng này giây thời gian robot (lần chạy cũng kết thúc ngay sau chừng này giây thời gian thực)',
    lo: 'ຢຸດໂປຣແກຣມຫຼັງຈາກເວລາຫຸ່ນຍົນເທົ່ານີ້ວິນາທີ (ການແລ່ນກໍ່ຈົບບໍ່ດົນຫຼັງຈາກເວລາແທ້ເທົ່ານີ້ວິນາທີ)',
  },
  'run --lesson': {
    en: "run it as a lesson: the lesson's world, time limit and checks (classroom realism, like grading); with --emulate on the emulated board",
    vi: 'chạy như một bài học: sân chơi, giới hạn thời gian và các bước kiểm tra của bài (giống lớp học, như khi chấm bài); với --emulate thì chạy trên bo mạch giả lập',
    lo: 'ແລ່ນເປັນບົດຮຽນ: ສະໜາມ, ເວລາຈຳກັດ ແລະ ການກວດຂອງບົດຮຽນ (ແບບຫ້ອງຮຽນ, ຄືກັບຕອນໃຫ້ຄະແນນ); ກັບ --emulate ແລ່ນເທິງບອດຈຳລອງ',
  },
  'run --json': {
    en: 'print one JSON object',
    vi: 'in ra một đối tượng JSON',
    lo: 'ສະແດງເປັນ JSON ອັນດຽວ',
  },
  'run --port': {
    en: 'run on the robot on this serial port ("mekong list" shows them)',
    vi: 'chạy trên robot ở cổng serial này (lệnh "mekong list" liệt kê các cổng)',
    lo: 'ແລ່ນເທິງຫຸ່ນຍົນທີ່ພອດ serial ນີ້ (ຄຳສັ່ງ "mekong list" ສະແດງລາຍການ)',
  },
  'run --emulate': {
    en: 'run on the emulated board (our firmware in avr8js, in --world)',
    vi: 'chạy trên bo mạch giả lập (firmware của chúng ta trong avr8js, ở --world)',
    lo: 'ແລ່ນເທິງບອດຈຳລອງ (ເຟີມແວຂອງພວກເຮົາໃນ avr8js, ໃນ --world)',
  },

  kits: { en: 'list the robot kits', vi: 'liệt kê các bộ kit robot', lo: 'ສະແດງລາຍການຊຸດຫຸ່ນຍົນ' },
  'kits --json': { en: 'print JSON', vi: 'in ra dạng JSON', lo: 'ສະແດງເປັນ JSON' },

  start: {
    en: 'serve the browser simulator (building it first if needed) and print its address',
    vi: 'mở trình mô phỏng trên trình duyệt (build trước nếu cần) và in ra địa chỉ của nó',
    lo: 'ເປີດໂປຣແກຣມຈຳລອງໃນບຣາວເຊີ (build ກ່ອນຖ້າຈຳເປັນ) ແລະ ສະແດງທີ່ຢູ່ຂອງມັນ',
  },
  'start --port': {
    en: 'port to listen on (default: the first free one from 8080)',
    vi: 'cổng để lắng nghe (mặc định: cổng trống đầu tiên từ 8080)',
    lo: 'ພອດທີ່ຈະຮັບຟັງ (ຄ່າເລີ່ມຕົ້ນ: ພອດຫວ່າງອັນທຳອິດຕັ້ງແຕ່ 8080)',
  },
  'start --host': {
    en: 'serve the whole classroom network (listen on every address)',
    vi: 'phục vụ cả mạng của lớp học (lắng nghe trên mọi địa chỉ)',
    lo: 'ໃຫ້ບໍລິການທົ່ວເຄືອຂ່າຍຂອງຫ້ອງຮຽນ (ຮັບຟັງທຸກທີ່ຢູ່)',
  },

  lessons: {
    en: 'list the lessons of the course',
    vi: 'liệt kê các bài học của khoá học',
    lo: 'ສະແດງລາຍການບົດຮຽນຂອງຫຼັກສູດ',
  },
  'lessons --teacher': {
    en: 'for teachers: also say which translations await review by a native-speaking teacher',
    vi: 'cho giáo viên: cho biết thêm bản dịch nào đang chờ giáo viên bản ngữ xem lại',
    lo: 'ສຳລັບຄູ: ບອກນຳວ່າການແປໃດລໍຖ້າຄູທີ່ເວົ້າພາສານັ້ນເປັນພາສາແມ່ກວດຄືນ',
  },
  'lessons --starter': {
    en: 'print the starter program of a lesson in the --lang language ("mekong lessons --starter 4 > my-program.ts")',
    vi: 'in chương trình mẫu của một bài học bằng ngôn ngữ --lang ("mekong lessons --starter 4 > my-program.ts")',
    lo: 'ພິມໂປຣແກຣມເລີ່ມຕົ້ນຂອງບົດຮຽນເປັນພາສາ --lang ("mekong lessons --starter 4 > my-program.ts")',
  },
  'lessons --json': { en: 'print JSON', vi: 'in ra dạng JSON', lo: 'ສະແດງເປັນ JSON' },

  grade: {
    en: 'grade a class: run every program on a lesson, several times, and report',
    vi: 'chấm bài cả lớp: chạy mỗi chương trình trên một bài học nhiều lần, rồi báo cáo',
    lo: 'ໃຫ້ຄະແນນທັງຫ້ອງ: ແລ່ນທຸກໂປຣແກຣມກັບບົດຮຽນໜຶ່ງ ຫຼາຍເທື່ອ, ແລ້ວລາຍງານ',
  },
  'grade <lesson>': {
    en: 'lesson number or id (see "mekong lessons")',
    vi: 'số hoặc mã bài học (xem "mekong lessons")',
    lo: 'ເລກ ຫຼື ລະຫັດບົດຮຽນ (ເບິ່ງ "mekong lessons")',
  },
  'grade <program-or-folder...>': {
    en: 'student programs (.ts/.js/.blocks.json) or folders of them',
    vi: 'chương trình của học sinh (.ts/.js/.blocks.json) hoặc thư mục chứa chúng',
    lo: 'ໂປຣແກຣມຂອງນັກຮຽນ (.ts/.js/.blocks.json) ຫຼື ໂຟນເດີທີ່ມີພວກມັນ',
  },
  'grade --seeds': {
    en: 'runs per program, each with a slightly different robot',
    vi: 'số lần chạy mỗi chương trình, mỗi lần với một robot hơi khác',
    lo: 'ຈຳນວນຮອບຕໍ່ໂປຣແກຣມ, ແຕ່ລະຮອບກັບຫຸ່ນຍົນທີ່ຕ່າງກັນໜ້ອຍໜຶ່ງ',
  },
  'grade --kit': {
    en: "kit to grade on (default: the lesson's first kit)",
    vi: 'bộ kit dùng để chấm (mặc định: bộ kit đầu tiên của bài học)',
    lo: 'ຊຸດທີ່ໃຊ້ໃຫ້ຄະແນນ (ຄ່າເລີ່ມຕົ້ນ: ຊຸດທຳອິດຂອງບົດຮຽນ)',
  },
  'grade --report': {
    en: 'also write a report: file.html (to open or print) or file.csv',
    vi: 'ghi thêm một báo cáo: file.html (để mở hoặc in) hoặc file.csv',
    lo: 'ຂຽນລາຍງານນຳ: file.html (ເພື່ອເປີດ ຫຼື ພິມ) ຫຼື file.csv',
  },
  'grade --force': {
    en: 'replace the --report file if there is one',
    vi: 'ghi đè tệp --report nếu tệp đó đã có',
    lo: 'ຂຽນທັບໄຟລ໌ --report ຖ້າມີຢູ່ແລ້ວ',
  },
  'grade --workers': {
    en: 'grading threads, each able to stop a runaway program (default: one per CPU core, at most 4; one for a small class)',
    vi: 'số luồng chấm bài, mỗi luồng dừng được chương trình chạy mãi (mặc định: mỗi nhân CPU một luồng, tối đa 4; một luồng cho lớp nhỏ)',
    lo: 'ຈຳນວນເທຣດໃຫ້ຄະແນນ, ແຕ່ລະເທຣດຢຸດໂປຣແກຣມທີ່ແລ່ນບໍ່ຢຸດໄດ້ (ຄ່າເລີ່ມຕົ້ນ: ໜຶ່ງເທຣດຕໍ່ແກນ CPU, ສູງສຸດ 4; ໜຶ່ງເທຣດສຳລັບຫ້ອງນ້ອຍ)',
  },
  'grade --json': {
    en: 'print one JSON object',
    vi: 'in ra một đối tượng JSON',
    lo: 'ສະແດງເປັນ JSON ອັນດຽວ',
  },

  list: {
    en: 'list the USB serial ports that may be robots, with a board guess',
    vi: 'liệt kê các cổng serial USB có thể là robot, kèm đoán loại bo mạch',
    lo: 'ສະແດງລາຍການພອດ serial USB ທີ່ອາດເປັນຫຸ່ນຍົນ, ພ້ອມຄາດເດົາປະເພດບອດ',
  },
  'list --probe': {
    en: 'ask each board for its firmware and robot name (opens the ports)',
    vi: 'hỏi từng bo mạch về firmware và tên robot của nó (sẽ mở các cổng)',
    lo: 'ຖາມແຕ່ລະບອດກ່ຽວກັບເຟີມແວ ແລະ ຊື່ຫຸ່ນຍົນ (ຈະເປີດພອດ)',
  },
  'list --json': { en: 'print JSON', vi: 'in ra dạng JSON', lo: 'ສະແດງເປັນ JSON' },

  doctor: {
    en: 'check a robot part by part, with a fix for each problem',
    vi: 'kiểm tra robot từng bộ phận, kèm cách sửa cho mỗi lỗi',
    lo: 'ກວດຫຸ່ນຍົນເທື່ອລະພາກສ່ວນ, ພ້ອມວິທີແກ້ແຕ່ລະບັນຫາ',
  },
  'doctor --port': {
    en: 'the robot on this serial port ("mekong list" shows them)',
    vi: 'robot ở cổng serial này (lệnh "mekong list" liệt kê các cổng)',
    lo: 'ຫຸ່ນຍົນທີ່ພອດ serial ນີ້ (ຄຳສັ່ງ "mekong list" ສະແດງລາຍການ)',
  },
  'doctor --emulate': {
    en: 'check the emulated board instead',
    vi: 'kiểm tra bo mạch giả lập thay thế',
    lo: 'ກວດບອດຈຳລອງແທນ',
  },
  'doctor --kit': { en: 'kit id or kit file', vi: 'mã hoặc tệp bộ kit', lo: 'ລະຫັດ ຫຼື ໄຟລ໌ຂອງຊຸດ' },
  'doctor --json': { en: 'print JSON', vi: 'in ra dạng JSON', lo: 'ສະແດງເປັນ JSON' },

  emulate: {
    en: 'serve an emulated robot board (our firmware in avr8js) over TCP for any Firmata client',
    vi: 'cung cấp một bo mạch robot giả lập (firmware của chúng ta trong avr8js) qua TCP cho mọi chương trình Firmata',
    lo: 'ໃຫ້ບໍລິການບອດຫຸ່ນຍົນຈຳລອງ (ເຟີມແວຂອງພວກເຮົາໃນ avr8js) ຜ່ານ TCP ສຳລັບໂປຣແກຣມ Firmata ໃດກໍໄດ້',
  },
  'emulate --kit': { en: 'kit id or kit file', vi: 'mã hoặc tệp bộ kit', lo: 'ລະຫັດ ຫຼື ໄຟລ໌ຂອງຊຸດ' },
  'emulate --world': {
    en: 'world file or builtin world id',
    vi: 'tệp sân chơi hoặc mã của một sân chơi có sẵn',
    lo: 'ໄຟລ໌ສະໜາມ ຫຼື ລະຫັດຂອງສະໜາມທີ່ມີໃຫ້',
  },
  'emulate --listen': {
    en: 'address to listen on (loopback unless you say otherwise)',
    vi: 'địa chỉ để lắng nghe (chỉ trong máy này, trừ khi bạn chọn khác)',
    lo: 'ທີ່ຢູ່ທີ່ຈະຮັບຟັງ (ສະເພາະໃນເຄື່ອງນີ້ ເວັ້ນເສຍແຕ່ທ່ານເລືອກອື່ນ)',
  },
  'emulate --realism': {
    en: 'how real the emulated world is (ideal: exact sensors, but motors without the dead band that forward/turn allow for)',
    vi: 'độ thực tế của sân chơi giả lập (ideal: cảm biến chính xác, nhưng động cơ không có vùng chết mà forward/turn tính đến)',
    lo: 'ຄວາມສົມຈິງຂອງສະໜາມຈຳລອງ (ideal: ເຊັນເຊີຖືກຕ້ອງແນ່ນອນ, ແຕ່ມໍເຕີບໍ່ມີຊ່ວງບໍ່ຕອບສະໜອງທີ່ forward/turn ຄິດໄລ່ໄວ້)',
  },
  'emulate --seed': {
    en: 'seed for classroom realism',
    vi: 'seed cho chế độ giống lớp học',
    lo: 'seed ສຳລັບແບບຫ້ອງຮຽນ',
  },

  flash: {
    en: 'put the Mekong firmware on a robot board (or every connected one), verified',
    vi: 'nạp firmware Mekong vào bo mạch robot (hoặc mọi bo mạch đang cắm), có kiểm tra lại',
    lo: 'ໃສ່ເຟີມແວ Mekong ລົງບອດຫຸ່ນຍົນ (ຫຼື ທຸກບອດທີ່ເຊື່ອມຕໍ່ຢູ່), ພ້ອມກວດຄືນ',
  },
  'flash --port': {
    en: 'the board on this serial port ("mekong list" shows them)',
    vi: 'bo mạch ở cổng serial này (lệnh "mekong list" liệt kê các cổng)',
    lo: 'ບອດທີ່ພອດ serial ນີ້ (ຄຳສັ່ງ "mekong list" ສະແດງລາຍການ)',
  },
  'flash --board': {
    en: 'uno, nano, nano-old or mega (default: find out)',
    vi: 'uno, nano, nano-old hoặc mega (mặc định: tự nhận biết)',
    lo: 'uno, nano, nano-old ຫຼື mega (ຄ່າເລີ່ມຕົ້ນ: ກວດຫາເອງ)',
  },
  'flash --name': {
    en: "the robot's name (with --all: one name, or one per board)",
    vi: 'tên của robot (với --all: một tên, hoặc mỗi bo mạch một tên)',
    lo: 'ຊື່ຂອງຫຸ່ນຍົນ (ກັບ --all: ຊື່ດຽວ, ຫຼື ບອດລະຊື່)',
  },
  'flash --kit': {
    en: 'the kit id stored on the robot',
    vi: 'mã bộ kit được lưu trên robot',
    lo: 'ລະຫັດຊຸດທີ່ເກັບໄວ້ໃນຫຸ່ນຍົນ',
  },
  'flash --hex': {
    en: 'write this Intel HEX file instead of the Mekong firmware',
    vi: 'ghi tệp Intel HEX này thay cho firmware Mekong',
    lo: 'ຂຽນໄຟລ໌ Intel HEX ນີ້ແທນເຟີມແວ Mekong',
  },
  'flash --all': {
    en: 'flash every connected board in turn (robot-01, robot-02, …)',
    vi: 'lần lượt nạp cho mọi bo mạch đang cắm (robot-01, robot-02, …)',
    lo: 'ໃສ່ເຟີມແວໃຫ້ທຸກບອດທີ່ເຊື່ອມຕໍ່ຢູ່ ເທື່ອລະບອດ (robot-01, robot-02, …)',
  },
  'flash --json': {
    en: 'print one JSON object',
    vi: 'in ra một đối tượng JSON',
    lo: 'ສະແດງເປັນ JSON ອັນດຽວ',
  },
};

/** @typedef {keyof typeof TEXT} HelpKey */

/** Every help text, for the catalog that registers them (cli/texts/help-words.ts). */
export const HELP_TEXTS = TEXT;

/** Every key of the help words (for completeness tests). */
export const HELP_TEXT_KEYS = /** @type {HelpKey[]} */ (Object.keys(TEXT));

/**
 * The help words for `key` in `lang`, with `{name}` replaced by `params.name`.
 * @param {HelpKey} key
 * @param {Lang} lang
 * @param {Record<string, string>} [params]
 */
export function helpText(key, lang, params = {}) {
  return fill(TEXT[key][lang], params);
}

/** commander's help headings and the keys of their words. */
export const HEADINGS = /** @type {Record<string, HelpKey>} */ ({
  'Usage:': 'usage',
  'Arguments:': 'arguments',
  'Options:': 'options',
  'Commands:': 'commands',
});
