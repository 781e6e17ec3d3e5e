import { defineCatalog } from '../i18n/catalog.ts';

/*
 * The words of the robot blocks, their tooltips and the toolbox's categories, in English,
 * Vietnamese and Lao. A block's text keeps its inputs as `{name}` slots (the compiler checks
 * that every language has the same ones); robot-blocks.ts turns them into Blockly's %1, %2
 * in the order of the block's inputs, so a language may put them in any order. The same
 * words, with the inputs' code in the slots, are the comments of the generated TypeScript.
 * Vietnamese and Lao were written by the developers and want review by a native teacher.
 */
export const BLOCK_TEXTS = defineCatalog('block words', {
  catMove: { en: 'Move', vi: 'Di chuyển', lo: 'ເຄື່ອນທີ່' },
  catSensors: { en: 'Sensors', vi: 'Cảm biến', lo: 'ເຊັນເຊີ' },
  catShow: { en: 'Light & sound', vi: 'Đèn & âm thanh', lo: 'ໄຟ ແລະ ສຽງ' },
  catLogic: { en: 'Logic', vi: 'Điều kiện', lo: 'ເງື່ອນໄຂ' },
  catLoops: { en: 'Loops', vi: 'Vòng lặp', lo: 'ວົງຮອບ' },
  catMath: { en: 'Math', vi: 'Toán', lo: 'ຄະນິດສາດ' },
  catText: { en: 'Text', vi: 'Văn bản', lo: 'ຂໍ້ຄວາມ' },
  catVariables: { en: 'Variables', vi: 'Biến', lo: 'ຕົວແປ' },
  catFunctions: { en: 'Functions', vi: 'Hàm', lo: 'ຟັງຊັນ' },

  start: {
    en: 'when the program starts',
    vi: 'khi chương trình bắt đầu',
    lo: 'ເມື່ອໂປຣແກຣມເລີ່ມ',
  },
  startTip: {
    en: 'When you press Run, the blocks under this one run from top to bottom.',
    vi: 'Khi em nhấn Chạy, các khối bên dưới khối này chạy lần lượt từ trên xuống.',
    lo: 'ເມື່ອເຈົ້າກົດ ແລ່ນ, ບລັອກທີ່ຕໍ່ຢູ່ລຸ່ມອັນນີ້ຈະແລ່ນຈາກເທິງລົງລຸ່ມ.',
  },
  forward: { en: 'move forward {cm} cm', vi: 'tiến tới {cm} cm', lo: 'ໄປໜ້າ {cm} cm' },
  forwardTip: {
    en: 'Drive straight ahead this many centimetres, then go on with the next block.',
    vi: 'Chạy thẳng về phía trước số xăng-ti-mét này, rồi làm khối tiếp theo.',
    lo: 'ຂັບຊື່ໄປໜ້າຕາມຈຳນວນຊັງຕີແມັດນີ້, ແລ້ວເຮັດບລັອກຕໍ່ໄປ.',
  },
  backward: { en: 'move backward {cm} cm', vi: 'lùi lại {cm} cm', lo: 'ຖອຍຫຼັງ {cm} cm' },
  backwardTip: {
    en: 'Drive straight back this many centimetres, then go on with the next block.',
    vi: 'Chạy lùi thẳng số xăng-ti-mét này, rồi làm khối tiếp theo.',
    lo: 'ຂັບຖອຍຫຼັງຊື່ໆຕາມຈຳນວນຊັງຕີແມັດນີ້, ແລ້ວເຮັດບລັອກຕໍ່ໄປ.',
  },
  turn: {
    en: 'turn {direction} {deg}°',
    vi: 'quay {direction} {deg}°',
    lo: 'ລ້ຽວ{direction} {deg}°',
  },
  turnTip: {
    en: 'Turn on the spot by this many degrees: 90° is a quarter turn, 360° a whole turn.',
    vi: 'Quay tại chỗ số độ này: 90° là một phần tư vòng, 360° là một vòng.',
    lo: 'ໝຸນຢູ່ກັບທີ່ຕາມຈຳນວນອົງສານີ້: 90° ແມ່ນໜຶ່ງສ່ວນສີ່ຮອບ, 360° ແມ່ນໜຶ່ງຮອບເຕັມ.',
  },
  drive: {
    en: 'drive: left wheel {left} % right wheel {right} %',
    vi: 'chạy: bánh trái {left} % bánh phải {right} %',
    lo: 'ຂັບ: ລໍ້ຊ້າຍ {left} % ລໍ້ຂວາ {right} %',
  },
  driveTip: {
    en: 'Set the power of each wheel, from -100 % (full speed back) to 100 % (full speed ahead). The robot keeps driving while the next blocks run.',
    vi: 'Đặt công suất của mỗi bánh, từ -100 % (lùi hết tốc độ) đến 100 % (tiến hết tốc độ). Robot vẫn chạy trong khi các khối tiếp theo được thực hiện.',
    lo: 'ຕັ້ງກຳລັງຂອງແຕ່ລະລໍ້, ຈາກ -100 % (ຖອຍໄວສຸດ) ຫາ 100 % (ໄປໜ້າໄວສຸດ). ຫຸ່ນຍົນຍັງຂັບຕໍ່ໄປ ໃນຂະນະທີ່ບລັອກຕໍ່ໄປແລ່ນ.',
  },
  stop: { en: 'stop the motors', vi: 'dừng động cơ', lo: 'ຢຸດມໍເຕີ' },
  stopTip: {
    en: 'Switch both motors off.',
    vi: 'Tắt cả hai động cơ.',
    lo: 'ປິດມໍເຕີທັງສອງ.',
  },
  wait: { en: 'wait {ms} ms', vi: 'chờ {ms} ms', lo: 'ລໍຖ້າ {ms} ms' },
  waitTip: {
    en: 'Wait this many milliseconds (1000 ms is one second). The motors keep doing what they did.',
    vi: 'Chờ số mili giây này (1000 ms là một giây). Động cơ vẫn làm như trước.',
    lo: 'ລໍຖ້າຕາມຈຳນວນມິນລິວິນາທີນີ້ (1000 ms ແມ່ນໜຶ່ງວິນາທີ). ມໍເຕີຍັງເຮັດຄືເກົ່າ.',
  },
  distance: {
    en: 'distance ahead (cm)',
    vi: 'khoảng cách phía trước (cm)',
    lo: 'ໄລຍະຫ່າງທາງໜ້າ (cm)',
  },
  distanceTip: {
    en: 'What the ultrasonic sensor measures: how far away the nearest thing ahead is, in cm.',
    vi: 'Số đo của cảm biến siêu âm: vật gần nhất phía trước cách bao nhiêu cm.',
    lo: 'ຄ່າທີ່ເຊັນເຊີອັນຕຣາໂຊນິກວັດໄດ້: ສິ່ງທີ່ໃກ້ທີ່ສຸດທາງໜ້າຢູ່ໄກຈັກ cm.',
  },
  line: {
    en: 'the {side} line sensor sees the line',
    vi: 'cảm biến dò line bên {side} thấy vạch',
    lo: 'ເຊັນເຊີເສັ້ນທາງ{side} ເຫັນເສັ້ນ',
  },
  lineTip: {
    en: 'True while this line sensor is over the dark line. The centre sensor exists only on kits with three.',
    vi: 'Đúng khi cảm biến dò line này ở trên vạch tối. Cảm biến giữa chỉ có ở bộ robot có ba cảm biến.',
    lo: 'ຈິງ ເມື່ອເຊັນເຊີນີ້ຢູ່ເທິງເສັ້ນສີເຂັ້ມ. ເຊັນເຊີກາງມີສະເພາະຊຸດທີ່ມີສາມອັນ.',
  },
  button: { en: 'the button is pressed', vi: 'nút đang được bấm', lo: 'ປຸ່ມຖືກກົດຢູ່' },
  buttonTip: {
    en: 'True while the button on the robot is held down.',
    vi: 'Đúng khi nút trên robot đang được giữ.',
    lo: 'ຈິງ ໃນຂະນະທີ່ປຸ່ມເທິງຫຸ່ນຍົນຖືກກົດຄ້າງໄວ້.',
  },
  time: {
    en: 'time since the start (ms)',
    vi: 'thời gian từ lúc bắt đầu (ms)',
    lo: 'ເວລາຕັ້ງແຕ່ເລີ່ມ (ms)',
  },
  timeTip: {
    en: 'How many milliseconds ago the program started.',
    vi: 'Chương trình đã bắt đầu bao nhiêu mili giây trước.',
    lo: 'ໂປຣແກຣມເລີ່ມມາແລ້ວຈັກມິນລິວິນາທີ.',
  },
  servo: { en: 'point the servo to {deg}°', vi: 'quay servo tới {deg}°', lo: 'ຫັນເຊີໂວໄປ {deg}°' },
  servoTip: {
    en: 'Turn the servo that carries the ultrasonic sensor, from 0° to 180°: at 90° it looks straight ahead.',
    vi: 'Quay động cơ servo mang cảm biến siêu âm, từ 0° đến 180°: ở 90° nó nhìn thẳng phía trước.',
    lo: 'ຫັນເຊີໂວທີ່ຖືເຊັນເຊີອັນຕຣາໂຊນິກ, ຈາກ 0° ຫາ 180°: ທີ່ 90° ມັນເບິ່ງຊື່ໄປໜ້າ.',
  },
  led: { en: 'switch the LED {state}', vi: '{state} đèn LED', lo: '{state}ໄຟ LED' },
  ledTip: {
    en: 'Switch the robot’s LED on or off.',
    vi: 'Bật hoặc tắt đèn LED của robot.',
    lo: 'ເປີດ ຫຼື ປິດໄຟ LED ຂອງຫຸ່ນຍົນ.',
  },
  on: { en: 'on', vi: 'bật', lo: 'ເປີດ' },
  off: { en: 'off', vi: 'tắt', lo: 'ປິດ' },
  ledColour: {
    en: 'light the LED in {colour}',
    vi: 'bật đèn LED màu {colour}',
    lo: 'ເປີດໄຟ LED ສີ{colour}',
  },
  ledColourTip: {
    en: 'Light the colour LED in this colour (on kits with an RGB LED, such as the mBot).',
    vi: 'Bật đèn LED màu với màu này (ở bộ robot có đèn LED RGB, như mBot).',
    lo: 'ເປີດໄຟ LED ເປັນສີນີ້ (ໃນຊຸດທີ່ມີໄຟ LED RGB, ເຊັ່ນ mBot).',
  },
  red: { en: 'red', vi: 'đỏ', lo: 'ແດງ' },
  green: { en: 'green', vi: 'xanh lá', lo: 'ຂຽວ' },
  blue: { en: 'blue', vi: 'xanh dương', lo: 'ຟ້າ' },
  yellow: { en: 'yellow', vi: 'vàng', lo: 'ເຫຼືອງ' },
  cyan: { en: 'cyan', vi: 'xanh lơ', lo: 'ຟ້າອ່ອນ' },
  magenta: { en: 'magenta', vi: 'hồng cánh sen', lo: 'ມ່ວງແດງ' },
  purple: { en: 'purple', vi: 'tím', lo: 'ມ່ວງ' },
  orange: { en: 'orange', vi: 'cam', lo: 'ສົ້ມ' },
  white: { en: 'white', vi: 'trắng', lo: 'ຂາວ' },
  pink: { en: 'pink', vi: 'hồng', lo: 'ບົວ' },
  beep: {
    en: 'beep {hz} Hz for {ms} ms',
    vi: 'kêu bíp {hz} Hz trong {ms} ms',
    lo: 'ສົ່ງສຽງບີບ {hz} Hz ເປັນເວລາ {ms} ms',
  },
  beepTip: {
    en: 'Sound the buzzer at this pitch (440 Hz is the note A) for this long.',
    vi: 'Cho còi kêu ở cao độ này (440 Hz là nốt La) trong khoảng thời gian này.',
    lo: 'ໃຫ້ລຳໂພງດັງທີ່ຄວາມຖີ່ນີ້ (440 Hz ແມ່ນໂນດ ລາ) ເປັນເວລາເທົ່ານີ້.',
  },
  hello: { en: 'Hello!', vi: 'Xin chào!', lo: 'ສະບາຍດີ!' },
  print: { en: 'print {value}', vi: 'in ra {value}', lo: 'ພິມ {value}' },
  printTip: {
    en: 'Write a text or a number in the output panel.',
    vi: 'Viết một văn bản hoặc một số vào khung kết quả.',
    lo: 'ຂຽນຂໍ້ຄວາມ ຫຼື ຕົວເລກໃສ່ຊ່ອງຜົນລັບ.',
  },
  forever: { en: 'repeat forever', vi: 'lặp lại mãi mãi', lo: 'ເຮັດຊ້ຳຕະຫຼອດໄປ' },
  foreverTip: {
    en: 'Do the blocks inside again and again until the program is stopped. Put a block that takes time inside, such as wait or distance.',
    vi: 'Làm đi làm lại các khối bên trong cho đến khi chương trình dừng. Hãy đặt bên trong một khối cần thời gian, như chờ hoặc khoảng cách.',
    lo: 'ເຮັດບລັອກທີ່ຢູ່ຂ້າງໃນຊ້ຳແລ້ວຊ້ຳອີກ ຈົນກວ່າໂປຣແກຣມຈະຢຸດ. ໃສ່ບລັອກທີ່ໃຊ້ເວລາໄວ້ຂ້າງໃນ, ເຊັ່ນ ລໍຖ້າ ຫຼື ໄລຍະຫ່າງ.',
  },
  needsPart: {
    en: 'Needs the {part}: this kit has none.',
    vi: 'Cần {part}: bộ robot này không có.',
    lo: 'ຕ້ອງມີ{part}: ຊຸດນີ້ບໍ່ມີ.',
  },
  needsRgb: {
    en: 'Needs a colour (RGB) LED: this kit has none.',
    vi: 'Cần đèn LED màu (RGB): bộ robot này không có.',
    lo: 'ຕ້ອງມີໄຟ LED ສີ (RGB): ຊຸດນີ້ບໍ່ມີ.',
  },
});

export type BlockTextKey = keyof typeof BLOCK_TEXTS.texts;
