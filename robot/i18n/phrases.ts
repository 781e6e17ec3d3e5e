import { ENGINE_PHRASES } from './engine-phrases.ts';
import type { Lang } from './lang.ts';
import { LESSON_PHRASES } from './lesson-phrases.ts';

/*
 * Pieces of error texts that fill a parameter of ERROR_MESSAGES ({detail}, {expected},
 * {format}, {problem}, ...): what was wrong and what is allowed. An error carries one as
 * `phrase(code, params)` and it is worded in the reader's language when shown.
 * Vietnamese and Lao were written by the developers and want review by a native teacher;
 * keep the same parameters in every language (a test checks it).
 */
export const PHRASES = {
  // Files
  noSuchFile: { en: 'no such file', vi: 'không có tệp này', lo: 'ບໍ່ມີໄຟລ໌ນີ້' },
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
    en: 'a .ts or .js program, or a folder of them',
    vi: 'một chương trình .ts hoặc .js, hoặc một thư mục chứa chúng',
    lo: 'ໂປຣແກຣມ .ts ຫຼື .js, ຫຼື ໂຟນເດີທີ່ມີພວກມັນ',
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

  // Values an option or a robot call accepts
  programFile: { en: 'a .ts or .js file', vi: 'một tệp .ts hoặc .js', lo: 'ໄຟລ໌ .ts ຫຼື .js' },
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
  worldChoice: {
    en: 'a world file ending in .json, or one of: {worlds}',
    vi: 'một tệp sân chơi có đuôi .json, hoặc một trong: {worlds}',
    lo: 'ໄຟລ໌ສະໜາມທີ່ລົງທ້າຍດ້ວຍ .json, ຫຼື ໜຶ່ງໃນ: {worlds}',
  },
  lessonChoice: {
    en: 'a lesson number or id: {lessons} ("mekong lessons" lists them)',
    vi: 'số hoặc mã của một bài học: {lessons} (lệnh "mekong lessons" liệt kê chúng)',
    lo: 'ເລກ ຫຼື ລະຫັດຂອງບົດຮຽນ: {lessons} (ຄຳສັ່ງ "mekong lessons" ສະແດງລາຍການ)',
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
    en: 'a folder with .ts or .js programs in it',
    vi: 'một thư mục có chương trình .ts hoặc .js bên trong',
    lo: 'ໂຟນເດີທີ່ມີໂປຣແກຣມ .ts ຫຼື .js ຢູ່ໃນ',
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
  robotNames: {
    en: 'one name, or {count} names separated by commas (one for each board)',
    vi: 'một tên, hoặc {count} tên cách nhau bằng dấu phẩy (mỗi bo mạch một tên)',
    lo: 'ຊື່ດຽວ, ຫຼື {count} ຊື່ ຂັ້ນດ້ວຍເຄື່ອງໝາຍຈຸດ (ບອດລະຊື່)',
  },
  atMostBytes: {
    en: 'at most {bytes} bytes (letters with accents count 2 or 3)',
    vi: 'tối đa {bytes} byte (chữ có dấu tính là 2 hoặc 3 byte)',
    lo: 'ບໍ່ເກີນ {bytes} ໄບຕ໌ (ຕົວອັກສອນລາວ ແລະ ຕົວທີ່ມີເຄື່ອງໝາຍນັບເປັນ 2 ຫຼື 3)',
  },

  // Serial ports and boards
  noSuchPort: { en: 'there is no such port', vi: 'không có cổng này', lo: 'ບໍ່ມີພອດນີ້' },
  portPermission: {
    en: 'permission denied (on Linux, add yourself to the "dialout" group and log in again)',
    vi: 'không có quyền truy cập (trên Linux, hãy thêm tài khoản vào nhóm "dialout" rồi đăng nhập lại)',
    lo: 'ບໍ່ມີສິດເຂົ້າເຖິງ (ໃນ Linux, ເພີ່ມບັນຊີຂອງທ່ານເຂົ້າກຸ່ມ "dialout" ແລ້ວເຂົ້າລະບົບໃໝ່)',
  },
  portBusy: {
    en: 'another program is using it',
    vi: 'một chương trình khác đang dùng nó',
    lo: 'ມີໂປຣແກຣມອື່ນກຳລັງໃຊ້ມັນຢູ່',
  },
  sentNothing: { en: 'it sent nothing', vi: 'nó không gửi gì', lo: 'ມັນບໍ່ໄດ້ສົ່ງຫຍັງມາ' },
  handshakeUnfinished: {
    en: 'it began the Firmata handshake but did not finish it',
    vi: 'nó bắt đầu bắt tay Firmata nhưng không hoàn tất',
    lo: 'ມັນເລີ່ມການທັກທາຍ Firmata ແຕ່ບໍ່ສຳເລັດ',
  },
  notFirmataBytes: {
    en: 'it sent {count} bytes that are not Firmata: {bytes}',
    vi: 'nó gửi {count} byte không phải Firmata: {bytes}',
    lo: 'ມັນສົ່ງ {count} ໄບຕ໌ທີ່ບໍ່ແມ່ນ Firmata: {bytes}',
  },
  connectionClosed: {
    en: 'the connection closed',
    vi: 'kết nối đã đóng',
    lo: 'ການເຊື່ອມຕໍ່ຖືກປິດ',
  },
  robotClosed: {
    en: 'the robot was closed',
    vi: 'kết nối với robot đã được đóng',
    lo: 'ການເຊື່ອມຕໍ່ກັບຫຸ່ນຍົນຖືກປິດແລ້ວ',
  },
  boardSilent: {
    en: 'no answer from the board for {ms} ms',
    vi: 'bo mạch không trả lời trong {ms} ms',
    lo: 'ບອດບໍ່ຕອບເປັນເວລາ {ms} ms',
  },
  emulatedBoard: {
    en: 'emulated {board} ({kit})',
    vi: '{board} giả lập ({kit})',
    lo: '{board} ຈຳລອງ ({kit})',
  },
  // What a USB serial port probably is (from its USB ids)
  guessArduino: {
    en: 'Arduino (genuine Uno, Mega, Nano)',
    vi: 'Arduino (Uno, Mega, Nano chính hãng)',
    lo: 'Arduino (Uno, Mega, Nano ຂອງແທ້)',
  },
  guessArduinoOrg: {
    en: 'Arduino (arduino.org Uno, Mega)',
    vi: 'Arduino (Uno, Mega của arduino.org)',
    lo: 'Arduino (Uno, Mega ຂອງ arduino.org)',
  },
  guessCh340: {
    en: 'CH340 USB-serial (Uno/Nano clone, mBot)',
    vi: 'CH340 USB-serial (Uno/Nano loại clone, mBot)',
    lo: 'CH340 USB-serial (Uno/Nano ກັອບປີ້, mBot)',
  },
  guessFtdi: {
    en: 'FTDI FT232 USB-serial (older Nano)',
    vi: 'FTDI FT232 USB-serial (Nano đời cũ)',
    lo: 'FTDI FT232 USB-serial (Nano ລຸ້ນເກົ່າ)',
  },
  guessCp210x: {
    en: 'CP210x USB-serial (clone board)',
    vi: 'CP210x USB-serial (bo mạch loại clone)',
    lo: 'CP210x USB-serial (ບອດກັອບປີ້)',
  },
  guessUnknown: {
    en: 'unknown USB serial device',
    vi: 'thiết bị USB nối tiếp không rõ loại',
    lo: 'ອຸປະກອນ USB serial ທີ່ບໍ່ຮູ້ຈັກ',
  },
  guessNamedPort: {
    en: 'the port you named',
    vi: 'cổng bạn đã chỉ định',
    lo: 'ພອດທີ່ທ່ານລະບຸ',
  },
  portGuess: { en: '{port}: {guess}', vi: '{port}: {guess}', lo: '{port}: {guess}' },
  usbUnplugged: {
    en: 'the USB cable was unplugged',
    vi: 'cáp USB đã bị rút ra',
    lo: 'ສາຍ USB ຖືກຖອດອອກ',
  },
  serialPortClosed: {
    en: 'the serial port closed',
    vi: 'cổng nối tiếp đã đóng',
    lo: 'ພອດ serial ຖືກປິດ',
  },
  closedByProgram: {
    en: 'closed by the program',
    vi: 'chương trình đã đóng kết nối',
    lo: 'ໂປຣແກຣມປິດການເຊື່ອມຕໍ່ແລ້ວ',
  },
  handshakeFailed: {
    en: 'the handshake failed',
    vi: 'bắt tay với bo mạch thất bại',
    lo: 'ການທັກທາຍກັບບອດລົ້ມເຫຼວ',
  },
  flashingFinished: {
    en: 'flashing finished',
    vi: 'đã nạp xong',
    lo: 'ໃສ່ເຟີມແວສຳເລັດແລ້ວ',
  },
  nothingIn: {
    en: 'nothing in {ms} ms',
    vi: 'không có gì trong {ms} ms',
    lo: 'ບໍ່ມີຫຍັງໃນ {ms} ms',
  },
  itSays: { en: 'it says "{name}"', vi: 'nó trả lời "{name}"', lo: 'ມັນຕອບວ່າ "{name}"' },
  noIdentityAnswer: {
    en: 'no answer to the identity request',
    vi: 'không có trả lời khi hỏi tên robot',
    lo: 'ບໍ່ມີການຕອບເມື່ອຖາມຊື່ຫຸ່ນຍົນ',
  },

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
  atLeast: { en: 'should be at least {min}', vi: 'cần ít nhất là {min}', lo: 'ຄວນເປັນຢ່າງໜ້ອຍ {min}' },
  moreThan: { en: 'should be more than {min}', vi: 'cần lớn hơn {min}', lo: 'ຄວນຫຼາຍກວ່າ {min}' },
  atMost: { en: 'should be at most {max}', vi: 'cần nhiều nhất là {max}', lo: 'ຄວນເປັນຫຼາຍສຸດ {max}' },
  lessThan: { en: 'should be less than {max}', vi: 'cần nhỏ hơn {max}', lo: 'ຄວນໜ້ອຍກວ່າ {max}' },
  atLeastItems: {
    en: 'should have at least {min} item(s)',
    vi: 'cần có ít nhất {min} phần tử',
    lo: 'ຄວນມີຢ່າງໜ້ອຍ {min} ລາຍການ',
  },
  atMostItems: {
    en: 'should have at most {max} item(s)',
    vi: 'chỉ được có nhiều nhất {max} phần tử',
    lo: 'ຄວນມີບໍ່ເກີນ {max} ລາຍການ',
  },
  atLeastChars: {
    en: 'should have at least {min} character(s)',
    vi: 'cần có ít nhất {min} ký tự',
    lo: 'ຄວນມີຢ່າງໜ້ອຍ {min} ຕົວອັກສອນ',
  },
  atMostChars: {
    en: 'should have at most {max} character(s)',
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
  idLetters: {
    en: 'should use only letters, digits, "-" or "_"',
    vi: 'chỉ được dùng chữ cái, chữ số, "-" hoặc "_"',
    lo: 'ຄວນໃຊ້ພຽງຕົວອັກສອນ, ຕົວເລກ, "-" ຫຼື "_"',
  },
  lessonFileName: {
    en: 'should be a file name in the lesson folder, like "world.json"',
    vi: 'cần là tên một tệp trong thư mục bài học, như "world.json"',
    lo: 'ຄວນເປັນຊື່ໄຟລ໌ໃນໂຟນເດີບົດຮຽນ, ເຊັ່ນ "world.json"',
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
  listedTwice: {
    en: 'lists something twice',
    vi: 'liệt kê một mục hai lần',
    lo: 'ມີລາຍການຊ້ຳກັນ',
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
  endWhenUnknown: {
    en: 'names no check of this lesson',
    vi: 'không trỏ đến bài kiểm tra nào của bài học này',
    lo: 'ບໍ່ກົງກັບການກວດໃດຂອງບົດຮຽນນີ້',
  },
  // A lesson folder that does not load (lessons/lesson-files.ts, lessons/lesson-text.ts)
  ...LESSON_PHRASES,
  // The JavaScript engine's messages (robot/program/engine-messages.ts)
  ...ENGINE_PHRASES,
} as const satisfies Record<string, Record<Lang, string>>;

export type PhraseCode = keyof typeof PHRASES;

/** JSON value types as `jsonType`/`jsonReceived` parameters name them. */
export const JSON_TYPE_NAMES = {
  number: { en: 'a number', vi: 'một số', lo: 'ຕົວເລກ' },
  string: { en: 'a text in quotes', vi: 'một chuỗi trong dấu nháy', lo: 'ຂໍ້ຄວາມໃນວົງຢືມ' },
  boolean: { en: 'true or false', vi: 'true hoặc false', lo: 'true ຫຼື false' },
  object: { en: 'an object { … }', vi: 'một đối tượng { … }', lo: 'ອອບເຈັກ { … }' },
  array: { en: 'a list [ … ]', vi: 'một danh sách [ … ]', lo: 'ລາຍການ [ … ]' },
  null: { en: 'null', vi: 'null', lo: 'null' },
} as const satisfies Record<string, Record<Lang, string>>;
