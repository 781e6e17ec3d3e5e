import { defineCatalog, type Entry } from '../../robot/i18n/catalog.ts';
import type { Lang } from '../../robot/i18n/lang.ts';
import { ACTION_CHECK_TEXTS } from './action-check-texts.ts';

/*
 * The reasons mission checks give, in every student language. Vietnamese and Lao were
 * written by the developers and want review by a native teacher; keep the same `{names}`
 * in every language (a test checks it).
 */
export const CHECK_TEXTS = {
  reachPassed: {
    en: 'Reached {area} at {time} s.',
    vi: 'Đã tới {area} lúc {time} giây.',
    lo: 'ໄປຮອດ {area} ເມື່ອ {time} ວິນາທີ.',
  },
  reachParked: {
    en: 'Stopped inside {area}.',
    vi: 'Đã dừng bên trong {area}.',
    lo: 'ຢຸດຢູ່ພາຍໃນ {area} ແລ້ວ.',
  },
  reachMissed: {
    en: 'Did not reach {area}: the closest the robot came was {cm} cm away.',
    vi: 'Chưa tới {area}: lúc gần nhất robot vẫn còn cách {cm} cm.',
    lo: 'ຍັງບໍ່ຮອດ {area}: ຕອນໃກ້ທີ່ສຸດ ຫຸ່ນຍົນຍັງຫ່າງ {cm} cm.',
  },
  reachLate: {
    en: 'Reached {area} at {time} s, but it had to be there by {limit} s.',
    vi: 'Tới {area} lúc {time} giây, nhưng phải tới trước {limit} giây.',
    lo: 'ໄປຮອດ {area} ເມື່ອ {time} ວິນາທີ, ແຕ່ຕ້ອງຮອດກ່ອນ {limit} ວິນາທີ.',
  },
  reachLeft: {
    en: 'Did not stop inside {area}: it stopped {cm} cm from its centre.',
    vi: 'Không dừng bên trong {area}: robot dừng cách tâm {cm} cm.',
    lo: 'ບໍ່ໄດ້ຢຸດຢູ່ພາຍໃນ {area}: ຫຸ່ນຍົນຢຸດຫ່າງຈາກໃຈກາງ {cm} cm.',
  },
  visitPassed: {
    en: { one: 'Visited the one place.', other: 'Visited all {count} places in the right order.' },
    vi: 'Đã đi qua cả {count} chỗ theo đúng thứ tự.',
    lo: 'ຜ່ານທັງ {count} ບ່ອນ ຕາມລຳດັບທີ່ຖືກຕ້ອງ.',
  },
  visitFailed: {
    en: {
      one: 'Visited {done} of {count} place in order; it never reached {area} next.',
      other: 'Visited {done} of {count} places in order; it never reached {area} next.',
    },
    vi: 'Đã đi qua {done}/{count} chỗ theo thứ tự; chưa tới được {area} tiếp theo.',
    lo: 'ຜ່ານ {done}/{count} ບ່ອນ ຕາມລຳດັບ; ຍັງໄປບໍ່ຮອດ {area} ຕໍ່ໄປ.',
  },
  avoidPassed: {
    en: 'Stayed out of {area}.',
    vi: 'Đã tránh được {area}.',
    lo: 'ຫຼີກເວັ້ນ {area} ໄດ້.',
  },
  avoidFailed: {
    en: 'Drove into {area} at {time} s.',
    vi: 'Đã đi vào {area} lúc {time} giây.',
    lo: 'ເຂົ້າໄປໃນ {area} ເມື່ອ {time} ວິນາທີ.',
  },
  wallPassed: {
    en: 'Stopped {gap} cm from the wall (the goal: {min} to {max} cm).',
    vi: 'Dừng cách tường {gap} cm (yêu cầu: từ {min} đến {max} cm).',
    lo: 'ຢຸດຫ່າງຈາກຝາ {gap} cm (ເປົ້າໝາຍ: {min} ຫາ {max} cm).',
  },
  wallTouched: {
    en: 'Touched {what} at {time} s.',
    vi: 'Đã chạm vào {what} lúc {time} giây.',
    lo: 'ໄປແຕະ{what} ເມື່ອ {time} ວິນາທີ.',
  },
  wallTooFar: {
    en: 'Stopped {gap} cm from the wall: too far (the goal: {min} to {max} cm).',
    vi: 'Dừng cách tường {gap} cm: xa quá (yêu cầu: từ {min} đến {max} cm).',
    lo: 'ຢຸດຫ່າງຈາກຝາ {gap} cm: ໄກເກີນໄປ (ເປົ້າໝາຍ: {min} ຫາ {max} cm).',
  },
  wallTooClose: {
    en: 'Stopped {gap} cm from the wall: too close (the goal: {min} to {max} cm).',
    vi: 'Dừng cách tường {gap} cm: gần quá (yêu cầu: từ {min} đến {max} cm).',
    lo: 'ຢຸດຫ່າງຈາກຝາ {gap} cm: ໃກ້ເກີນໄປ (ເປົ້າໝາຍ: {min} ຫາ {max} cm).',
  },
  wallMoving: {
    en: 'The robot was still moving when the time was up: it must stop by itself.',
    vi: 'Robot vẫn còn chạy khi hết giờ: nó phải tự dừng lại.',
    lo: 'ຫຸ່ນຍົນຍັງແລ່ນຢູ່ເມື່ອໝົດເວລາ: ມັນຕ້ອງຢຸດເອງ.',
  },
  wallNone: {
    en: 'Where the robot stopped, there is no wall straight ahead of it.',
    vi: 'Ở chỗ robot dừng, phía trước nó không có tường.',
    lo: 'ບ່ອນທີ່ຫຸ່ນຍົນຢຸດ, ບໍ່ມີຝາຢູ່ທາງໜ້າມັນ.',
  },
  stayPassed: {
    en: 'Stayed inside {area}.',
    vi: 'Đã ở yên bên trong {area}.',
    lo: 'ຢູ່ພາຍໃນ {area} ຕະຫຼອດ.',
  },
  stayLeft: {
    en: 'A wheel left {area} at {time} s.',
    vi: 'Một bánh xe đã ra khỏi {area} lúc {time} giây.',
    lo: 'ລໍ້ໜຶ່ງອອກຈາກ {area} ເມື່ອ {time} ວິນາທີ.',
  },
  needsFirst: {
    en: 'Does not count yet: it counts once "{check}" passes.',
    vi: 'Chưa được tính: mục này chỉ được tính khi "{check}" đạt.',
    lo: 'ຍັງບໍ່ນັບ: ຂໍ້ນີ້ຈະນັບເມື່ອ "{check}" ຜ່ານ.',
  },
  collisionNone: {
    en: 'No collisions.',
    vi: 'Không va chạm lần nào.',
    lo: 'ບໍ່ມີການຕຳເລີຍ.',
  },
  collisionHit: {
    en: {
      one: 'Hit {what} at {time} s ({count} collision in all).',
      other: 'Hit {what} at {time} s ({count} collisions in all).',
    },
    vi: 'Va vào {what} lúc {time} giây (tổng cộng {count} lần va chạm).',
    lo: 'ຕຳ{what} ເມື່ອ {time} ວິນາທີ (ຕຳທັງໝົດ {count} ເທື່ອ).',
  },
  linePassed: {
    en: 'Followed {share}% of the line (needed {min}%).',
    vi: 'Đã đi theo {share}% đường line (cần {min}%).',
    lo: 'ແລ່ນຕາມເສັ້ນໄດ້ {share}% (ຕ້ອງການ {min}%).',
  },
  lineFailed: {
    en: 'Followed only {share}% of the line (needed {min}%).',
    vi: 'Mới đi theo được {share}% đường line (cần {min}%).',
    lo: 'ແລ່ນຕາມເສັ້ນໄດ້ພຽງ {share}% (ຕ້ອງການ {min}%).',
  },
  lapPassed: {
    en: 'One lap in {time} s (target: {target} s).',
    vi: 'Chạy hết một vòng trong {time} giây (mục tiêu: {target} giây).',
    lo: 'ແລ່ນຄົບໜຶ່ງຮອບໃນ {time} ວິນາທີ (ເປົ້າໝາຍ: {target} ວິນາທີ).',
  },
  lapLate: {
    en: 'One lap in {time} s: slower than the limit of {limit} s.',
    vi: 'Chạy hết một vòng trong {time} giây: chậm hơn giới hạn {limit} giây.',
    lo: 'ແລ່ນຄົບໜຶ່ງຮອບໃນ {time} ວິນາທີ: ຊ້າກວ່າກຳນົດ {limit} ວິນາທີ.',
  },
  lapNone: {
    en: 'No whole lap: the robot followed {share}% of the line in {limit} s.',
    vi: 'Chưa hết một vòng: robot mới đi theo {share}% đường line trong {limit} giây.',
    lo: 'ຍັງບໍ່ຄົບຮອບ: ຫຸ່ນຍົນແລ່ນຕາມເສັ້ນໄດ້ {share}% ໃນ {limit} ວິນາທີ.',
  },
  pushPassed: {
    en: {
      by: 'total',
      one: 'Pushed {out} of {total} object out of {area}.',
      other: 'Pushed {out} of {total} objects out of {area}.',
    },
    vi: 'Đã đẩy {out}/{total} vật ra khỏi {area}.',
    lo: 'ຍູ້ວັດຖຸອອກຈາກ{area}ໄດ້ {out}/{total} ອັນ.',
  },
  pushFailed: {
    en: {
      by: 'total',
      one: 'Pushed only {out} of {total} object out of {area} (needed {min}).',
      other: 'Pushed only {out} of {total} objects out of {area} (needed {min}).',
    },
    vi: 'Mới đẩy được {out}/{total} vật ra khỏi {area} (cần {min}).',
    lo: 'ຍູ້ວັດຖຸອອກຈາກ{area}ໄດ້ພຽງ {out}/{total} ອັນ (ຕ້ອງການ {min}).',
  },
  eventsPassed: {
    en: {
      by: 'total',
      one: 'Did the one step.',
      other: 'Did all {total} steps in the right order.',
    },
    vi: 'Đã làm đủ {total} bước theo đúng thứ tự.',
    lo: 'ເຮັດຄົບທັງ {total} ຂັ້ນຕອນ ຕາມລຳດັບທີ່ຖືກຕ້ອງ.',
  },
  eventsFailed: {
    en: 'Step {n} of {total} did not happen: {step}.',
    vi: 'Bước {n}/{total} chưa xảy ra: {step}.',
    lo: 'ຂັ້ນຕອນທີ {n}/{total} ຍັງບໍ່ເກີດຂຶ້ນ: {step}.',
  },
  finishPassed: {
    en: 'The program ended by itself after {time} s.',
    vi: 'Chương trình tự kết thúc sau {time} giây.',
    lo: 'ໂປຣແກຣມຈົບເອງຫຼັງຈາກ {time} ວິນາທີ.',
  },
  finishLate: {
    en: 'The program ended after {time} s; it must end by {limit} s.',
    vi: 'Chương trình kết thúc sau {time} giây; phải kết thúc trước {limit} giây.',
    lo: 'ໂປຣແກຣມຈົບຫຼັງຈາກ {time} ວິນາທີ; ຕ້ອງຈົບກ່ອນ {limit} ວິນາທີ.',
  },
  finishNever: {
    en: 'The program was still running at {limit} s; it must end by itself.',
    vi: 'Chương trình vẫn còn chạy lúc {limit} giây; nó phải tự kết thúc.',
    lo: 'ໂປຣແກຣມຍັງແລ່ນຢູ່ເມື່ອ {limit} ວິນາທີ; ມັນຕ້ອງຈົບເອງ.',
  },
  finishFailed: {
    en: 'The program stopped with an error.',
    vi: 'Chương trình dừng vì có lỗi.',
    lo: 'ໂປຣແກຣມຢຸດຍ້ອນມີຂໍ້ຜິດພາດ.',
  },
  programError: {
    en: 'The program failed: {message} {suggestion}',
    vi: 'Chương trình bị lỗi: {message} {suggestion}',
    lo: 'ໂປຣແກຣມຜິດພາດ: {message} {suggestion}',
  },
  crashed: {
    en: 'The grader could not run this program: {detail}',
    vi: 'Trình chấm không chạy được chương trình này: {detail}',
    lo: 'ຕົວໃຫ້ຄະແນນແລ່ນໂປຣແກຣມນີ້ບໍ່ໄດ້: {detail}',
  },
  notRun: {
    en: 'Not checked: the program could not be run.',
    vi: 'Chưa kiểm tra: không chạy được chương trình.',
    lo: 'ບໍ່ໄດ້ກວດ: ແລ່ນໂປຣແກຣມບໍ່ໄດ້.',
  },
  runLabel: {
    en: 'Run {n}: {text}',
    vi: 'Lần chạy {n}: {text}',
    lo: 'ຮອບທີ {n}: {text}',
  },
  allRuns: {
    en: { by: 'n', one: '{text} (passed in {n} run)', other: '{text} (passed in {n} runs)' },
    vi: '{text} (đạt trong {n} lần chạy)',
    lo: '{text} (ຜ່ານໃນ {n} ຮອບ)',
  },
  ...ACTION_CHECK_TEXTS,
} as const satisfies Record<string, Entry>;

export type ReasonKey = keyof typeof CHECK_TEXTS;

/**
 * The likely cause in the program of a failed check (causes.ts), said after the reason. A
 * robot call without `await` is said with the words of robot/program/missing-await-text.ts.
 */
export const CAUSE_TEXTS = {
  neverRead: {
    en: 'The program never read robot.{method}(): the robot drove without looking, so it can only work in one world. Read the sensor and decide from what it says.',
    vi: 'Chương trình chưa hề đọc robot.{method}(): robot chạy mà không nhìn, nên nó chỉ đúng trong một sân. Hãy đọc cảm biến và quyết định theo giá trị nó cho.',
    lo: 'ໂປຣແກຣມບໍ່ເຄີຍອ່ານ robot.{method}(): ຫຸ່ນຍົນແລ່ນໂດຍບໍ່ເບິ່ງ, ມັນຈຶ່ງໃຊ້ໄດ້ໃນສະໜາມດຽວເທົ່ານັ້ນ. ໃຫ້ອ່ານເຊັນເຊີ ແລະ ຕັດສິນໃຈຕາມຄ່າທີ່ມັນບອກ.',
  },
  readOnce: {
    en: {
      by: 'count',
      one: 'The program read robot.{method}() only once, at {time} s, and the robot went on without looking: a value read once never changes. Read the sensor again inside the loop.',
      other:
        'The program read robot.{method}() only {count} times, the last at {time} s, and the robot went on without looking: a value read once never changes. Read the sensor again inside the loop.',
    },
    vi: 'Chương trình chỉ đọc robot.{method}() {count} lần, lần cuối lúc {time} giây, rồi robot chạy tiếp mà không nhìn: một giá trị đọc một lần thì không bao giờ thay đổi. Hãy đọc lại cảm biến bên trong vòng lặp.',
    lo: 'ໂປຣແກຣມອ່ານ robot.{method}() ພຽງ {count} ເທື່ອ, ເທື່ອສຸດທ້າຍເມື່ອ {time} ວິນາທີ, ແລ້ວຫຸ່ນຍົນກໍແລ່ນຕໍ່ໂດຍບໍ່ເບິ່ງ: ຄ່າທີ່ອ່ານເທື່ອດຽວບໍ່ເຄີຍປ່ຽນ. ໃຫ້ອ່ານເຊັນເຊີອີກໃນວົງຮອບ.',
  },
  tooSlow: {
    en: 'The time ran out at {limit} s while the robot was still on its way: it is too slow. Give robot.drive() more power, or wait less.',
    vi: 'Hết giờ ({limit} giây) khi robot vẫn đang trên đường đi: nó chạy chậm quá. Hãy cho robot.drive() công suất lớn hơn, hoặc chờ ít hơn.',
    lo: 'ໝົດເວລາ ({limit} ວິນາທີ) ໃນຂະນະທີ່ຫຸ່ນຍົນຍັງຢູ່ລະຫວ່າງທາງ: ມັນຊ້າເກີນໄປ. ໃຫ້ robot.drive() ມີກຳລັງຫຼາຍຂຶ້ນ, ຫຼື ລໍຖ້າໜ້ອຍລົງ.',
  },
  wrongWay: {
    en: 'The robot never came nearer {area} than where it started: it went the wrong way. robot.turn() with a positive angle turns left, with a negative one right.',
    vi: 'Robot chưa bao giờ tới gần {area} hơn chỗ xuất phát: nó đã đi sai hướng. robot.turn() với góc dương thì rẽ trái, góc âm thì rẽ phải.',
    lo: 'ຫຸ່ນຍົນບໍ່ເຄີຍເຂົ້າໃກ້ {area} ກວ່າບ່ອນທີ່ມັນເລີ່ມ: ມັນໄປຜິດທາງ. robot.turn() ທີ່ມີມຸມບວກຈະລ້ຽວຊ້າຍ, ມຸມລົບຈະລ້ຽວຂວາ.',
  },
  steersAway: {
    en: 'The robot turned away from the line each time a sensor saw it: its turns are the wrong way round. When the left sensor sees the line, turn left (robot.drive(0, 60)); when the right one sees it, turn right (robot.drive(60, 0)).',
    vi: 'Mỗi khi một cảm biến thấy vạch, robot lại rẽ ra xa vạch: các hướng rẽ bị ngược. Khi cảm biến trái thấy vạch, hãy rẽ trái (robot.drive(0, 60)); khi cảm biến phải thấy vạch, hãy rẽ phải (robot.drive(60, 0)).',
    lo: 'ທຸກເທື່ອທີ່ເຊັນເຊີເຫັນເສັ້ນ, ຫຸ່ນຍົນກັບລ້ຽວອອກຈາກເສັ້ນ: ທິດທາງການລ້ຽວປີ້ນກັນ. ເມື່ອເຊັນເຊີຊ້າຍເຫັນເສັ້ນ, ໃຫ້ລ້ຽວຊ້າຍ (robot.drive(0, 60)); ເມື່ອເຊັນເຊີຂວາເຫັນ, ໃຫ້ລ້ຽວຂວາ (robot.drive(60, 0)).',
  },
} as const satisfies Record<string, Entry>;

/** Names of the things a robot can hit, as `{what}` in a reason. */
export const THING_NAMES = {
  wall: { en: 'a wall', vi: 'tường', lo: 'ຝາ' },
  obstacle: { en: 'an obstacle', vi: 'vật cản', lo: 'ສິ່ງກີດຂວາງ' },
  robot: { en: 'another robot', vi: 'robot khác', lo: 'ຫຸ່ນຍົນອື່ນ' },
} as const satisfies Record<string, Record<Lang, string>>;

/** One step of an `events-in-order` check, as `{step}` in a reason. */
export const STEP_NAMES = {
  'led-on': { en: 'switch the LED on', vi: 'bật đèn LED', lo: 'ເປີດໄຟ LED' },
  'led-off': { en: 'switch the LED off', vi: 'tắt đèn LED', lo: 'ປິດໄຟ LED' },
  'beep-any': { en: 'a beep', vi: 'một tiếng bíp', lo: 'ສຽງບີບ' },
  beep: {
    en: 'a beep of {minHz} to {maxHz} Hz',
    vi: 'một tiếng bíp từ {minHz} đến {maxHz} Hz',
    lo: 'ສຽງບີບ {minHz} ຫາ {maxHz} Hz',
  },
  servo: {
    en: 'turn the servo to {minDeg} to {maxDeg}°',
    vi: 'quay servo tới {minDeg} đến {maxDeg}°',
    lo: 'ໝຸນເຊີໂວໄປ {minDeg} ຫາ {maxDeg}°',
  },
  log: {
    en: 'print "{text}" with console.log',
    vi: 'in ra "{text}" bằng console.log',
    lo: 'ພິມ "{text}" ດ້ວຍ console.log',
  },
} as const satisfies Record<string, Record<Lang, string>>;

export type StepName = keyof typeof STEP_NAMES;

/** How an area is named when the lesson gives it no name. */
export const AREA_FALLBACK = {
  zone: { en: 'the zone "{id}"', vi: 'vùng "{id}"', lo: 'ເຂດ "{id}"' },
  circle: { en: 'the circle', vi: 'vòng tròn', lo: 'ວົງມົນ' },
  line: { en: 'the inside of the line', vi: 'phần bên trong đường kẻ', lo: 'ພາຍໃນເສັ້ນ' },
} as const satisfies Record<string, Record<Lang, string>>;

/** The catalogs of the mission checks (the registry's generic test checks every language). */
export const CHECK_CATALOGS = [
  defineCatalog('check reasons', CHECK_TEXTS),
  defineCatalog('check causes', CAUSE_TEXTS),
  defineCatalog('check things', THING_NAMES),
  defineCatalog('check steps', STEP_NAMES),
  defineCatalog('check areas', AREA_FALLBACK),
] as const;
