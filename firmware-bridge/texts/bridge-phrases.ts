import { defineCatalog } from '../../robot/i18n/catalog.ts';

/*
 * Phrases of the hardware side (ports, links, boards, flashing): the {detail} or {reason}
 * of an error, worded in the reader's language when shown.
 * Vietnamese and Lao were written by the developers and want review by a native teacher.
 */
export const BRIDGE_PHRASES = defineCatalog(
  'firmware-bridge phrases',
  {
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
      en: {
        one: 'it sent {count} byte that is not Firmata: {bytes}',
        other: 'it sent {count} bytes that are not Firmata: {bytes}',
      },
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
  },
  'phrases',
);

declare module '../../robot/i18n/catalog.ts' {
  interface PhraseTable extends BridgePhraseTable {}
}
type BridgePhraseTable = typeof BRIDGE_PHRASES.texts;
