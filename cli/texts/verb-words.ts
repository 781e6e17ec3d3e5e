import { defineCatalog } from '../../robot/i18n/catalog.ts';

/*
 * The words of the CLI's verbs, a catalog each (the registry's generic test checks every
 * language); the words every verb shares are in cli-text.ts. Vietnamese and Lao written by
 * the developers: they WANT REVIEW BY A NATIVE TEACHER.
 */

/** `mekong classroom`. */
export const CLASSROOM_WORDS = defineCatalog('cli classroom', {
  exported: {
    en: 'Wrote {classes} classes and {handins} hand-ins to {file}.',
    vi: 'Đã ghi {classes} lớp và {handins} bài nộp vào {file}.',
    lo: 'ຂຽນ {classes} ຫ້ອງ ແລະ {handins} ວຽກທີ່ສົ່ງໃສ່ {file} ແລ້ວ.',
  },
  imported: {
    en: 'Added {handins} hand-ins from {file} ({classes} classes in the file).',
    vi: 'Đã thêm {handins} bài nộp từ {file} ({classes} lớp trong tệp).',
    lo: 'ເພີ່ມ {handins} ວຽກທີ່ສົ່ງຈາກ {file} ແລ້ວ ({classes} ຫ້ອງໃນໄຟລ໌).',
  },
});

/** `mekong doctor` (the checks' own words are in firmware-bridge/doctor/doctor-messages.ts). */
export const DOCTOR_WORDS = defineCatalog('cli doctor', {
  title: {
    en: 'Robot check: {kit} on {where}',
    vi: 'Kiểm tra robot: {kit} ở {where}',
    lo: 'ກວດຫຸ່ນຍົນ: {kit} ທີ່ {where}',
  },
  lift: {
    en: 'The wheels will turn for a moment: lift the robot off the table.',
    vi: 'Bánh xe sẽ quay một lúc: hãy nhấc robot lên khỏi bàn.',
    lo: 'ລໍ້ຈະໝຸນຈັກໜ່ອຍ: ຍົກຫຸ່ນຍົນຂຶ້ນຈາກໂຕະ.',
  },
  allGood: {
    en: 'Everything works.',
    vi: 'Mọi thứ đều hoạt động.',
    lo: 'ທຸກຢ່າງເຮັດວຽກໄດ້.',
  },
  someFailed: {
    en: {
      one: '{count} check failed: see "fix" above.',
      other: '{count} checks failed: see "fix" above.',
    },
    vi: '{count} mục kiểm tra bị lỗi: xem "cách sửa" ở trên.',
    lo: '{count} ລາຍການກວດບໍ່ຜ່ານ: ເບິ່ງ "ວິທີແກ້" ຂ້າງເທິງ.',
  },
  fix: { en: 'fix', vi: 'cách sửa', lo: 'ວິທີແກ້' },
});

/** `mekong emulate`. */
export const EMULATE_WORDS = defineCatalog('cli emulate', {
  serving: {
    en: 'Emulated {kit} board ({board}, Mekong firmware) on tcp://{host}:{port}',
    vi: 'Bo mạch {kit} mô phỏng ({board}, firmware Mekong) ở tcp://{host}:{port}',
    lo: 'ບອດ {kit} ຈຳລອງ ({board}, ເຟີມແວ Mekong) ທີ່ tcp://{host}:{port}',
  },
  howTo: {
    en: 'Make it a serial port:  {recipe}\nthen:  mekong run program.ts --port /tmp/ttyMekong   (Ctrl+C stops the emulator)',
    vi: 'Tạo cổng nối tiếp:  {recipe}\nrồi:  mekong run program.ts --port /tmp/ttyMekong   (Ctrl+C để dừng)',
    lo: 'ສ້າງພອດ serial:  {recipe}\nແລ້ວ:  mekong run program.ts --port /tmp/ttyMekong   (Ctrl+C ເພື່ອຢຸດ)',
  },
  notLoopback: {
    en: 'Warning: {host} is reachable from other computers on the network.',
    vi: 'Cảnh báo: các máy khác trong mạng có thể kết nối tới {host}.',
    lo: 'ຄຳເຕືອນ: ຄອມພິວເຕີອື່ນໃນເຄືອຂ່າຍເຂົ້າເຖິງ {host} ໄດ້.',
  },
});

/** `mekong flash`. */
export const FLASH_WORDS = defineCatalog('cli flash', {
  start: {
    en: 'Flashing {port} ({guess}) …',
    vi: 'Đang nạp {port} ({guess}) …',
    lo: 'ກຳລັງໃສ່ເຟີມແວ {port} ({guess}) …',
  },
  found: {
    en: '  found: {label}, {baud} baud',
    vi: '  tìm thấy: {label}, {baud} baud',
    lo: '  ພົບ: {label}, {baud} baud',
  },
  write: { en: 'writing', vi: 'đang ghi', lo: 'ກຳລັງຂຽນ' },
  verify: { en: 'checking', vi: 'đang kiểm tra', lo: 'ກຳລັງກວດ' },
  done: {
    en: '  done: {chip} flashed and checked ({bytes} bytes in {seconds} s); robot "{name}", kit {kit}.',
    vi: '  xong: đã nạp và kiểm tra {chip} ({bytes} byte trong {seconds} giây); robot "{name}", kit {kit}.',
    lo: '  ສຳເລັດ: ໃສ່ເຟີມແວ ແລະ ກວດ {chip} ແລ້ວ ({bytes} ໄບຕ໌ ໃນ {seconds} ວິນາທີ); ຫຸ່ນຍົນ "{name}", ຊຸດ {kit}.',
  },
  summary: {
    en: {
      by: 'total',
      one: '{ok} of {total} board flashed.',
      other: '{ok} of {total} boards flashed.',
    },
    vi: 'Đã nạp {ok} trên {total} bo mạch.',
    lo: 'ໃສ່ເຟີມແວແລ້ວ {ok} ໃນ {total} ບອດ.',
  },
});

/** `mekong grader`. */
export const GRADER_WORDS = defineCatalog('cli grader', {
  grading: {
    en: 'Grading hand-ins from {where}. Press Ctrl+C to stop.',
    vi: 'Đang chấm bài nộp từ {where}. Nhấn Ctrl+C để dừng.',
    lo: 'ກຳລັງໃຫ້ຄະແນນວຽກທີ່ສົ່ງຈາກ {where}. ກົດ Ctrl+C ເພື່ອຢຸດ.',
  },
});

/** `mekong list`. */
export const LIST_WORDS = defineCatalog('cli list', {
  none: {
    en: 'No robot found: no USB serial port is connected. Plug the robot in with a data USB cable.',
    vi: 'Không tìm thấy robot: không có cổng USB nối tiếp nào. Hãy cắm robot bằng cáp USB có truyền dữ liệu.',
    lo: 'ບໍ່ພົບຫຸ່ນຍົນ: ບໍ່ມີພອດ USB ເຊື່ອມຕໍ່. ສຽບຫຸ່ນຍົນດ້ວຍສາຍ USB ທີ່ສົ່ງຂໍ້ມູນໄດ້.',
  },
  noFirmata: {
    en: 'no Firmata answer (not flashed with the Mekong firmware?)',
    vi: 'không có trả lời Firmata (chưa nạp firmware Mekong?)',
    lo: 'ບໍ່ມີການຕອບ Firmata (ຍັງບໍ່ໄດ້ໃສ່ເຟີມແວ Mekong?)',
  },
  noName: { en: 'no robot name stored', vi: 'chưa lưu tên robot', lo: 'ຍັງບໍ່ໄດ້ບັນທຶກຊື່ຫຸ່ນຍົນ' },
  named: { en: '"{name}" ({kit})', vi: 'tên "{name}", bộ kit {kit}', lo: 'ຊື່ "{name}", ຊຸດ {kit}' },
  namedNoKit: {
    en: '"{name}" (no kit stored)',
    vi: 'tên "{name}" (chưa lưu bộ kit)',
    lo: 'ຊື່ "{name}" (ຍັງບໍ່ໄດ້ບັນທຶກຊຸດ)',
  },
});

/** `mekong start`. */
export const START_WORDS = defineCatalog('cli start', {
  building: {
    en: 'Building the web app (first start or changed sources)…',
    vi: 'Đang tạo ứng dụng web (lần đầu hoặc mã nguồn đã thay đổi)…',
    lo: 'ກຳລັງສ້າງແອັບເວັບ (ເທື່ອທຳອິດ ຫຼື ແຫຼ່ງທີ່ມາປ່ຽນແປງ)…',
  },
  ready: {
    en: 'Mekong Robotics is ready: {url}',
    vi: 'Mekong Robotics đã sẵn sàng: {url}',
    lo: 'Mekong Robotics ພ້ອມແລ້ວ: {url}',
  },
  lan: {
    en: 'Students on this network can open: {url}',
    vi: 'Học sinh trong mạng này có thể mở: {url}',
    lo: 'ນັກຮຽນໃນເຄືອຂ່າຍນີ້ສາມາດເປີດ: {url}',
  },
  noLan: {
    en: 'No network address found: connect this computer to the classroom network.',
    vi: 'Không tìm thấy địa chỉ mạng: hãy kết nối máy này vào mạng của lớp.',
    lo: 'ບໍ່ພົບທີ່ຢູ່ເຄືອຂ່າຍ: ເຊື່ອມຕໍ່ຄອມພິວເຕີນີ້ເຂົ້າກັບເຄືອຂ່າຍຫ້ອງຮຽນ.',
  },
  stopHint: { en: 'Press Ctrl+C to stop.', vi: 'Nhấn Ctrl+C để dừng.', lo: 'ກົດ Ctrl+C ເພື່ອຢຸດ.' },
  database: {
    en: 'Classroom database: {where}',
    vi: 'Cơ sở dữ liệu của lớp: {where}',
    lo: 'ຖານຂໍ້ມູນຫ້ອງຮຽນ: {where}',
  },
  teacherPage: {
    en: 'Teacher page: {url}',
    vi: 'Trang giáo viên: {url}',
    lo: 'ໜ້າຄູ: {url}',
  },
  newPin: {
    en: 'Teacher code (write it down, it is shown only now): {pin}',
    vi: 'Mã giáo viên (hãy ghi lại, mã chỉ hiện lần này): {pin}',
    lo: 'ລະຫັດຄູ (ຈົດໄວ້, ມັນສະແດງແຕ່ເທື່ອນີ້): {pin}',
  },
  qr: {
    en: 'Students can scan this code to open {url}:',
    vi: 'Học sinh có thể quét mã này để mở {url}:',
    lo: 'ນັກຮຽນສາມາດສະແກນລະຫັດນີ້ເພື່ອເປີດ {url}:',
  },
});

/** `mekong run hardware`. */
export const RUN_HARDWARE_WORDS = defineCatalog('cli run-hardware', {
  connecting: {
    en: 'Connecting to the robot on {where}…',
    vi: 'Đang kết nối với robot ở {where}…',
    lo: 'ກຳລັງເຊື່ອມຕໍ່ກັບຫຸ່ນຍົນທີ່ {where}…',
  },
});
