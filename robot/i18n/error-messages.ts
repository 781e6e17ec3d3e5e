import { defineCatalog } from './catalog.ts';

/** A translated text: what went wrong and what to do about it. `{name}` is a parameter. */
export interface ErrorText {
  message: string;
  suggestion: string;
}

/*
 * The robot layer's errors (the program, its files, kits, options). Errors of the hardware
 * side are in firmware-bridge/texts/bridge-errors.ts. Vietnamese and Lao texts were written by
 * the developers and want review by a native teacher.
 */
export const ROBOT_ERRORS = defineCatalog(
  'robot errors',
  {
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
    SLOW_OPERATION: {
      en: {
        message:
          'One operation of your program ran for {seconds} s without waiting for the robot (the limit is {limitMs} ms between two robot calls), so it was stopped. A single operation on a very large text or list, such as indexOf(), join(), replaceAll(), sort() or a regular expression, can take minutes.',
        suggestion:
          'Use smaller texts and lists, or split the work into parts with "await robot.wait(20)" between them.',
      },
      vi: {
        message:
          'Một phép tính trong chương trình đã chạy {seconds} giây mà không chờ robot (giới hạn là {limitMs} ms giữa hai lệnh robot), nên đã bị dừng. Một phép tính trên chuỗi hoặc danh sách rất lớn, như indexOf(), join(), replaceAll(), sort() hoặc biểu thức chính quy, có thể mất nhiều phút.',
        suggestion:
          'Hãy dùng chuỗi và danh sách nhỏ hơn, hoặc chia công việc thành nhiều phần với "await robot.wait(20)" ở giữa.',
      },
      lo: {
        message:
          'ການຄຳນວນໜຶ່ງຂອງໂປຣແກຣມແລ່ນ {seconds} ວິນາທີ ໂດຍບໍ່ລໍຖ້າຫຸ່ນຍົນ (ຂີດຈຳກັດແມ່ນ {limitMs} ms ລະຫວ່າງສອງຄຳສັ່ງຫຸ່ນຍົນ), ສະນັ້ນຈຶ່ງຖືກຢຸດ. ການຄຳນວນດຽວກັບຂໍ້ຄວາມ ຫຼື ລາຍການທີ່ໃຫຍ່ຫຼາຍ ເຊັ່ນ indexOf(), join(), replaceAll(), sort() ຫຼື ຮູບແບບຄົ້ນຫາ "/.../" ອາດໃຊ້ເວລາຫຼາຍນາທີ.',
        suggestion:
          'ໃຊ້ຂໍ້ຄວາມ ແລະ ລາຍການທີ່ນ້ອຍກວ່າ, ຫຼື ແບ່ງວຽກເປັນຫຼາຍສ່ວນ ໂດຍມີ "await robot.wait(20)" ຢູ່ລະຫວ່າງ.',
      },
    },
    WOULD_NOT_STOP: {
      en: {
        message:
          'Your program ran for {seconds} s without waiting for the robot and did not stop when asked (the limit is {limitMs} ms between two robot calls), so it was stopped from outside.',
        suggestion:
          'A loop must wait for the robot: put "await robot.wait(20)" inside it. A try/catch must not catch this stop and start again.',
      },
      vi: {
        message:
          'Chương trình đã chạy {seconds} giây mà không chờ robot và không dừng khi được yêu cầu (giới hạn là {limitMs} ms giữa hai lệnh robot), nên đã bị dừng từ bên ngoài.',
        suggestion:
          'Vòng lặp phải chờ robot: hãy thêm "await robot.wait(20)" vào trong vòng lặp. Đừng dùng try/catch để bắt lần dừng này rồi chạy lại.',
      },
      lo: {
        message:
          'ໂປຣແກຣມແລ່ນ {seconds} ວິນາທີ ໂດຍບໍ່ລໍຖ້າຫຸ່ນຍົນ ແລະ ບໍ່ຢຸດເມື່ອຖືກສັ່ງ (ຂີດຈຳກັດແມ່ນ {limitMs} ms ລະຫວ່າງສອງຄຳສັ່ງຫຸ່ນຍົນ), ສະນັ້ນຈຶ່ງຖືກຢຸດຈາກພາຍນອກ.',
        suggestion:
          'ວົງຮອບຕ້ອງລໍຖ້າຫຸ່ນຍົນ: ໃສ່ "await robot.wait(20)" ໄວ້ໃນວົງຮອບ. ຢ່າໃຊ້ try/catch ຈັບການຢຸດນີ້ແລ້ວເລີ່ມໃໝ່.',
      },
    },
    RUN_TOO_LONG: {
      en: {
        message:
          'Your program ran for {seconds} s of real time, longer than the {limitS} s this run may take, so it was stopped. It spends a long time computing between robot calls.',
        suggestion:
          'Do less work between two robot calls: use smaller texts and lists and fewer turns of a loop.',
      },
      vi: {
        message:
          'Chương trình đã chạy {seconds} giây thời gian thực, lâu hơn {limitS} giây mà lần chạy này được phép, nên đã bị dừng. Chương trình tính toán quá lâu giữa các lệnh robot.',
        suggestion:
          'Hãy làm ít việc hơn giữa hai lệnh robot: dùng chuỗi và danh sách nhỏ hơn, và ít vòng lặp hơn.',
      },
      lo: {
        message:
          'ໂປຣແກຣມແລ່ນ {seconds} ວິນາທີ ຕາມເວລາແທ້, ດົນກວ່າ {limitS} ວິນາທີ ທີ່ການແລ່ນນີ້ອະນຸຍາດ, ສະນັ້ນຈຶ່ງຖືກຢຸດ. ໂປຣແກຣມຄຳນວນດົນເກີນໄປລະຫວ່າງຄຳສັ່ງຫຸ່ນຍົນ.',
        suggestion: 'ເຮັດວຽກໜ້ອຍລົງລະຫວ່າງສອງຄຳສັ່ງຫຸ່ນຍົນ: ໃຊ້ຂໍ້ຄວາມ ແລະ ລາຍການທີ່ນ້ອຍກວ່າ ແລະ ວົງຮອບໜ້ອຍລົງ.',
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
        suggestion:
          'Use only the global "robot" and "console.log"; everything else runs on its own.',
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
    HOST_OUT_OF_MEMORY: {
      en: {
        message:
          'Running your program needed more than {limitMb} MB of the computer’s memory, so it was stopped.',
        suggestion:
          'Look for a loop that calls the robot or prints again and again without waiting ("await robot.wait(20)").',
      },
      vi: {
        message:
          'Chạy chương trình cần hơn {limitMb} MB bộ nhớ của máy tính, nên chương trình đã bị dừng.',
        suggestion:
          'Tìm một vòng lặp gọi robot hoặc in ra liên tục mà không chờ ("await robot.wait(20)").',
      },
      lo: {
        message: 'ການແລ່ນໂປຣແກຣມຕ້ອງໃຊ້ໜ່ວຍຄວາມຈຳຂອງຄອມພິວເຕີຫຼາຍກວ່າ {limitMb} MB, ສະນັ້ນຈຶ່ງຖືກຢຸດ.',
        suggestion: 'ຊອກຫາວົງຮອບທີ່ເອີ້ນຫຸ່ນຍົນ ຫຼື ພິມອອກຊ້ຳໆ ໂດຍບໍ່ລໍຖ້າ ("await robot.wait(20)").',
      },
    },
    TOO_MUCH_OUTPUT: {
      en: {
        message:
          'Your program printed more than {lines} lines or {chars} characters, so it was stopped.',
        suggestion:
          'Print less often: only when a value changes, or once every 10 times round the loop. A loop must also wait for the robot ("await robot.wait(20)").',
      },
      vi: {
        message: 'Chương trình đã in ra hơn {lines} dòng hoặc {chars} ký tự, nên đã bị dừng.',
        suggestion:
          'Hãy in ít hơn: chỉ khi một giá trị thay đổi, hoặc cứ 10 vòng lặp mới in một lần. Vòng lặp cũng phải chờ robot ("await robot.wait(20)").',
      },
      lo: {
        message: 'ໂປຣແກຣມພິມອອກຫຼາຍກວ່າ {lines} ແຖວ ຫຼື {chars} ຕົວອັກສອນ, ສະນັ້ນຈຶ່ງຖືກຢຸດ.',
        suggestion:
          'ພິມໃຫ້ໜ້ອຍລົງ: ພິມສະເພາະເມື່ອຄ່າປ່ຽນ, ຫຼື ພິມເທື່ອດຽວໃນທຸກໆ 10 ຮອບ. ວົງຮອບຕ້ອງລໍຖ້າຫຸ່ນຍົນນຳ ("await robot.wait(20)").',
      },
    },
    TOO_MANY_CHANGES: {
      en: {
        message:
          'Your program changed the motors, LED, buzzer or servo more than {limit} times, so it was stopped.',
        suggestion:
          'Set a motor or the LED only when it needs a new value, and let the robot act before the next change ("await robot.wait(20)").',
      },
      vi: {
        message:
          'Chương trình đã thay đổi động cơ, đèn LED, còi hoặc servo hơn {limit} lần, nên đã bị dừng.',
        suggestion:
          'Chỉ đặt động cơ hoặc đèn LED khi cần giá trị mới, và để robot làm xong trước lần thay đổi sau ("await robot.wait(20)").',
      },
      lo: {
        message: 'ໂປຣແກຣມປ່ຽນມໍເຕີ, ໄຟ LED, ສຽງ ຫຼື servo ຫຼາຍກວ່າ {limit} ເທື່ອ, ສະນັ້ນຈຶ່ງຖືກຢຸດ.',
        suggestion:
          'ຕັ້ງມໍເຕີ ຫຼື ໄຟ LED ສະເພາະເມື່ອຕ້ອງການຄ່າໃໝ່, ແລະ ໃຫ້ຫຸ່ນຍົນເຮັດວຽກກ່ອນການປ່ຽນເທື່ອຕໍ່ໄປ ("await robot.wait(20)").',
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
        message:
          'The program is {chars} characters long; a robot program may have at most {limit}.',
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
          'Use a plain object instead, for example: "const Shapes = { area(r) { return 3 * r * r; } };"',
      },
      vi: {
        message:
          'Dòng {line}: "{feature}" của TypeScript không được hỗ trợ trong chương trình robot.',
        suggestion:
          'Hãy dùng một đối tượng thường, ví dụ: "const Shapes = { area(r) { return 3 * r * r; } };"',
      },
      lo: {
        message: 'ແຖວ {line}: "{feature}" ຂອງ TypeScript ບໍ່ຮອງຮັບໃນໂປຣແກຣມຫຸ່ນຍົນ.',
        suggestion: 'ໃຊ້ອອບເຈັກທຳມະດາແທນ, ຕົວຢ່າງ: "const Shapes = { area(r) { return 3 * r * r; } };"',
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
  },
  'errors',
);

declare module './catalog.ts' {
  interface ErrorTable extends RobotErrorTable {}
}
type RobotErrorTable = typeof ROBOT_ERRORS.texts;
