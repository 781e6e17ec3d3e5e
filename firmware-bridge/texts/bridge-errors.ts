import { defineCatalog } from '../../robot/i18n/catalog.ts';

/*
 * Errors of the hardware side: ports, links, firmware and flashing. Vietnamese and Lao texts
 * were written by the developers and want review by a native teacher.
 */
export const BRIDGE_ERRORS = defineCatalog(
  'firmware-bridge errors',
  {
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
  },
  'errors',
);

declare module '../../robot/i18n/catalog.ts' {
  interface ErrorTable extends BridgeErrorTable {}
}
type BridgeErrorTable = typeof BRIDGE_ERRORS.texts;
