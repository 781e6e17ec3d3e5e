/**
 * The doctor's words: a name for every part it checks and a text for every finding, in
 * every language. `{name}` is a parameter (see robot/i18n localize); `fix` says what to do
 * about a warning or a failure.
 */
import {
  defineCatalog,
  errorText,
  type Lang,
  PART_NAMES,
  type ParamsOf,
  type Template,
  wordTemplate,
} from '../../robot/index.ts';
import type { DoctorCheck } from './doctor.ts';

export interface DoctorText {
  detail: Template;
  fix?: Template;
}

/*
 * Vietnamese and Lao texts were written by the developers and WANT REVIEW BY A NATIVE
 * TEACHER; keep the same parameters in every language (a test checks it).
 */

/** What the doctor checks, by stable id (the `part` of a check in `--json`). */
export const DOCTOR_PARTS = {
  port: { en: 'port', vi: 'cổng USB', lo: 'ພອດ USB' },
  firmware: { en: 'firmware', vi: 'firmware', lo: 'ເຟີມແວ' },
  watchdog: { en: 'watchdog', vi: 'tự dừng an toàn', lo: 'ການຢຸດອັດຕະໂນມັດ' },
  link: { en: 'link', vi: 'kết nối', lo: 'ການເຊື່ອມຕໍ່' },
  identity: { en: 'identity', vi: 'tên robot', lo: 'ຊື່ຫຸ່ນຍົນ' },
  'motor pins': { en: 'motor pins', vi: 'chân động cơ', lo: 'ຂາມໍເຕີ' },
  timers: { en: 'timers', vi: 'bộ định thời', lo: 'ໄທເມີ' },
  motors: { en: 'motors', vi: 'động cơ', lo: 'ມໍເຕີ' },
  ultrasonic: PART_NAMES.ultrasonic,
  'line sensors': PART_NAMES.line,
  servo: PART_NAMES.servo,
  led: PART_NAMES.led,
  buzzer: PART_NAMES.buzzer,
  button: PART_NAMES.button,
} as const satisfies Record<string, Record<Lang, string>>;

export type DoctorPart = keyof typeof DOCTOR_PARTS;

const KIT_PINS_FIX = {
  en: 'Check that the kit file names the pins your driver is wired to.',
  vi: 'Kiểm tra xem tệp kit có ghi đúng các chân đang nối với mạch điều khiển động cơ không.',
  lo: 'ກວດເບິ່ງວ່າໄຟລ໌ຊຸດບອກຂາທີ່ຕໍ່ກັບບອດຂັບມໍເຕີແທ້ໆ.',
} as const;

const FLASH_FIX = {
  en: 'Flash the current Mekong firmware.',
  vi: 'Hãy nạp firmware Mekong mới nhất.',
  lo: 'ໃສ່ເຟີມແວ Mekong ລຸ້ນປັດຈຸບັນ.',
} as const;

const SERVO_FIX = {
  en: "Check the servo's signal wire on pin {pin}.",
  vi: 'Kiểm tra dây tín hiệu của servo ở chân {pin}.',
  lo: 'ກວດສາຍສັນຍານຂອງເຊີໂວທີ່ຂາ {pin}.',
} as const;

export const DOCTOR_MESSAGES = {
  MOTOR_PINS_PWM: {
    en: { detail: 'PWM on pins {pins}' },
    vi: { detail: 'có PWM ở chân {pins}' },
    lo: { detail: 'ມີ PWM ຢູ່ຂາ {pins}' },
  },
  MOTOR_PIN_NOT_PWM: {
    en: {
      detail: 'pin {pins} cannot do PWM on a {board}, so that motor cannot change speed',
      fix: "Move the motor driver's speed wire to one of pins {pwmPins} and change motors in the kit file.",
    },
    vi: {
      detail: 'chân {pins} không có PWM trên bo {board}, nên động cơ đó không đổi được tốc độ',
      fix: 'Chuyển dây tốc độ của mạch điều khiển động cơ sang một trong các chân {pwmPins}, rồi sửa phần motors trong tệp kit.',
    },
    lo: {
      detail: 'ຂາ {pins} ເຮັດ PWM ບໍ່ໄດ້ໃນບອດ {board}, ສະນັ້ນມໍເຕີນັ້ນປ່ຽນຄວາມໄວບໍ່ໄດ້',
      fix: 'ຍ້າຍສາຍຄວາມໄວຂອງບອດຂັບມໍເຕີໄປຂາໃດໜຶ່ງໃນ {pwmPins}, ແລ້ວແກ້ motors ໃນໄຟລ໌ຊຸດ.',
    },
  },
  TIMER_SHARED: {
    en: {
      detail:
        '{timer}, which the {parts} use, also makes the PWM of motor pin {pins}: while it is busy, that motor runs only full or off',
      fix: "Move that motor's speed wire from pin {pins} to one of the PWM pins {freePins}, and change motors in the kit file.",
    },
    vi: {
      detail:
        '{parts} dùng {timer}, mà {timer} cũng tạo PWM cho chân động cơ {pins}: khi đó động cơ này chỉ chạy hết tốc độ hoặc tắt',
      fix: 'Chuyển dây tốc độ của động cơ đó từ chân {pins} sang một trong các chân PWM {freePins}, rồi sửa phần motors trong tệp kit.',
    },
    lo: {
      detail:
        '{parts} ໃຊ້ {timer}, ເຊິ່ງ {timer} ກໍສ້າງ PWM ໃຫ້ຂາມໍເຕີ {pins} ນຳ: ຕອນນັ້ນມໍເຕີນີ້ຈະແລ່ນໄດ້ແຕ່ເຕັມແຮງ ຫຼື ຢຸດ',
      fix: 'ຍ້າຍສາຍຄວາມໄວຂອງມໍເຕີນັ້ນຈາກຂາ {pins} ໄປຂາ PWM ໃດໜຶ່ງໃນ {freePins}, ແລ້ວແກ້ motors ໃນໄຟລ໌ຊຸດ.',
    },
  },
  TIMERS_FREE: {
    en: { detail: 'no motor PWM pin shares {timer} with the servo or buzzer' },
    vi: { detail: 'không chân PWM động cơ nào dùng chung {timer} với servo hay còi' },
    lo: { detail: 'ບໍ່ມີຂາ PWM ຂອງມໍເຕີໃດໃຊ້ {timer} ຮ່ວມກັບເຊີໂວ ຫຼື ລຳໂພງສຽງ' },
  },
  FIRMWARE_OK: {
    en: { detail: '{name} {version} (Firmata {protocol})' },
    vi: { detail: 'đang chạy {name} {version} (Firmata {protocol})' },
    lo: { detail: 'ກຳລັງແລ່ນ {name} {version} (Firmata {protocol})' },
  },
  WATCHDOG_OK: {
    en: { detail: 'motors stop {ms} ms after the computer goes quiet' },
    vi: { detail: 'động cơ tự dừng sau {ms} ms khi máy tính ngừng gửi lệnh' },
    lo: { detail: 'ມໍເຕີຢຸດເອງຫຼັງຈາກ {ms} ms ເມື່ອຄອມພິວເຕີບໍ່ສົ່ງຄຳສັ່ງ' },
  },
  WATCHDOG_UNKNOWN: {
    en: { detail: 'the board did not say when the motors stop on their own', fix: FLASH_FIX.en },
    vi: { detail: 'bo mạch không cho biết khi nào động cơ tự dừng', fix: FLASH_FIX.vi },
    lo: { detail: 'ບອດບໍ່ບອກວ່າມໍເຕີຈະຢຸດເອງເມື່ອໃດ', fix: FLASH_FIX.lo },
  },
  WATCHDOG_CHANGED: {
    en: { detail: 'set to {ms} ms instead of {expected} ms', fix: FLASH_FIX.en },
    vi: { detail: 'đang đặt {ms} ms thay vì {expected} ms', fix: FLASH_FIX.vi },
    lo: { detail: 'ຕັ້ງໄວ້ {ms} ms ແທນທີ່ຈະເປັນ {expected} ms', fix: FLASH_FIX.lo },
  },
  LINK_OK: {
    en: { detail: 'heartbeat round trip {ms} ms' },
    vi: { detail: 'tín hiệu đi và về mất {ms} ms' },
    lo: { detail: 'ສັນຍານໄປ-ກັບໃຊ້ເວລາ {ms} ms' },
  },
  IDENTITY_NONE: {
    en: { detail: 'no robot name stored on the board' },
    vi: { detail: 'chưa lưu tên robot trên bo mạch' },
    lo: { detail: 'ຍັງບໍ່ໄດ້ບັນທຶກຊື່ຫຸ່ນຍົນໄວ້ໃນບອດ' },
  },
  IDENTITY_OTHER_KIT: {
    en: {
      detail: 'the board says it is "{name}", a {storedKit} kit, not {kit}',
      fix: 'Run again with --kit {storedKit}, or store the right kit on the board.',
    },
    vi: {
      detail: 'bo mạch cho biết đây là "{name}", bộ kit {storedKit}, không phải {kit}',
      fix: 'Chạy lại với --kit {storedKit}, hoặc lưu đúng bộ kit vào bo mạch.',
    },
    lo: {
      detail: 'ບອດບອກວ່ານີ້ແມ່ນ "{name}", ຊຸດ {storedKit}, ບໍ່ແມ່ນ {kit}',
      fix: 'ແລ່ນຄືນດ້ວຍ --kit {storedKit}, ຫຼື ບັນທຶກຊຸດທີ່ຖືກຕ້ອງໄວ້ໃນບອດ.',
    },
  },
  IDENTITY_OK: {
    en: { detail: '"{name}" ({kit})' },
    vi: { detail: 'tên "{name}", bộ kit {kit}' },
    lo: { detail: 'ຊື່ "{name}", ຊຸດ {kit}' },
  },
  IDENTITY_NO_KIT: {
    en: { detail: '"{name}" (no kit stored)' },
    vi: { detail: 'tên "{name}" (chưa lưu bộ kit)' },
    lo: { detail: 'ຊື່ "{name}" (ຍັງບໍ່ໄດ້ບັນທຶກຊຸດ)' },
  },
  MOTORS_OK: {
    en: { detail: 'left and right took {power} % power (did both wheels turn forward?)' },
    vi: {
      detail: 'bên trái và bên phải đã nhận {power} % công suất (cả hai bánh có quay tới không?)',
    },
    lo: { detail: 'ຊ້າຍ ແລະ ຂວາ ໄດ້ຮັບກຳລັງ {power} % (ລໍ້ທັງສອງໝຸນໄປໜ້າບໍ?)' },
  },
  MOTOR_SPEED_WRONG: {
    en: {
      detail:
        'the {side} motor did not take the speed: PWM pin {pin} reads {value}, expected {expected}',
      fix: KIT_PINS_FIX.en,
    },
    vi: {
      detail: 'động cơ {side} không nhận tốc độ: chân PWM {pin} đọc được {value}, cần {expected}',
      fix: KIT_PINS_FIX.vi,
    },
    lo: {
      detail: 'ມໍເຕີ{side} ບໍ່ຮັບຄວາມໄວ: ຂາ PWM {pin} ອ່ານໄດ້ {value}, ຄວນເປັນ {expected}',
      fix: KIT_PINS_FIX.lo,
    },
  },
  MOTOR_NO_ANSWER: {
    en: {
      detail: 'the {side} motor did not take the speed: no answer about PWM pin {pin}',
      fix: KIT_PINS_FIX.en,
    },
    vi: {
      detail: 'động cơ {side} không nhận tốc độ: bo mạch không trả lời về chân PWM {pin}',
      fix: KIT_PINS_FIX.vi,
    },
    lo: {
      detail: 'ມໍເຕີ{side} ບໍ່ຮັບຄວາມໄວ: ບອດບໍ່ຕອບກ່ຽວກັບຂາ PWM {pin}',
      fix: KIT_PINS_FIX.lo,
    },
  },
  ULTRASONIC_OK: {
    en: { detail: 'reads {cm} cm' },
    vi: { detail: 'đo được {cm} cm' },
    lo: { detail: 'ວັດໄດ້ {cm} cm' },
  },
  ULTRASONIC_NO_ECHO: {
    en: {
      detail: 'no echo: the sensor measured nothing',
      fix: "Check the trig/echo pins (trig → {trig}, echo → {echo}) and the sensor's 5 V and GND, then hold your hand 20 cm in front of it and run the doctor again.",
    },
    vi: {
      detail: 'không có tiếng vọng: cảm biến không đo được gì',
      fix: 'Kiểm tra chân trig/echo (trig → {trig}, echo → {echo}) và dây 5 V, GND của cảm biến, rồi đặt bàn tay trước cảm biến 20 cm và chạy lại "mekong doctor".',
    },
    lo: {
      detail: 'ບໍ່ມີສຽງສະທ້ອນ: ເຊັນເຊີວັດບໍ່ໄດ້ຫຍັງ',
      fix: 'ກວດຂາ trig/echo (trig → {trig}, echo → {echo}) ແລະ ສາຍ 5 V, GND ຂອງເຊັນເຊີ, ແລ້ວວາງມືໄວ້ທາງໜ້າເຊັນເຊີ 20 cm ແລະ ແລ່ນ "mekong doctor" ອີກຄັ້ງ.',
    },
  },
  ULTRASONIC_NO_ECHO_ONE_PIN: {
    en: {
      detail: 'no echo: the sensor measured nothing',
      fix: "Check the sensor's signal wire (pin {pin}) and its 5 V and GND, then hold your hand 20 cm in front of it and run the doctor again.",
    },
    vi: {
      detail: 'không có tiếng vọng: cảm biến không đo được gì',
      fix: 'Kiểm tra dây tín hiệu của cảm biến (chân {pin}) và dây 5 V, GND, rồi đặt bàn tay trước cảm biến 20 cm và chạy lại "mekong doctor".',
    },
    lo: {
      detail: 'ບໍ່ມີສຽງສະທ້ອນ: ເຊັນເຊີວັດບໍ່ໄດ້ຫຍັງ',
      fix: 'ກວດສາຍສັນຍານຂອງເຊັນເຊີ (ຂາ {pin}) ແລະ ສາຍ 5 V, GND, ແລ້ວວາງມືໄວ້ທາງໜ້າເຊັນເຊີ 20 cm ແລະ ແລ່ນ "mekong doctor" ອີກຄັ້ງ.',
    },
  },
  LINE_READ_2: {
    en: { detail: 'left {left}, right {right} (0 = dark line, 1 = light floor)' },
    vi: { detail: 'trái {left}, phải {right} (0 = vạch tối, 1 = nền sáng)' },
    lo: { detail: 'ຊ້າຍ {left}, ຂວາ {right} (0 = ເສັ້ນມືດ, 1 = ພື້ນສະຫວ່າງ)' },
  },
  LINE_READ_3: {
    en: { detail: 'left {left}, center {center}, right {right} (0 = dark line, 1 = light floor)' },
    vi: { detail: 'trái {left}, giữa {center}, phải {right} (0 = vạch tối, 1 = nền sáng)' },
    lo: { detail: 'ຊ້າຍ {left}, ກາງ {center}, ຂວາ {right} (0 = ເສັ້ນມືດ, 1 = ພື້ນສະຫວ່າງ)' },
  },
  SERVO_OK: {
    en: { detail: 'turned to {deg}° ({us} µs pulses) and back to {restDeg}°' },
    vi: { detail: 'đã quay đến {deg}° (xung {us} µs) rồi quay về {restDeg}°' },
    lo: { detail: 'ໝຸນໄປ {deg}° (ສັນຍານ {us} µs) ແລ້ວກັບມາ {restDeg}°' },
  },
  SERVO_WRONG: {
    en: {
      detail: 'the board did not take the servo position (pin {pin} reads {value})',
      fix: SERVO_FIX.en,
    },
    vi: {
      detail: 'bo mạch không nhận vị trí servo (chân {pin} đọc được {value})',
      fix: SERVO_FIX.vi,
    },
    lo: { detail: 'ບອດບໍ່ຮັບຕຳແໜ່ງເຊີໂວ (ຂາ {pin} ອ່ານໄດ້ {value})', fix: SERVO_FIX.lo },
  },
  SERVO_NO_ANSWER: {
    en: {
      detail: 'the board did not take the servo position (no answer about pin {pin})',
      fix: SERVO_FIX.en,
    },
    vi: {
      detail: 'bo mạch không nhận vị trí servo (không trả lời về chân {pin})',
      fix: SERVO_FIX.vi,
    },
    lo: { detail: 'ບອດບໍ່ຮັບຕຳແໜ່ງເຊີໂວ (ບໍ່ຕອບກ່ຽວກັບຂາ {pin})', fix: SERVO_FIX.lo },
  },
  LED_RGB_OK: {
    en: {
      detail: {
        one: '{count} RGB LED lit white for {ms} ms (did you see it?)',
        other: '{count} RGB LEDs lit white for {ms} ms (did you see them?)',
      },
    },
    vi: { detail: '{count} đèn LED RGB sáng trắng {ms} ms (có thấy đèn sáng không?)' },
    lo: { detail: 'ໄຟ LED RGB {count} ດວງ ເປີດສີຂາວ {ms} ms (ເຫັນໄຟບໍ?)' },
  },
  LED_OK: {
    en: { detail: 'lit for {ms} ms' },
    vi: { detail: 'đã sáng {ms} ms' },
    lo: { detail: 'ເປີດໄຟ {ms} ms' },
  },
  LED_NOT_HIGH: {
    en: { detail: 'the LED pin did not go high', fix: 'Check the LED on pin {pin}.' },
    vi: {
      detail: 'chân đèn LED không bật lên (không lên mức cao)',
      fix: 'Kiểm tra đèn LED ở chân {pin}.',
    },
    lo: { detail: 'ຂາໄຟ LED ບໍ່ເປີດ (ບໍ່ຂຶ້ນເປັນ HIGH)', fix: 'ກວດໄຟ LED ທີ່ຂາ {pin}.' },
  },
  BUZZER_OK: {
    en: { detail: 'played {hz} Hz for {ms} ms (did you hear it?)' },
    vi: { detail: 'đã phát âm {hz} Hz trong {ms} ms (có nghe thấy không?)' },
    lo: { detail: 'ດັງສຽງ {hz} Hz ເປັນເວລາ {ms} ms (ໄດ້ຍິນບໍ?)' },
  },
  BUZZER_NOT_TAKEN: {
    en: { detail: 'the board did not take the tone', fix: 'Check the buzzer wire on pin {pin}.' },
    vi: { detail: 'bo mạch không nhận lệnh phát âm', fix: 'Kiểm tra dây còi ở chân {pin}.' },
    lo: { detail: 'ບອດບໍ່ຮັບຄຳສັ່ງໃຫ້ດັງສຽງ', fix: 'ກວດສາຍລຳໂພງສຽງທີ່ຂາ {pin}.' },
  },
  BUTTON_PRESSED: {
    en: { detail: 'pressed now' },
    vi: { detail: 'đang được nhấn' },
    lo: { detail: 'ກຳລັງຖືກກົດຢູ່' },
  },
  BUTTON_RELEASED: {
    en: { detail: 'not pressed now' },
    vi: { detail: 'hiện không được nhấn' },
    lo: { detail: 'ບໍ່ໄດ້ຖືກກົດຢູ່' },
  },
} as const satisfies Record<string, Record<Lang, DoctorText>>;

export type DoctorCode = keyof typeof DOCTOR_MESSAGES;

/** The doctor's catalogs (the registry's generic test checks every language). */
export const DOCTOR_CATALOGS = [
  defineCatalog('doctor parts', DOCTOR_PARTS),
  defineCatalog('doctor findings', DOCTOR_MESSAGES),
] as const;

/** Exactly the parameters that code's texts use, so a check cannot leave a slot unfilled. */
export type DoctorParams<Code extends DoctorCode> = ParamsOf<(typeof DOCTOR_MESSAGES)[Code]>;

/** A check as a reader sees it, in one language. */
export interface DoctorCheckText {
  /** The part's name. */
  name: string;
  detail: string;
  /** What to do (warnings and failures). */
  fix?: string;
}

function isDoctorCode(code: string): code is DoctorCode {
  return Object.hasOwn(DOCTOR_MESSAGES, code);
}

/** The names and texts of `check` in `lang`. */
export function doctorCheckText(check: DoctorCheck, lang: Lang): DoctorCheckText {
  const name = DOCTOR_PARTS[check.part][lang];
  if (!isDoctorCode(check.code)) {
    const { message, suggestion } = errorText(check.code, check.params, lang);
    return { name, detail: message, fix: suggestion };
  }
  const text: DoctorText = DOCTOR_MESSAGES[check.code][lang];
  const detail = wordTemplate(text.detail, check.params, lang);
  return text.fix === undefined
    ? { name, detail }
    : { name, detail, fix: wordTemplate(text.fix, check.params, lang) };
}
