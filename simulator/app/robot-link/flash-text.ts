import { defineCatalog } from '../../../robot/i18n/catalog.ts';

/*
 * The words of "Flash our firmware" in the page (loaded with its dialog). The fixes replace
 * the suggestions of `mekong flash`'s errors, which name the command and its options.
 * Vietnamese and Lao were written by the developers and WANT REVIEW BY A NATIVE TEACHER.
 */
export const FLASH_TEXT = {
  title: {
    en: 'Flash our firmware onto the robot',
    vi: 'Nạp firmware của chúng ta vào robot',
    lo: 'ໃສ່ເຟີມແວຂອງພວກເຮົາໃສ່ຫຸ່ນຍົນ',
  },
  intro: {
    en: "This writes the Mekong firmware onto the robot's board through the USB cable. Keep the cable in until it says done.",
    vi: 'Việc này ghi firmware Mekong vào bo mạch của robot qua cáp USB. Đừng rút cáp cho đến khi báo xong.',
    lo: 'ອັນນີ້ຂຽນເຟີມແວ Mekong ໃສ່ບອດຂອງຫຸ່ນຍົນຜ່ານສາຍ USB. ຢ່າຖອດສາຍຈົນກວ່າຈະບອກວ່າສຳເລັດ.',
  },
  board: { en: 'Board', vi: 'Bo mạch', lo: 'ບອດ' },
  boardUno: { en: 'Arduino Uno', vi: 'Arduino Uno', lo: 'Arduino Uno' },
  boardNano: {
    en: 'Arduino Nano (new bootloader)',
    vi: 'Arduino Nano (bootloader mới)',
    lo: 'Arduino Nano (ບູດໂລດເດີໃໝ່)',
  },
  boardNanoOld: {
    en: 'Arduino Nano (old bootloader, most clones)',
    vi: 'Arduino Nano (bootloader cũ, phần lớn bản clone)',
    lo: 'Arduino Nano (ບູດໂລດເດີເກົ່າ, ບອດກັອບປີ້ສ່ວນຫຼາຍ)',
  },
  boardMega: { en: 'Arduino Mega 2560', vi: 'Arduino Mega 2560', lo: 'Arduino Mega 2560' },
  name: { en: 'Robot name', vi: 'Tên robot', lo: 'ຊື່ຫຸ່ນຍົນ' },
  kit: {
    en: 'Kit stored on the robot: {kit} (the kit chosen on this page).',
    vi: 'Bộ robot lưu trên robot: {kit} (bộ đang chọn trên trang này).',
    lo: 'ຊຸດທີ່ເກັບໄວ້ໃນຫຸ່ນຍົນ: {kit} (ຊຸດທີ່ເລືອກໃນໜ້ານີ້).',
  },
  start: { en: 'Flash', vi: 'Nạp', lo: 'ໃສ່ເຟີມແວ' },
  close: { en: 'Close', vi: 'Đóng', lo: 'ປິດ' },
  progress: { en: 'Flashing progress', vi: 'Tiến độ nạp', lo: 'ຄວາມຄືບໜ້າການໃສ່ເຟີມແວ' },
  opening: {
    en: 'Looking for the bootloader (the board restarts)…',
    vi: 'Đang tìm bootloader (bo mạch khởi động lại)…',
    lo: 'ກຳລັງຊອກຫາບູດໂລດເດີ (ບອດເລີ່ມໃໝ່)…',
  },
  writing: {
    en: 'Writing page {done} of {total}…',
    vi: 'Đang ghi trang {done} trên {total}…',
    lo: 'ກຳລັງຂຽນໜ້າ {done} ໃນ {total}…',
  },
  verifying: {
    en: 'Checking page {done} of {total}…',
    vi: 'Đang kiểm tra trang {done} trên {total}…',
    lo: 'ກຳລັງກວດໜ້າ {done} ໃນ {total}…',
  },
  naming: {
    en: 'Storing the name and kit…',
    vi: 'Đang lưu tên và bộ robot…',
    lo: 'ກຳລັງເກັບຊື່ ແລະ ຊຸດຫຸ່ນຍົນ…',
  },
  done: {
    en: 'Done: robot "{name}" ({kit}) runs our firmware. Connecting…',
    vi: 'Xong: robot "{name}" ({kit}) đã chạy firmware của chúng ta. Đang kết nối…',
    lo: 'ສຳເລັດ: ຫຸ່ນຍົນ "{name}" ({kit}) ແລ່ນເຟີມແວຂອງພວກເຮົາແລ້ວ. ກຳລັງເຊື່ອມຕໍ່…',
  },
  failed: {
    en: 'Flashing failed: {message}',
    vi: 'Nạp không thành công: {message}',
    lo: 'ໃສ່ເຟີມແວບໍ່ສຳເລັດ: {message}',
  },
  nameTooLong: {
    en: 'The name "{name}" is too long: at most {bytes} bytes (Lao and Vietnamese letters take 2 or 3 each). Choose a shorter name.',
    vi: 'Tên "{name}" quá dài: tối đa {bytes} byte (chữ Việt có dấu và chữ Lào chiếm 2 hoặc 3 byte mỗi chữ). Hãy chọn tên ngắn hơn.',
    lo: 'ຊື່ "{name}" ຍາວເກີນໄປ: ບໍ່ເກີນ {bytes} ໄບຕ໌ (ຕົວອັກສອນລາວ ແລະ ຫວຽດກິນ 2 ຫຼື 3 ໄບຕ໌ຕໍ່ໂຕ). ເລືອກຊື່ທີ່ສັ້ນກວ່າ.',
  },
  fixNoSync: {
    en: 'Choose the other Nano bootloader (or the right board) and press Flash again; if the board still does not answer, press its reset button just as you press Flash.',
    vi: 'Chọn loại bootloader Nano còn lại (hoặc đúng bo mạch) rồi nhấn Nạp lại; nếu bo mạch vẫn không trả lời, nhấn nút reset trên bo ngay khi nhấn Nạp.',
    lo: 'ເລືອກບູດໂລດເດີ Nano ອີກແບບ (ຫຼື ບອດທີ່ຖືກ) ແລ້ວກົດໃສ່ເຟີມແວອີກຄັ້ງ; ຖ້າບອດຍັງບໍ່ຕອບ, ກົດປຸ່ມ reset ເທິງບອດຕອນກົດໃສ່ເຟີມແວ.',
  },
  fixWrongBoard: {
    en: 'Choose the board the message names and press Flash again. Nothing was written.',
    vi: 'Chọn đúng bo mạch mà thông báo nêu rồi nhấn Nạp lại. Chưa ghi gì cả.',
    lo: 'ເລືອກບອດທີ່ຂໍ້ຄວາມບອກ ແລ້ວກົດໃສ່ເຟີມແວອີກຄັ້ງ. ຍັງບໍ່ໄດ້ຂຽນຫຍັງ.',
  },
  fixAgain: {
    en: "Press Flash again. If it fails at the same place again, the board's memory is worn out: use another board.",
    vi: 'Nhấn Nạp lại. Nếu lại lỗi ở cùng chỗ, bộ nhớ của bo mạch đã hỏng: hãy dùng bo mạch khác.',
    lo: 'ກົດໃສ່ເຟີມແວອີກຄັ້ງ. ຖ້າຜິດບ່ອນເດີມອີກ, ໜ່ວຍຄວາມຈຳຂອງບອດເສຍແລ້ວ: ໃຊ້ບອດອື່ນ.',
  },
  fixUnplugged: {
    en: 'Plug the cable back in, connect the robot again and press "Flash our firmware": the bootloader was not touched, so trying again is safe.',
    vi: 'Cắm lại cáp, kết nối lại robot rồi nhấn "Nạp firmware của chúng ta": bootloader không bị động đến, nên thử lại là an toàn.',
    lo: 'ສຽບສາຍຄືນ, ເຊື່ອມຕໍ່ຫຸ່ນຍົນອີກຄັ້ງ ແລ້ວກົດ "ໃສ່ເຟີມແວຂອງພວກເຮົາ": ບູດໂລດເດີບໍ່ຖືກແຕະຕ້ອງ, ສະນັ້ນລອງໃໝ່ໄດ້ຢ່າງປອດໄພ.',
  },
  fixBusy: {
    en: 'Close the other tabs and programs that use the robot (the Arduino IDE, another Mekong page), then press Flash again.',
    vi: 'Đóng các tab và chương trình khác đang dùng robot (Arduino IDE, một trang Mekong khác), rồi nhấn Nạp lại.',
    lo: 'ປິດແທັບ ແລະ ໂປຣແກຣມອື່ນທີ່ໃຊ້ຫຸ່ນຍົນ (Arduino IDE, ໜ້າ Mekong ອື່ນ), ແລ້ວກົດໃສ່ເຟີມແວອີກຄັ້ງ.',
  },
  fixNoAnswer: {
    en: 'Unplug the board, plug it back in and connect again; if it still does not answer, flash it again.',
    vi: 'Rút bo mạch ra, cắm lại rồi kết nối lại; nếu vẫn không trả lời, hãy nạp lại.',
    lo: 'ຖອດບອດອອກ, ສຽບຄືນ ແລ້ວເຊື່ອມຕໍ່ອີກຄັ້ງ; ຖ້າຍັງບໍ່ຕອບ, ໃສ່ເຟີມແວອີກຄັ້ງ.',
  },
} as const;

export const FLASH_CATALOG = defineCatalog('web app flashing', FLASH_TEXT);

/** The flashing text `key` in `lang`. */
export const ft = FLASH_CATALOG.say;

/** The page's fix for each error of flashing (the CLI's own names its options). */
export const FLASH_FIXES = {
  FLASH_NO_SYNC: 'fixNoSync',
  FLASH_WRONG_SIGNATURE: 'fixWrongBoard',
  FLASH_VERIFY_FAILED: 'fixAgain',
  FLASH_UNPLUGGED: 'fixUnplugged',
  FLASH_PORT_BUSY: 'fixBusy',
  PORT_UNAVAILABLE: 'fixBusy',
  FLASH_NO_FIRMWARE_ANSWER: 'fixNoAnswer',
} as const satisfies Record<string, keyof typeof FLASH_TEXT>;
