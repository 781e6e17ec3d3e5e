import type { Lang } from './lang.ts';

/** A translated text: what went wrong and what to do about it. `{name}` is a parameter. */
export interface ErrorText {
  message: string;
  suggestion: string;
}

/*
 * Vietnamese and Lao texts were written by the developers and want review by a native
 * teacher; keep the same parameters in every language (a test checks it).
 */
export const ERROR_MESSAGES = {
  PART_MISSING: {
    en: {
      message: 'This robot ({kit}) has no {part}, so robot.{method}() cannot work.',
      suggestion: 'Choose a kit that has a {part}, or remove robot.{method}() from your program.',
    },
    vi: {
      message: 'Robot này ({kit}) không có {part}, nên robot.{method}() không chạy được.',
      suggestion: 'Hãy chọn bộ kit có {part}, hoặc xoá robot.{method}() khỏi chương trình.',
    },
    lo: {
      message: 'ຫຸ່ນຍົນນີ້ ({kit}) ບໍ່ມີ {part}, ສະນັ້ນ robot.{method}() ເຮັດວຽກບໍ່ໄດ້.',
      suggestion: 'ເລືອກຊຸດທີ່ມີ {part}, ຫຼື ລຶບ robot.{method}() ອອກຈາກໂປຣແກຣມ.',
    },
  },
  BAD_ARGUMENT: {
    en: {
      message: 'robot.{method}() needs {expected}, but it got {value}.',
      suggestion: 'Change the value you give to robot.{method}(), for example robot.{example}.',
    },
    vi: {
      message: 'robot.{method}() cần {expected}, nhưng nhận được {value}.',
      suggestion: 'Hãy sửa giá trị truyền vào robot.{method}(), ví dụ robot.{example}.',
    },
    lo: {
      message: 'robot.{method}() ຕ້ອງການ {expected}, ແຕ່ໄດ້ຮັບ {value}.',
      suggestion: 'ປ່ຽນຄ່າທີ່ໃສ່ໃຫ້ robot.{method}(), ຕົວຢ່າງ robot.{example}.',
    },
  },
  NEVER_WAITS: {
    en: {
      message: 'Your program ran for {ms} ms without waiting for the robot, so it was stopped.',
      suggestion:
        'A loop must wait for the robot: put "await robot.wait(20)" (or another "await robot..." call) inside the loop. Did you forget "await"?',
    },
    vi: {
      message: 'Chương trình đã chạy {ms} ms mà không chờ robot, nên đã bị dừng.',
      suggestion:
        'Vòng lặp phải chờ robot: hãy thêm "await robot.wait(20)" (hoặc một lệnh "await robot..." khác) vào trong vòng lặp. Em có quên "await" không?',
    },
    lo: {
      message: 'ໂປຣແກຣມແລ່ນ {ms} ms ໂດຍບໍ່ລໍຖ້າຫຸ່ນຍົນ, ສະນັ້ນຈຶ່ງຖືກຢຸດ.',
      suggestion:
        'ວົງຮອບຕ້ອງລໍຖ້າຫຸ່ນຍົນ: ໃສ່ "await robot.wait(20)" (ຫຼື ຄຳສັ່ງ "await robot..." ອື່ນ) ໄວ້ໃນວົງຮອບ. ລືມ "await" ບໍ?',
    },
  },
  WAITS_FOREVER: {
    en: {
      message: 'Your program is waiting for something that will never happen.',
      suggestion:
        'Only wait ("await") for robot calls such as robot.wait(100) or robot.distance().',
    },
    vi: {
      message: 'Chương trình đang chờ một việc sẽ không bao giờ xảy ra.',
      suggestion:
        'Chỉ dùng "await" với các lệnh của robot như robot.wait(100) hoặc robot.distance().',
    },
    lo: {
      message: 'ໂປຣແກຣມກຳລັງລໍຖ້າສິ່ງທີ່ຈະບໍ່ເກີດຂຶ້ນ.',
      suggestion: 'ໃຊ້ "await" ກັບຄຳສັ່ງຂອງຫຸ່ນຍົນເທົ່ານັ້ນ ເຊັ່ນ robot.wait(100) ຫຼື robot.distance().',
    },
  },
  SYNTAX_ERROR: {
    en: {
      message: 'Line {line}, column {column}: the program cannot be read: {detail}',
      suggestion:
        'Look at line {line}: check for a missing bracket, quote or comma, or a misspelled word.',
    },
    vi: {
      message: 'Dòng {line}, cột {column}: không đọc được chương trình: {detail}',
      suggestion:
        'Xem dòng {line}: kiểm tra dấu ngoặc, dấu nháy, dấu phẩy bị thiếu hoặc từ viết sai.',
    },
    lo: {
      message: 'ແຖວ {line}, ຖັນ {column}: ອ່ານໂປຣແກຣມບໍ່ໄດ້: {detail}',
      suggestion: 'ເບິ່ງແຖວ {line}: ກວດວົງເລັບ, ເຄື່ອງໝາຍວົງຢືມ, ຈຸດ ທີ່ຂາດ ຫຼື ຄຳທີ່ສະກົດຜິດ.',
    },
  },
  RUNTIME_ERROR: {
    en: {
      message: 'Line {line}, column {column}: {detail}',
      suggestion: 'Look at line {line}: a name may be misspelled, or a value may be missing.',
    },
    vi: {
      message: 'Dòng {line}, cột {column}: {detail}',
      suggestion: 'Xem dòng {line}: có thể một tên bị viết sai, hoặc thiếu một giá trị.',
    },
    lo: {
      message: 'ແຖວ {line}, ຖັນ {column}: {detail}',
      suggestion: 'ເບິ່ງແຖວ {line}: ອາດມີຊື່ທີ່ສະກົດຜິດ ຫຼື ຂາດຄ່າໃດໜຶ່ງ.',
    },
  },
  NOT_ALLOWED: {
    en: {
      message: '"{feature}" is not available in robot programs.',
      suggestion: 'Use only the global "robot" and "console.log"; everything else runs on its own.',
    },
    vi: {
      message: '"{feature}" không dùng được trong chương trình robot.',
      suggestion: 'Chỉ dùng "robot" và "console.log" có sẵn; không cần gì khác.',
    },
    lo: {
      message: '"{feature}" ໃຊ້ບໍ່ໄດ້ໃນໂປຣແກຣມຫຸ່ນຍົນ.',
      suggestion: 'ໃຊ້ພຽງ "robot" ແລະ "console.log" ທີ່ມີໃຫ້ເທົ່ານັ້ນ.',
    },
  },
  OUT_OF_MEMORY: {
    en: {
      message: 'Your program used too much memory (more than {limitMb} MB) and was stopped.',
      suggestion: 'Look for a list or text that keeps growing inside a loop.',
    },
    vi: {
      message: 'Chương trình dùng quá nhiều bộ nhớ (hơn {limitMb} MB) và đã bị dừng.',
      suggestion: 'Tìm một danh sách hoặc chuỗi cứ lớn dần trong vòng lặp.',
    },
    lo: {
      message: 'ໂປຣແກຣມໃຊ້ໜ່ວຍຄວາມຈຳຫຼາຍເກີນໄປ (ເກີນ {limitMb} MB) ແລະ ຖືກຢຸດ.',
      suggestion: 'ຊອກຫາລາຍການ ຫຼື ຂໍ້ຄວາມທີ່ໃຫຍ່ຂຶ້ນເລື້ອຍໆໃນວົງຮອບ.',
    },
  },
  TOO_DEEP: {
    en: {
      message: 'A function calls itself too many times (too deep recursion).',
      suggestion: 'Make sure a function that calls itself has a case where it stops.',
    },
    vi: {
      message: 'Một hàm gọi lại chính nó quá nhiều lần (đệ quy quá sâu).',
      suggestion: 'Hãy chắc rằng hàm tự gọi lại có một trường hợp để dừng.',
    },
    lo: {
      message: 'ຟັງຊັນໜຶ່ງເອີ້ນຕົວເອງຫຼາຍເກີນໄປ.',
      suggestion: 'ໃຫ້ແນ່ໃຈວ່າຟັງຊັນທີ່ເອີ້ນຕົວເອງມີກໍລະນີທີ່ຢຸດ.',
    },
  },
  TOO_NESTED: {
    en: {
      message:
        'The program nests brackets, blocks or expressions too deeply to be read (more levels than a person writes).',
      suggestion:
        'Split the deeply nested part into smaller functions or variables; a few levels of nesting are plenty.',
    },
    vi: {
      message:
        'Chương trình lồng dấu ngoặc, khối lệnh hoặc biểu thức quá sâu nên không đọc được (nhiều tầng hơn người ta viết).',
      suggestion:
        'Hãy tách phần lồng quá sâu thành các hàm hoặc biến nhỏ hơn; vài tầng lồng nhau là đủ.',
    },
    lo: {
      message: 'ໂປຣແກຣມຊ້ອນວົງເລັບ, ບລັອກ ຫຼື ສຳນວນເລິກເກີນໄປຈົນອ່ານບໍ່ໄດ້ (ຫຼາຍຊັ້ນກວ່າທີ່ຄົນຂຽນ).',
      suggestion: 'ແຍກສ່ວນທີ່ຊ້ອນເລິກອອກເປັນຟັງຊັນ ຫຼື ຕົວແປນ້ອຍໆ; ຊ້ອນກັນບໍ່ເທົ່າໃດຊັ້ນກໍພໍແລ້ວ.',
    },
  },
  PROGRAM_TOO_LARGE: {
    en: {
      message: 'The program is {chars} characters long; a robot program may have at most {limit}.',
      suggestion:
        'Check that this is the right file: a student program is a few pages long, never megabytes.',
    },
    vi: {
      message: 'Chương trình dài {chars} ký tự; một chương trình robot được dài tối đa {limit}.',
      suggestion:
        'Hãy kiểm tra xem đúng tệp chưa: chương trình của học sinh chỉ dài vài trang, không bao giờ tới hàng megabyte.',
    },
    lo: {
      message: 'ໂປຣແກຣມຍາວ {chars} ຕົວອັກສອນ; ໂປຣແກຣມຫຸ່ນຍົນຍາວໄດ້ສູງສຸດ {limit}.',
      suggestion: 'ກວດເບິ່ງວ່າແມ່ນໄຟລ໌ທີ່ຖືກຕ້ອງບໍ: ໂປຣແກຣມຂອງນັກຮຽນຍາວພຽງບໍ່ເທົ່າໃດໜ້າ, ບໍ່ເຄີຍເປັນເມກະໄບ.',
    },
  },
  TS_NOT_SUPPORTED: {
    en: {
      message: 'Line {line}: TypeScript "{feature}" is not supported in robot programs.',
      suggestion:
        'Use a plain object instead, for example: const Shapes = { area(r) { return 3 * r * r; } };',
    },
    vi: {
      message:
        'Dòng {line}: "{feature}" của TypeScript không được hỗ trợ trong chương trình robot.',
      suggestion:
        'Hãy dùng một đối tượng thường, ví dụ: const Shapes = { area(r) { return 3 * r * r; } };',
    },
    lo: {
      message: 'ແຖວ {line}: "{feature}" ຂອງ TypeScript ບໍ່ຮອງຮັບໃນໂປຣແກຣມຫຸ່ນຍົນ.',
      suggestion: 'ໃຊ້ອອບເຈັກທຳມະດາແທນ, ຕົວຢ່າງ: const Shapes = { area(r) { return 3 * r * r; } };',
    },
  },
  FILE_INVALID: {
    en: {
      message: '{file}: {path} {problem}',
      suggestion: 'Fix {path} in {file}. {expected}',
    },
    vi: {
      message: '{file}: {path} {problem}',
      suggestion: 'Hãy sửa {path} trong {file}. {expected}',
    },
    lo: {
      message: '{file}: {path} {problem}',
      suggestion: 'ແກ້ໄຂ {path} ໃນ {file}. {expected}',
    },
  },
  FILE_UNREADABLE: {
    en: {
      message: 'Cannot read {file}: {detail}',
      suggestion: 'Check that the file exists and is valid {format}.',
    },
    vi: {
      message: 'Không đọc được {file}: {detail}',
      suggestion: 'Kiểm tra tệp có tồn tại và đúng định dạng {format}.',
    },
    lo: {
      message: 'ອ່ານ {file} ບໍ່ໄດ້: {detail}',
      suggestion: 'ກວດເບິ່ງວ່າໄຟລ໌ມີຢູ່ ແລະ ເປັນ {format} ທີ່ຖືກຕ້ອງ.',
    },
  },
  UNKNOWN_KIT: {
    en: {
      message: 'There is no kit called "{kit}".',
      suggestion: 'Use one of: {choices}. "mekong kits" lists them.',
    },
    vi: {
      message: 'Không có bộ kit tên "{kit}".',
      suggestion: 'Hãy dùng một trong: {choices}. Lệnh "mekong kits" liệt kê chúng.',
    },
    lo: {
      message: 'ບໍ່ມີຊຸດຊື່ "{kit}".',
      suggestion: 'ໃຊ້ໜຶ່ງໃນ: {choices}. ຄຳສັ່ງ "mekong kits" ສະແດງລາຍການ.',
    },
  },
  BAD_OPTION: {
    en: {
      message: 'The option {option} cannot be "{value}".',
      suggestion: 'Use {expected}.',
    },
    vi: {
      message: 'Tuỳ chọn {option} không thể là "{value}".',
      suggestion: 'Hãy dùng {expected}.',
    },
    lo: {
      message: 'ຕົວເລືອກ {option} ບໍ່ສາມາດເປັນ "{value}".',
      suggestion: 'ໃຊ້ {expected}.',
    },
  },
  DISCONNECTED: {
    en: {
      message: 'The robot was disconnected ({detail}). Its motors were stopped.',
      suggestion: 'Check the USB cable, plug the robot back in and run the program again.',
    },
    vi: {
      message: 'Robot đã bị ngắt kết nối ({detail}). Động cơ đã được dừng.',
      suggestion: 'Kiểm tra cáp USB, cắm lại robot rồi chạy lại chương trình.',
    },
    lo: {
      message: 'ຫຸ່ນຍົນຖືກຕັດການເຊື່ອມຕໍ່ ({detail}). ມໍເຕີຖືກຢຸດແລ້ວ.',
      suggestion: 'ກວດສາຍ USB, ສຽບຫຸ່ນຍົນຄືນ ແລ້ວແລ່ນໂປຣແກຣມອີກຄັ້ງ.',
    },
  },
  STOPPED: {
    en: {
      message: 'The program was stopped.',
      suggestion: 'Press Run to start it again.',
    },
    vi: {
      message: 'Chương trình đã bị dừng.',
      suggestion: 'Nhấn Chạy để chạy lại.',
    },
    lo: {
      message: 'ໂປຣແກຣມຖືກຢຸດແລ້ວ.',
      suggestion: 'ກົດ ແລ່ນ ເພື່ອເລີ່ມໃໝ່.',
    },
  },
  NO_FIRMATA: {
    en: {
      message:
        'The board on {port} does not answer in Firmata ({detail}), so Mekong cannot control it.',
      suggestion: 'Put the Mekong firmware on the board: {command}',
    },
    vi: {
      message:
        'Bo mạch ở {port} không trả lời bằng Firmata ({detail}), nên Mekong không điều khiển được.',
      suggestion: 'Hãy nạp firmware Mekong vào bo mạch: {command}',
    },
    lo: {
      message: 'ບອດທີ່ {port} ບໍ່ຕອບດ້ວຍ Firmata ({detail}), ສະນັ້ນ Mekong ຄວບຄຸມບໍ່ໄດ້.',
      suggestion: 'ໃສ່ເຟີມແວ Mekong ໃຫ້ບອດ: {command}',
    },
  },
  WRONG_FIRMWARE: {
    en: {
      message: 'The board on {port} runs "{found}", not the Mekong firmware ("{expected}").',
      suggestion:
        'Flash the Mekong firmware: {command}. Other firmware cannot read the ultrasonic sensor or stop the motors when the cable comes out.',
    },
    vi: {
      message: 'Bo mạch ở {port} đang chạy "{found}", không phải firmware Mekong ("{expected}").',
      suggestion:
        'Hãy nạp firmware Mekong: {command}. Firmware khác không đọc được cảm biến siêu âm và không dừng động cơ khi rút cáp.',
    },
    lo: {
      message: 'ບອດທີ່ {port} ກຳລັງແລ່ນ "{found}", ບໍ່ແມ່ນເຟີມແວ Mekong ("{expected}").',
      suggestion: 'ໃສ່ເຟີມແວ Mekong: {command}. ເຟີມແວອື່ນອ່ານເຊັນເຊີອັນຕຣາໂຊນິກບໍ່ໄດ້ ແລະ ບໍ່ຢຸດມໍເຕີເມື່ອສາຍຫຼຸດ.',
    },
  },
  PORT_UNAVAILABLE: {
    en: {
      message: 'Cannot open {port}: {detail}.',
      suggestion:
        'Check the USB cable, close other programs that use the port (such as the Arduino IDE), then run "mekong list" to see the ports.',
    },
    vi: {
      message: 'Không mở được {port}: {detail}.',
      suggestion:
        'Kiểm tra cáp USB, đóng các chương trình khác đang dùng cổng (như Arduino IDE), rồi chạy "mekong list" để xem các cổng.',
    },
    lo: {
      message: 'ເປີດ {port} ບໍ່ໄດ້: {detail}.',
      suggestion:
        'ກວດສາຍ USB, ປິດໂປຣແກຣມອື່ນທີ່ໃຊ້ພອດ (ເຊັ່ນ Arduino IDE), ແລ້ວແລ່ນ "mekong list" ເພື່ອເບິ່ງພອດ.',
    },
  },
  FLASH_NO_SYNC: {
    en: {
      message: 'The bootloader on {port} did not answer ("not in sync"); tried: {tried}.',
      suggestion:
        'Press the reset button on the board just as "mekong flash" starts, check that the USB cable carries data, or name the board: --board nano-old for clone Nanos with the old bootloader, --board mega for a Mega.',
    },
    vi: {
      message: 'Bootloader ở {port} không trả lời ("not in sync"); đã thử: {tried}.',
      suggestion:
        'Nhấn nút reset trên bo mạch ngay khi "mekong flash" bắt đầu, kiểm tra cáp USB có truyền dữ liệu, hoặc chỉ rõ bo mạch: --board nano-old cho Nano clone có bootloader cũ, --board mega cho Mega.',
    },
    lo: {
      message: 'ບູດໂລດເດີທີ່ {port} ບໍ່ຕອບ ("not in sync"); ລອງແລ້ວ: {tried}.',
      suggestion:
        'ກົດປຸ່ມ reset ເທິງບອດຕອນ "mekong flash" ເລີ່ມ, ກວດວ່າສາຍ USB ສົ່ງຂໍ້ມູນໄດ້, ຫຼື ບອກຊະນິດບອດ: --board nano-old ສຳລັບ Nano ກັອບປີ້ທີ່ມີບູດໂລດເດີເກົ່າ, --board mega ສຳລັບ Mega.',
    },
  },
  FLASH_WRONG_SIGNATURE: {
    en: {
      message:
        'The board on {port} is a {found} (signature {signature}), not the {expected} that --board {board} needs. Nothing was written.',
      suggestion:
        'Run "mekong flash" without --board to pick the firmware by the chip found, or give the right --board.',
    },
    vi: {
      message:
        'Bo mạch ở {port} là {found} (chữ ký {signature}), không phải {expected} mà --board {board} cần. Chưa ghi gì cả.',
      suggestion:
        'Chạy "mekong flash" không có --board để chọn firmware theo chip tìm thấy, hoặc ghi đúng --board.',
    },
    lo: {
      message:
        'ບອດທີ່ {port} ແມ່ນ {found} (ລາຍເຊັນ {signature}), ບໍ່ແມ່ນ {expected} ທີ່ --board {board} ຕ້ອງການ. ຍັງບໍ່ໄດ້ຂຽນຫຍັງ.',
      suggestion: 'ແລ່ນ "mekong flash" ໂດຍບໍ່ມີ --board ເພື່ອເລືອກເຟີມແວຕາມຊິບທີ່ພົບ, ຫຼື ໃສ່ --board ໃຫ້ຖືກ.',
    },
  },
  FLASH_UNSUPPORTED_CHIP: {
    en: {
      message:
        'The board on {port} is a {found} (signature {signature}); Mekong has no firmware for it. Nothing was written.',
      suggestion: 'Use an Arduino Uno, Nano (ATmega328P) or Mega 2560 for the robot.',
    },
    vi: {
      message:
        'Bo mạch ở {port} là {found} (chữ ký {signature}); Mekong không có firmware cho nó. Chưa ghi gì cả.',
      suggestion: 'Hãy dùng Arduino Uno, Nano (ATmega328P) hoặc Mega 2560 cho robot.',
    },
    lo: {
      message: 'ບອດທີ່ {port} ແມ່ນ {found} (ລາຍເຊັນ {signature}); Mekong ບໍ່ມີເຟີມແວສຳລັບມັນ. ຍັງບໍ່ໄດ້ຂຽນຫຍັງ.',
      suggestion: 'ໃຊ້ Arduino Uno, Nano (ATmega328P) ຫຼື Mega 2560 ສຳລັບຫຸ່ນຍົນ.',
    },
  },
  FLASH_VERIFY_FAILED: {
    en: {
      message:
        'Verifying the firmware on {port} failed: the flash page at address {address} reads back different from what was written.',
      suggestion:
        'Run "mekong flash" again. If it fails at the same address again, the chip\'s flash is worn out: use another board.',
    },
    vi: {
      message:
        'Kiểm tra firmware ở {port} thất bại: trang flash ở địa chỉ {address} đọc lại khác với dữ liệu đã ghi.',
      suggestion:
        'Chạy lại "mekong flash". Nếu lại lỗi ở cùng địa chỉ, bộ nhớ flash của chip đã hỏng: hãy dùng bo mạch khác.',
    },
    lo: {
      message: 'ການກວດເຟີມແວທີ່ {port} ລົ້ມເຫຼວ: ໜ້າ flash ທີ່ທີ່ຢູ່ {address} ອ່ານຄືນບໍ່ຄືກັບທີ່ຂຽນ.',
      suggestion: 'ແລ່ນ "mekong flash" ອີກຄັ້ງ. ຖ້າຜິດທີ່ທີ່ຢູ່ເດີມອີກ, ໜ່ວຍຄວາມຈຳ flash ຂອງຊິບເສຍແລ້ວ: ໃຊ້ບອດອື່ນ.',
    },
  },
  FLASH_UNPLUGGED: {
    en: {
      message:
        'The board on {port} went away while flashing ({detail}), after {done} of {total} pages.',
      suggestion:
        'Plug it back in and run "mekong flash" again: the bootloader was not touched, so re-running is safe.',
    },
    vi: {
      message: 'Bo mạch ở {port} bị ngắt khi đang nạp ({detail}), sau {done} trên {total} trang.',
      suggestion:
        'Cắm lại và chạy lại "mekong flash": bootloader không bị động đến, nên chạy lại là an toàn.',
    },
    lo: {
      message: 'ບອດທີ່ {port} ຫຼຸດອອກລະຫວ່າງການໃສ່ເຟີມແວ ({detail}), ຫຼັງຈາກ {done} ໃນ {total} ໜ້າ.',
      suggestion: 'ສຽບຄືນ ແລ້ວແລ່ນ "mekong flash" ອີກຄັ້ງ: ບູດໂລດເດີບໍ່ຖືກແຕະຕ້ອງ, ສະນັ້ນແລ່ນຄືນໄດ້ຢ່າງປອດໄພ.',
    },
  },
  FLASH_PORT_BUSY: {
    en: {
      message: '{port} is in use by another program ({program}), so the board cannot be flashed.',
      suggestion:
        'Close that program (the Arduino IDE\'s serial monitor, another "mekong run", Cura, ...) and run "mekong flash" again.',
    },
    vi: {
      message: '{port} đang được chương trình khác dùng ({program}), nên không nạp được bo mạch.',
      suggestion:
        'Đóng chương trình đó (Serial Monitor của Arduino IDE, một "mekong run" khác, ...) rồi chạy lại "mekong flash".',
    },
    lo: {
      message: '{port} ກຳລັງຖືກໃຊ້ໂດຍໂປຣແກຣມອື່ນ ({program}), ສະນັ້ນໃສ່ເຟີມແວໃຫ້ບອດບໍ່ໄດ້.',
      suggestion:
        'ປິດໂປຣແກຣມນັ້ນ (Serial Monitor ຂອງ Arduino IDE, "mekong run" ອີກອັນ, ...) ແລ້ວແລ່ນ "mekong flash" ອີກຄັ້ງ.',
    },
  },
  FLASH_NO_BOARD: {
    en: {
      message: 'No board to flash: no USB serial port is connected.',
      suggestion:
        'Plug the robot in with a data USB cable (not a charging-only cable), then run "mekong list".',
    },
    vi: {
      message: 'Không có bo mạch để nạp: không có cổng USB nối tiếp nào.',
      suggestion:
        'Cắm robot bằng cáp USB có truyền dữ liệu (không phải cáp chỉ sạc), rồi chạy "mekong list".',
    },
    lo: {
      message: 'ບໍ່ມີບອດໃຫ້ໃສ່ເຟີມແວ: ບໍ່ມີພອດ USB ເຊື່ອມຕໍ່.',
      suggestion: 'ສຽບຫຸ່ນຍົນດ້ວຍສາຍ USB ທີ່ສົ່ງຂໍ້ມູນໄດ້ (ບໍ່ແມ່ນສາຍສາກຢ່າງດຽວ), ແລ້ວແລ່ນ "mekong list".',
    },
  },
  FLASH_WHICH_BOARD: {
    en: {
      message:
        '{count} boards are connected ({ports}); "mekong flash" does not know which one to flash.',
      suggestion: 'Name one with --port <path>, or flash them all in turn with --all.',
    },
    vi: {
      message: 'Có {count} bo mạch đang cắm ({ports}); "mekong flash" không biết nạp bo nào.',
      suggestion: 'Chọn một bo bằng --port <đường dẫn>, hoặc nạp lần lượt tất cả bằng --all.',
    },
    lo: {
      message: 'ມີ {count} ບອດເຊື່ອມຕໍ່ຢູ່ ({ports}); "mekong flash" ບໍ່ຮູ້ວ່າຈະໃສ່ເຟີມແວໃຫ້ບອດໃດ.',
      suggestion: 'ເລືອກໜຶ່ງບອດດ້ວຍ --port <ເສັ້ນທາງ>, ຫຼື ໃສ່ທັງໝົດເທື່ອລະບອດດ້ວຍ --all.',
    },
  },
  FLASH_NO_FIRMWARE_ANSWER: {
    en: {
      message:
        'The firmware was written and verified on {port}, but the board did not start it: no Firmata answer ({detail}).',
      suggestion:
        'Unplug the board, plug it back in and run "mekong list --probe"; if it still does not answer, run "mekong flash" again.',
    },
    vi: {
      message:
        'Firmware đã được ghi và kiểm tra ở {port}, nhưng bo mạch không chạy nó: không có trả lời Firmata ({detail}).',
      suggestion:
        'Rút bo mạch ra, cắm lại rồi chạy "mekong list --probe"; nếu vẫn không trả lời, chạy lại "mekong flash".',
    },
    lo: {
      message: 'ເຟີມແວຖືກຂຽນ ແລະ ກວດແລ້ວທີ່ {port}, ແຕ່ບອດບໍ່ເລີ່ມມັນ: ບໍ່ມີການຕອບ Firmata ({detail}).',
      suggestion:
        'ຖອດບອດອອກ, ສຽບຄືນ ແລ້ວແລ່ນ "mekong list --probe"; ຖ້າຍັງບໍ່ຕອບ, ແລ່ນ "mekong flash" ອີກຄັ້ງ.',
    },
  },
} as const satisfies Record<string, Record<Lang, ErrorText>>;

export type ErrorCode = keyof typeof ERROR_MESSAGES;

/** Names of the robot's parts, as students read them. */
export const PART_NAMES = {
  ultrasonic: { en: 'ultrasonic sensor', vi: 'cảm biến siêu âm', lo: 'ເຊັນເຊີອັນຕຣາໂຊນິກ' },
  line: { en: 'line sensors', vi: 'cảm biến dò line', lo: 'ເຊັນເຊີຕິດຕາມເສັ້ນ' },
  servo: { en: 'servo motor', vi: 'động cơ servo', lo: 'ເຊີໂວມໍເຕີ' },
  led: { en: 'LED', vi: 'đèn LED', lo: 'ໄຟ LED' },
  buzzer: { en: 'buzzer', vi: 'còi', lo: 'ລຳໂພງສຽງ' },
  button: { en: 'button', vi: 'nút bấm', lo: 'ປຸ່ມກົດ' },
} as const satisfies Record<string, Record<Lang, string>>;

export type PartName = keyof typeof PART_NAMES;
