import { defineCatalog } from './catalog.ts';

/*
 * The JavaScript engine's own messages (QuickJS, and sucrase for TypeScript), worded again
 * for students: robot/program/engine-messages.ts matches the common ones and fills these.
 * English is the engine's text exactly; Vietnamese and Lao say it in their words and keep
 * the engine's error kind (TypeError, ReferenceError) so a teacher can look it up.
 * Vietnamese and Lao were written by the developers and want review by a native teacher.
 */
export const ENGINE_PHRASES = defineCatalog(
  'engine phrases',
  {
    jsNotDefined: {
      en: "ReferenceError: '{name}' is not defined",
      vi: "ReferenceError: chưa có gì tên là '{name}' (tên bị viết sai, hoặc chưa khai báo bằng let hay const)",
      lo: "ReferenceError: ບໍ່ມີຫຍັງຊື່ '{name}' (ຊື່ສະກົດຜິດ ຫຼື ຍັງບໍ່ໄດ້ປະກາດດ້ວຍ let ຫຼື const)",
    },
    jsNotAFunction: {
      en: 'TypeError: {callee} is not a function',
      vi: 'TypeError: {callee} không phải là một hàm, nên không gọi được',
      lo: 'TypeError: {callee} ບໍ່ແມ່ນຟັງຊັນ, ສະນັ້ນເອີ້ນບໍ່ໄດ້',
    },
    jsRobotHasNo: {
      en: 'TypeError: {callee} is not a function: the robot has no "{call}" (it has {methods})',
      vi: 'TypeError: {callee} không phải là một hàm: robot không có "{call}" (robot có {methods})',
      lo: 'TypeError: {callee} ບໍ່ແມ່ນຟັງຊັນ: ຫຸ່ນຍົນບໍ່ມີ "{call}" (ຫຸ່ນຍົນມີ {methods})',
    },
    jsCannotRead: {
      en: "TypeError: cannot read property '{property}' of {value}",
      vi: "TypeError: không đọc được '{property}' vì giá trị đứng trước nó là {value} (chưa có giá trị)",
      lo: "TypeError: ອ່ານ '{property}' ບໍ່ໄດ້ ເພາະຄ່າທີ່ຢູ່ກ່ອນມັນແມ່ນ {value} (ຍັງບໍ່ມີຄ່າ)",
    },
    jsCannotSet: {
      en: "TypeError: cannot set property '{property}' of {value}",
      vi: "TypeError: không gán được '{property}' vì giá trị đứng trước nó là {value} (chưa có giá trị)",
      lo: "TypeError: ຕັ້ງຄ່າ '{property}' ບໍ່ໄດ້ ເພາະຄ່າທີ່ຢູ່ກ່ອນມັນແມ່ນ {value} (ຍັງບໍ່ມີຄ່າ)",
    },
    jsReadOnly: {
      en: "TypeError: '{name}' is read-only",
      vi: "TypeError: '{name}' là hằng (const) nên không đổi được; dùng let nếu cần đổi",
      lo: "TypeError: '{name}' ເປັນຄ່າຄົງທີ່ (const) ປ່ຽນບໍ່ໄດ້; ໃຊ້ let ຖ້າຕ້ອງການປ່ຽນ",
    },
    jsNotIterable: {
      en: 'TypeError: value is not iterable',
      vi: 'TypeError: giá trị này không phải là danh sách nên không lặp qua được',
      lo: 'TypeError: ຄ່ານີ້ບໍ່ແມ່ນລາຍການ ສະນັ້ນວົນຜ່ານບໍ່ໄດ້',
    },
    jsInvalidArrayLength: {
      en: 'RangeError: invalid array length',
      vi: 'RangeError: độ dài danh sách không hợp lệ (phải là số nguyên không âm)',
      lo: 'RangeError: ຄວາມຍາວລາຍການບໍ່ຖືກຕ້ອງ (ຕ້ອງເປັນຈຳນວນເຕັມບໍ່ຕິດລົບ)',
    },
    // Syntax errors: what follows "the program cannot be read:".
    jsExpectingQuickJs: {
      en: "expecting '{token}'",
      vi: "thiếu '{token}' ở đây",
      lo: "ຂາດ '{token}' ຢູ່ບ່ອນນີ້",
    },
    jsExpectingSucrase: {
      en: 'Unexpected token, expected "{token}"',
      vi: 'ký hiệu không đúng chỗ, ở đây cần "{token}"',
      lo: 'ເຄື່ອງໝາຍບໍ່ຖືກບ່ອນ, ບ່ອນນີ້ຕ້ອງມີ "{token}"',
    },
    jsUnexpectedInExpression: {
      en: "unexpected token in expression: '{token}'",
      vi: "'{token}' không đúng chỗ trong biểu thức",
      lo: "'{token}' ບໍ່ຖືກບ່ອນໃນສຳນວນ",
    },
    jsUnexpectedToken: {
      en: 'Unexpected token',
      vi: 'có ký hiệu không đúng chỗ',
      lo: 'ມີເຄື່ອງໝາຍບໍ່ຖືກບ່ອນ',
    },
    jsUnterminatedStringQuickJs: {
      en: 'unexpected end of string',
      vi: 'chuỗi chưa được đóng: thiếu dấu nháy ở cuối',
      lo: 'ຂໍ້ຄວາມຍັງບໍ່ປິດ: ຂາດເຄື່ອງໝາຍວົງຢືມທ້າຍ',
    },
    jsUnterminatedStringSucrase: {
      en: 'Unterminated string constant',
      vi: 'chuỗi chưa được đóng: thiếu dấu nháy ở cuối',
      lo: 'ຂໍ້ຄວາມຍັງບໍ່ປິດ: ຂາດເຄື່ອງໝາຍວົງຢືມທ້າຍ',
    },
    jsUnexpectedEnd: {
      en: 'unexpected end of input',
      vi: 'chương trình kết thúc quá sớm: có thể thiếu dấu ngoặc đóng',
      lo: 'ໂປຣແກຣມຈົບໄວເກີນໄປ: ອາດຂາດວົງເລັບປິດ',
    },
  },
  'phrases',
);

declare module './catalog.ts' {
  interface PhraseTable extends EnginePhraseTable {}
}
type EnginePhraseTable = typeof ENGINE_PHRASES.texts;
