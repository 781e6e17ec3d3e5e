import type { Lang } from './text-core.js';

/*
 * The names a text's parameters may give by id, worded when shown: `part`/`parts` name
 * robot parts, `side` a side, `jsonType`/`jsonReceived` a JSON type. Plain data, read by
 * the localizer (catalog.ts) and registered as catalogs by localize.ts.
 */

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

/** The sides of the robot (motors, line sensors), as students read them. */
export const SIDE_NAMES = {
  left: { en: 'left', vi: 'trái', lo: 'ຊ້າຍ' },
  center: { en: 'center', vi: 'giữa', lo: 'ກາງ' },
  right: { en: 'right', vi: 'phải', lo: 'ຂວາ' },
} as const satisfies Record<string, Record<Lang, string>>;

/** JSON value types as `jsonType`/`jsonReceived` parameters name them. */
export const JSON_TYPE_NAMES = {
  number: { en: 'a number', vi: 'một số', lo: 'ຕົວເລກ' },
  string: { en: 'a text in quotes', vi: 'một chuỗi trong dấu nháy', lo: 'ຂໍ້ຄວາມໃນວົງຢືມ' },
  boolean: { en: 'true or false', vi: 'true hoặc false', lo: 'true ຫຼື false' },
  object: { en: 'an object { … }', vi: 'một đối tượng { … }', lo: 'ອອບເຈັກ { … }' },
  array: { en: 'a list [ … ]', vi: 'một danh sách [ … ]', lo: 'ລາຍການ [ … ]' },
  null: { en: 'null', vi: 'null', lo: 'null' },
} as const satisfies Record<string, Record<Lang, string>>;

/** Parameters whose values are ids of names, translated when shown. */
export const NAMED_PARAMS: Readonly<
  Record<string, Readonly<Record<string, Record<Lang, string>>>>
> = {
  part: PART_NAMES,
  parts: PART_NAMES,
  side: SIDE_NAMES,
  jsonType: JSON_TYPE_NAMES,
  jsonReceived: JSON_TYPE_NAMES,
};
