import type { Entry } from '../../robot/i18n/catalog.ts';

/*
 * The reasons of the checks on what a program prints from its sensors, on the button, on
 * drawings, light shows and signals (reading-checks.ts, button-checks.ts, drawing-checks.ts,
 * signal-checks.ts), in every student language; check-texts.ts adds them to CHECK_TEXTS.
 * Vietnamese and Lao were written by the developers and want review by a native teacher.
 */
export const ACTION_CHECK_TEXTS = {
  printedNothing: {
    en: 'The program printed nothing: print what the sensor reads with console.log.',
    vi: 'Chương trình chưa in ra gì: hãy in giá trị cảm biến đọc được bằng console.log.',
    lo: 'ໂປຣແກຣມບໍ່ໄດ້ພິມຫຍັງອອກມາ: ພິມຄ່າທີ່ເຊັນເຊີອ່ານໄດ້ດ້ວຍ console.log.',
  },
  distancePrinted: {
    en: {
      one: 'Printed {count} true distance from the ultrasonic sensor ({values} cm).',
      other: 'Printed {count} true distances from the ultrasonic sensor ({values} cm).',
    },
    vi: 'Đã in ra {count} khoảng cách đúng mà cảm biến siêu âm đo được ({values} cm).',
    lo: 'ພິມໄລຍະຫ່າງທີ່ຖືກຕ້ອງຈາກເຊັນເຊີອັນຕຣາໂຊນິກ {count} ຄ່າ ({values} cm).',
  },
  distanceWrong: {
    en: 'At {time} s the program printed "{text}", but the ultrasonic sensor read {truth} cm there.',
    vi: 'Lúc {time} giây chương trình in ra "{text}", nhưng ở chỗ đó cảm biến siêu âm đo được {truth} cm.',
    lo: 'ເມື່ອ {time} ວິນາທີ ໂປຣແກຣມພິມ "{text}", ແຕ່ຢູ່ບ່ອນນັ້ນ ເຊັນເຊີອັນຕຣາໂຊນິກວັດໄດ້ {truth} cm.',
  },
  distanceFew: {
    en: {
      one: 'Printed {count} true distance; print at least {min}, measured at places at least {apart} cm apart.',
      other:
        'Printed {count} true distances; print at least {min}, measured at places at least {apart} cm apart.',
    },
    vi: 'Mới in ra {count} khoảng cách đúng; cần ít nhất {min}, đo ở những chỗ chênh nhau ít nhất {apart} cm.',
    lo: 'ພິມໄລຍະຫ່າງທີ່ຖືກຕ້ອງໄດ້ {count} ຄ່າ; ຕ້ອງມີຢ່າງໜ້ອຍ {min} ຄ່າ, ວັດຢູ່ບ່ອນທີ່ຕ່າງກັນຢ່າງໜ້ອຍ {apart} cm.',
  },
  floorPrinted: {
    en: {
      one: 'Printed {count} true reading of the line sensors ({values}).',
      other: 'Printed {count} true readings of the line sensors, on different floors ({values}).',
    },
    vi: 'Đã in ra {count} giá trị đúng của cảm biến dò line trên các mặt sàn khác nhau ({values}).',
    lo: 'ພິມຄ່າທີ່ຖືກຕ້ອງຂອງເຊັນເຊີຕິດຕາມເສັ້ນ {count} ຄ່າ ເທິງພື້ນທີ່ຕ່າງກັນ ({values}).',
  },
  floorWrong: {
    en: 'At {time} s the program printed "{text}", but the line sensors read {truth} there.',
    vi: 'Lúc {time} giây chương trình in ra "{text}", nhưng ở chỗ đó cảm biến dò line đọc được {truth}.',
    lo: 'ເມື່ອ {time} ວິນາທີ ໂປຣແກຣມພິມ "{text}", ແຕ່ຢູ່ບ່ອນນັ້ນ ເຊັນເຊີຕິດຕາມເສັ້ນອ່ານໄດ້ {truth}.',
  },
  floorFew: {
    en: {
      one: 'Printed {count} true floor reading; print at least {min}, on floors that differ by at least {apart}.',
      other:
        'Printed {count} true floor readings; print at least {min}, on floors that differ by at least {apart}.',
    },
    vi: 'Mới in ra {count} giá trị mặt sàn đúng; cần ít nhất {min}, trên những mặt sàn chênh nhau ít nhất {apart}.',
    lo: 'ພິມຄ່າພື້ນທີ່ຖືກຕ້ອງໄດ້ {count} ຄ່າ; ຕ້ອງມີຢ່າງໜ້ອຍ {min} ຄ່າ, ເທິງພື້ນທີ່ຕ່າງກັນຢ່າງໜ້ອຍ {apart}.',
  },
  buttonDrivePassed: {
    en: {
      one: 'Started and stopped with the {count} press of the button.',
      other: 'Started and stopped with all {count} presses of the button.',
    },
    vi: 'Đã chạy và dừng đúng theo cả {count} lần bấm nút.',
    lo: 'ແລ່ນ ແລະ ຢຸດຕາມການກົດປຸ່ມທັງ {count} ເທື່ອ.',
  },
  movedBeforePress: {
    en: 'The robot drove at {time} s, before the first press of the button at {press} s.',
    vi: 'Robot đã chạy lúc {time} giây, trước lần bấm nút đầu tiên lúc {press} giây.',
    lo: 'ຫຸ່ນຍົນແລ່ນເມື່ອ {time} ວິນາທີ, ກ່ອນການກົດປຸ່ມເທື່ອທຳອິດເມື່ອ {press} ວິນາທີ.',
  },
  movedWithoutPress: {
    en: 'The robot drove at {time} s, though nobody pressed the button.',
    vi: 'Robot đã chạy lúc {time} giây, dù không ai bấm nút.',
    lo: 'ຫຸ່ນຍົນແລ່ນເມື່ອ {time} ວິນາທີ, ທັງທີ່ບໍ່ມີໃຜກົດປຸ່ມ.',
  },
  pressNotStarted: {
    en: 'After press {n} at {press} s the robot should drive, but at {time} s it stood still.',
    vi: 'Sau lần bấm thứ {n} lúc {press} giây robot phải chạy, nhưng lúc {time} giây nó vẫn đứng yên.',
    lo: 'ຫຼັງການກົດເທື່ອທີ {n} ເມື່ອ {press} ວິນາທີ ຫຸ່ນຍົນຄວນແລ່ນ, ແຕ່ເມື່ອ {time} ວິນາທີ ມັນຍັງຢູ່ກັບທີ່.',
  },
  pressNotStopped: {
    en: 'After press {n} at {press} s the robot should stop, but at {time} s it was still driving.',
    vi: 'Sau lần bấm thứ {n} lúc {press} giây robot phải dừng, nhưng lúc {time} giây nó vẫn còn chạy.',
    lo: 'ຫຼັງການກົດເທື່ອທີ {n} ເມື່ອ {press} ວິນາທີ ຫຸ່ນຍົນຄວນຢຸດ, ແຕ່ເມື່ອ {time} ວິນາທີ ມັນຍັງແລ່ນຢູ່.',
  },
  buttonProgramEnded: {
    en: 'The program ended at {time} s, before press {n} of the button: keep reading the button in a loop.',
    vi: 'Chương trình đã kết thúc lúc {time} giây, trước lần bấm nút thứ {n}: hãy đọc nút liên tục trong một vòng lặp.',
    lo: 'ໂປຣແກຣມຈົບເມື່ອ {time} ວິນາທີ, ກ່ອນການກົດປຸ່ມເທື່ອທີ {n}: ໃຫ້ອ່ານປຸ່ມຢູ່ສະເໝີໃນວົງຮອບ.',
  },
  countPassed: {
    en: {
      one: 'Printed the right count after the {count} press.',
      other: 'Printed the right count after each of the {count} presses.',
    },
    vi: 'Đã in đúng số lần bấm sau mỗi lần trong {count} lần bấm.',
    lo: 'ພິມຈຳນວນທີ່ຖືກຕ້ອງຫຼັງການກົດແຕ່ລະເທື່ອ ທັງ {count} ເທື່ອ.',
  },
  countMissing: {
    en: 'After press {n} at {press} s the program printed no count: print how many presses so far.',
    vi: 'Sau lần bấm thứ {n} lúc {press} giây chương trình không in ra số lần: hãy in ra đã bấm bao nhiêu lần.',
    lo: 'ຫຼັງການກົດເທື່ອທີ {n} ເມື່ອ {press} ວິນາທີ ໂປຣແກຣມບໍ່ໄດ້ພິມຈຳນວນ: ພິມວ່າກົດໄປແລ້ວຈັກເທື່ອ.',
  },
  countTooMany: {
    en: 'After press {n} at {press} s the program printed {printed}, not {n}: one press was counted more than once.',
    vi: 'Sau lần bấm thứ {n} lúc {press} giây chương trình in ra {printed}, không phải {n}: một lần bấm bị đếm nhiều lần.',
    lo: 'ຫຼັງການກົດເທື່ອທີ {n} ເມື່ອ {press} ວິນາທີ ໂປຣແກຣມພິມ {printed}, ບໍ່ແມ່ນ {n}: ການກົດເທື່ອດຽວຖືກນັບຫຼາຍເທື່ອ.',
  },
  countTooFew: {
    en: 'After press {n} at {press} s the program printed {printed}, not {n}: a press was missed.',
    vi: 'Sau lần bấm thứ {n} lúc {press} giây chương trình in ra {printed}, không phải {n}: có lần bấm bị bỏ sót.',
    lo: 'ຫຼັງການກົດເທື່ອທີ {n} ເມື່ອ {press} ວິນາທີ ໂປຣແກຣມພິມ {printed}, ບໍ່ແມ່ນ {n}: ມີການກົດທີ່ຖືກລືມນັບ.',
  },
  noPresses: {
    en: 'Nobody pressed the button in this run.',
    vi: 'Trong lần chạy này không ai bấm nút.',
    lo: 'ໃນຮອບນີ້ບໍ່ມີໃຜກົດປຸ່ມ.',
  },
  shapePassed: {
    en: {
      by: 'corners',
      one: 'Drew a closed shape with {corners} corner: {length} cm of line around {cm2} cm².',
      other: 'Drew a closed shape with {corners} corners: {length} cm of line around {cm2} cm².',
    },
    vi: 'Đã vẽ một hình khép kín có {corners} góc: {length} cm nét vẽ bao quanh {cm2} cm².',
    lo: 'ແຕ້ມຮູບປິດທີ່ມີ {corners} ມຸມ: ເສັ້ນຍາວ {length} cm ອ້ອມພື້ນທີ່ {cm2} cm².',
  },
  shapeLeft: {
    en: 'The robot left {area} at {time} s: draw inside it.',
    vi: 'Robot đã đi ra khỏi {area} lúc {time} giây: hãy vẽ bên trong.',
    lo: 'ຫຸ່ນຍົນອອກຈາກ{area}ເມື່ອ {time} ວິນາທີ: ໃຫ້ແຕ້ມຢູ່ພາຍໃນ.',
  },
  shapeOpen: {
    en: 'The shape is not closed: the robot ended {gap} cm from where it started (at most {max} cm).',
    vi: 'Hình chưa khép kín: robot dừng cách chỗ xuất phát {gap} cm (tối đa {max} cm).',
    lo: 'ຮູບຍັງບໍ່ປິດ: ຫຸ່ນຍົນຢຸດຫ່າງຈາກບ່ອນເລີ່ມຕົ້ນ {gap} cm (ບໍ່ເກີນ {max} cm).',
  },
  shapeSmall: {
    en: 'The shape is too small: it surrounds {cm2} cm² (at least {min} cm²).',
    vi: 'Hình nhỏ quá: nó chỉ bao quanh {cm2} cm² (cần ít nhất {min} cm²).',
    lo: 'ຮູບນ້ອຍເກີນໄປ: ມັນອ້ອມພື້ນທີ່ພຽງ {cm2} cm² (ຢ່າງໜ້ອຍ {min} cm²).',
  },
  shapeCorners: {
    en: {
      one: 'The shape has {count} corner; it needs at least {min}.',
      other: 'The shape has {count} corners; it needs at least {min}.',
    },
    vi: 'Hình có {count} góc; cần ít nhất {min} góc.',
    lo: 'ຮູບມີ {count} ມຸມ; ຕ້ອງມີຢ່າງໜ້ອຍ {min} ມຸມ.',
  },
  showPassed: {
    en: 'A show with notes: {notes}, different pitches: {pitches}, LED changes: {changes}.',
    vi: 'Một màn trình diễn có số nốt: {notes}, số cao độ khác nhau: {pitches}, số lần đổi đèn LED: {changes}.',
    lo: 'ການສະແດງທີ່ມີຈຳນວນໂນດ: {notes}, ລະດັບສຽງທີ່ຕ່າງກັນ: {pitches}, ການປ່ຽນໄຟ LED: {changes}.',
  },
  showFewNotes: {
    en: {
      one: 'The robot played {count} note; the show needs at least {min}.',
      other: 'The robot played {count} notes; the show needs at least {min}.',
    },
    vi: 'Robot mới phát {count} nốt; màn trình diễn cần ít nhất {min} nốt.',
    lo: 'ຫຸ່ນຍົນຫຼິ້ນ {count} ໂນດ; ການສະແດງຕ້ອງມີຢ່າງໜ້ອຍ {min} ໂນດ.',
  },
  showFewPitches: {
    en: {
      one: 'Every note had the same pitch; play at least {min} different ones.',
      other: 'The notes had {count} different pitches; play at least {min}.',
    },
    vi: 'Các nốt mới có {count} cao độ khác nhau; hãy phát ít nhất {min} cao độ.',
    lo: 'ໂນດມີລະດັບສຽງຕ່າງກັນພຽງ {count} ລະດັບ; ໃຫ້ຫຼິ້ນຢ່າງໜ້ອຍ {min} ລະດັບ.',
  },
  showFewLed: {
    en: {
      one: 'The LED changed {count} time; the show needs at least {min} changes.',
      other: 'The LED changed {count} times; the show needs at least {min} changes.',
    },
    vi: 'Đèn LED mới đổi {count} lần; màn trình diễn cần ít nhất {min} lần.',
    lo: 'ໄຟ LED ປ່ຽນພຽງ {count} ເທື່ອ; ການສະແດງຕ້ອງປ່ຽນຢ່າງໜ້ອຍ {min} ເທື່ອ.',
  },
  ledInArea: {
    en: 'The LED came on at {time} s, in {area}.',
    vi: 'Đèn LED đã bật lúc {time} giây, ở trong {area}.',
    lo: 'ໄຟ LED ເປີດເມື່ອ {time} ວິນາທີ, ຢູ່ໃນ{area}.',
  },
  ledNever: {
    en: 'The LED never came on.',
    vi: 'Đèn LED chưa bật lần nào.',
    lo: 'ໄຟ LED ບໍ່ເຄີຍເປີດ.',
  },
  ledEarly: {
    en: 'The LED came on at {time} s, {cm} cm before {area}: the robot was not there yet.',
    vi: 'Đèn LED bật lúc {time} giây, khi còn cách {area} {cm} cm: robot chưa tới nơi.',
    lo: 'ໄຟ LED ເປີດເມື່ອ {time} ວິນາທີ, ຕອນຍັງຫ່າງ{area} {cm} cm: ຫຸ່ນຍົນຍັງບໍ່ທັນຮອດ.',
  },
  ledOutside: {
    en: 'The LED came on at {time} s, {cm} cm away from {area}.',
    vi: 'Đèn LED bật lúc {time} giây, khi cách {area} {cm} cm.',
    lo: 'ໄຟ LED ເປີດເມື່ອ {time} ວິນາທີ, ຕອນຫ່າງຈາກ{area} {cm} cm.',
  },
  beepInArea: {
    en: 'The robot beeped at {time} s, in {area}.',
    vi: 'Robot đã kêu bíp lúc {time} giây, ở trong {area}.',
    lo: 'ຫຸ່ນຍົນສົ່ງສຽງບີບເມື່ອ {time} ວິນາທີ, ຢູ່ໃນ{area}.',
  },
  beepNever: {
    en: 'The robot never beeped.',
    vi: 'Robot chưa kêu bíp lần nào.',
    lo: 'ຫຸ່ນຍົນບໍ່ເຄີຍສົ່ງສຽງບີບ.',
  },
  beepEarly: {
    en: 'The robot beeped at {time} s, {cm} cm before {area}: it was not there yet.',
    vi: 'Robot kêu bíp lúc {time} giây, khi còn cách {area} {cm} cm: nó chưa tới nơi.',
    lo: 'ຫຸ່ນຍົນສົ່ງສຽງບີບເມື່ອ {time} ວິນາທີ, ຕອນຍັງຫ່າງ{area} {cm} cm: ມັນຍັງບໍ່ທັນຮອດ.',
  },
  beepOutside: {
    en: 'The robot beeped at {time} s, {cm} cm away from {area}.',
    vi: 'Robot kêu bíp lúc {time} giây, khi cách {area} {cm} cm.',
    lo: 'ຫຸ່ນຍົນສົ່ງສຽງບີບເມື່ອ {time} ວິນາທີ, ຕອນຫ່າງຈາກ{area} {cm} cm.',
  },
} as const satisfies Record<string, Entry>;
