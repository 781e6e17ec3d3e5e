import { defineCatalog } from '../../../robot/i18n/catalog.ts';

/*
 * The words of connecting a robot from the page. Vietnamese and Lao were written by the
 * developers and WANT REVIEW BY A NATIVE TEACHER.
 */
export const ROBOT_LINK_TEXT = {
  chooseTitle: {
    en: 'Which robot?',
    vi: 'Robot nào?',
    lo: 'ຫຸ່ນຍົນໂຕໃດ?',
  },
  usbRobot: { en: 'USB robot', vi: 'Robot cắm USB', lo: 'ຫຸ່ນຍົນສຽບ USB' },
  emulatedRobot: {
    en: 'Emulated robot (no USB)',
    vi: 'Robot giả lập (không cần USB)',
    lo: 'ຫຸ່ນຍົນຈຳລອງ (ບໍ່ຕ້ອງໃຊ້ USB)',
  },
  emulatedHint: {
    en: 'Our robot firmware runs in the page, on a robot in the arena you see.',
    vi: 'Firmware robot của chúng ta chạy ngay trong trang, trên robot trong sân em đang thấy.',
    lo: 'ເຟີມແວຫຸ່ນຍົນຂອງພວກເຮົາແລ່ນໃນໜ້ານີ້, ເທິງຫຸ່ນຍົນໃນສະໜາມທີ່ເຈົ້າເຫັນ.',
  },
  noWebSerial: {
    en: 'This browser cannot reach USB robots. Use Chrome or Edge (version 89 or newer) or Firefox 151 or newer on a computer; Safari and phones cannot. The emulated robot works everywhere.',
    vi: 'Trình duyệt này không kết nối được robot USB. Hãy dùng Chrome hoặc Edge (phiên bản 89 trở lên) hoặc Firefox 151 trở lên trên máy tính; Safari và điện thoại thì không được. Robot giả lập chạy được ở mọi nơi.',
    lo: 'ບຣາວເຊີນີ້ເຊື່ອມຕໍ່ຫຸ່ນຍົນ USB ບໍ່ໄດ້. ໃຊ້ Chrome ຫຼື Edge (ເວີຊັນ 89 ຂຶ້ນໄປ) ຫຼື Firefox 151 ຂຶ້ນໄປ ໃນຄອມພິວເຕີ; Safari ແລະ ໂທລະສັບໃຊ້ບໍ່ໄດ້. ຫຸ່ນຍົນຈຳລອງໃຊ້ໄດ້ທຸກບ່ອນ.',
  },
  checkRobot: { en: 'Check my robot', vi: 'Kiểm tra robot', lo: 'ກວດຫຸ່ນຍົນຂອງຂ້ອຍ' },
  checking: {
    en: 'Checking each part of the robot…',
    vi: 'Đang kiểm tra từng bộ phận của robot…',
    lo: 'ກຳລັງກວດແຕ່ລະສ່ວນຂອງຫຸ່ນຍົນ…',
  },
  fix: { en: 'What to do: {fix}', vi: 'Cách sửa: {fix}', lo: 'ວິທີແກ້: {fix}' },
  cancel: { en: 'Cancel', vi: 'Hủy', lo: 'ຍົກເລີກ' },
  disconnect: { en: 'Disconnect', vi: 'Ngắt kết nối', lo: 'ຕັດການເຊື່ອມຕໍ່' },
  connecting: {
    en: 'Connecting… (the board restarts, about 2 seconds)',
    vi: 'Đang kết nối… (bo mạch khởi động lại, khoảng 2 giây)',
    lo: 'ກຳລັງເຊື່ອມຕໍ່… (ບອດເລີ່ມໃໝ່, ປະມານ 2 ວິນາທີ)',
  },
  connected: {
    en: 'Robot "{name}" ({kit})',
    vi: 'Robot "{name}" ({kit})',
    lo: 'ຫຸ່ນຍົນ "{name}" ({kit})',
  },
  noName: {
    en: 'Robot without a stored name ({kit})',
    vi: 'Robot chưa lưu tên ({kit})',
    lo: 'ຫຸ່ນຍົນທີ່ຍັງບໍ່ມີຊື່ ({kit})',
  },
  reconnecting: {
    en: 'Robot unplugged: plug it back in and it reconnects.',
    vi: 'Robot đã bị rút cáp: cắm lại là robot tự kết nối.',
    lo: 'ຫຸ່ນຍົນຖືກຖອດສາຍ: ສຽບຄືນແລ້ວມັນຈະເຊື່ອມຕໍ່ເອງ.',
  },
  runsOnRobot: {
    en: 'Run now drives the connected robot.',
    vi: 'Nút Chạy bây giờ điều khiển robot đã kết nối.',
    lo: 'ປຸ່ມແລ່ນຕອນນີ້ຄວບຄຸມຫຸ່ນຍົນທີ່ເຊື່ອມຕໍ່ຢູ່.',
  },
  connectFailed: {
    en: 'Could not connect: {message} {suggestion}',
    vi: 'Không kết nối được: {message} {suggestion}',
    lo: 'ເຊື່ອມຕໍ່ບໍ່ໄດ້: {message} {suggestion}',
  },
  notOurFirmware: {
    en: 'This board does not run the Mekong firmware. Press "Flash our firmware" to write it (about a minute), then the robot connects.',
    vi: 'Bo mạch này không chạy firmware Mekong. Nhấn "Nạp firmware của chúng ta" để ghi firmware (khoảng một phút), rồi robot sẽ kết nối.',
    lo: 'ບອດນີ້ບໍ່ໄດ້ແລ່ນເຟີມແວ Mekong. ກົດ "ໃສ່ເຟີມແວຂອງພວກເຮົາ" ເພື່ອຂຽນມັນ (ປະມານໜຶ່ງນາທີ), ແລ້ວຫຸ່ນຍົນຈະເຊື່ອມຕໍ່.',
  },
  flashFirmware: {
    en: 'Flash our firmware',
    vi: 'Nạp firmware của chúng ta',
    lo: 'ໃສ່ເຟີມແວຂອງພວກເຮົາ',
  },
} as const;

export const ROBOT_LINK_CATALOG = defineCatalog('web app robot link', ROBOT_LINK_TEXT);

/** The robot-link text `key` in `lang`. */
export const rt = ROBOT_LINK_CATALOG.say;
