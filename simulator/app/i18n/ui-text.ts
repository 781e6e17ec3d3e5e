import { defineCatalog, type Entry, type Slots } from '../../../robot/i18n/catalog.ts';

/*
 * Every word of the web app's own interface, in English, Vietnamese and Lao (robot errors
 * have theirs in robot/i18n). The Vietnamese and Lao texts were written by the developers
 * and WANT REVIEW BY A NATIVE TEACHER before a class uses them; keep the same `{name}`
 * parameters in every language (the compiler and tests/robot/i18n/catalogs.test.ts check it).
 */
export const UI_TEXT = {
  language: { en: 'Language', vi: 'Ngôn ngữ (Language)', lo: 'ພາສາ (Language)' },
  world: { en: 'World', vi: 'Sân chơi', lo: 'ສະໜາມ' },
  kit: { en: 'Robot kit', vi: 'Bộ robot', lo: 'ຊຸດຫຸ່ນຍົນ' },
  realism: { en: 'Realism', vi: 'Độ thực tế', lo: 'ຄວາມສົມຈິງ' },
  realismIdeal: { en: 'Ideal robot', vi: 'Robot lý tưởng', lo: 'ຫຸ່ນຍົນສົມບູນແບບ' },
  realismClassroom: {
    en: 'Like a real classroom robot',
    vi: 'Giống robot thật ở lớp',
    lo: 'ຄືກັບຫຸ່ນຍົນແທ້ໃນຫ້ອງຮຽນ',
  },
  lessons: { en: 'Lessons', vi: 'Bài học', lo: 'ບົດຮຽນ' },
  playground: {
    en: 'Playground (free programming)',
    vi: 'Sân chơi (lập trình tự do)',
    lo: 'ສະໜາມຫຼິ້ນ (ຂຽນໂປຣແກຣມເສລີ)',
  },
  noLessons: {
    en: 'Lessons appear here once they are installed. Until then, try your own ideas in the playground.',
    vi: 'Các bài học sẽ hiện ở đây khi được cài đặt. Trong lúc chờ, hãy thử ý tưởng của em ở sân chơi.',
    lo: 'ບົດຮຽນຈະສະແດງຢູ່ນີ້ເມື່ອຕິດຕັ້ງແລ້ວ. ລະຫວ່າງນີ້, ລອງແນວຄິດຂອງເຈົ້າໃນສະໜາມຫຼິ້ນ.',
  },
  startsInBlocks: {
    en: 'This lesson starts in Blocks. The Blocks / Code switch above your program changes it at any time.',
    vi: 'Bài học này bắt đầu ở chế độ Khối. Nút Khối / Mã phía trên chương trình đổi chế độ bất cứ lúc nào.',
    lo: 'ບົດຮຽນນີ້ເລີ່ມໃນໂໝດບລັອກ. ປຸ່ມ ບລັອກ / ໂຄດ ຢູ່ເທິງໂປຣແກຣມປ່ຽນໄດ້ທຸກເວລາ.',
  },
  startsInCode: {
    en: 'This lesson starts in Code. The Blocks / Code switch above your program changes it at any time.',
    vi: 'Bài học này bắt đầu ở chế độ Mã. Nút Khối / Mã phía trên chương trình đổi chế độ bất cứ lúc nào.',
    lo: 'ບົດຮຽນນີ້ເລີ່ມໃນໂໝດໂຄດ. ປຸ່ມ ບລັອກ / ໂຄດ ຢູ່ເທິງໂປຣແກຣມປ່ຽນໄດ້ທຸກເວລາ.',
  },
  blocksInLesson: {
    en: 'The blocks of this lesson',
    vi: 'Các khối của bài học này',
    lo: 'ບລັອກຂອງບົດຮຽນນີ້',
  },
  program: { en: 'Program', vi: 'Chương trình', lo: 'ໂປຣແກຣມ' },
  run: { en: 'Run', vi: 'Chạy', lo: 'ແລ່ນ' },
  step: { en: 'Step', vi: 'Từng bước', lo: 'ເທື່ອລະຂັ້ນ' },
  stepHint: {
    en: 'Run one robot command at a time; the line that runs is highlighted',
    vi: 'Chạy từng lệnh robot một; dòng đang chạy được tô sáng',
    lo: 'ແລ່ນຄຳສັ່ງຫຸ່ນຍົນເທື່ອລະອັນ; ແຖວທີ່ກຳລັງແລ່ນຈະຖືກເນັ້ນ',
  },
  stop: { en: 'Stop', vi: 'Dừng', lo: 'ຢຸດ' },
  reset: { en: 'Reset', vi: 'Đặt lại', lo: 'ເລີ່ມໃໝ່' },
  resetHint: {
    en: 'Put the robot back at the start',
    vi: 'Đưa robot về chỗ xuất phát',
    lo: 'ເອົາຫຸ່ນຍົນກັບໄປບ່ອນເລີ່ມຕົ້ນ',
  },
  speed: { en: 'Speed', vi: 'Tốc độ', lo: 'ຄວາມໄວ' },
  speedMax: { en: 'As fast as possible', vi: 'Nhanh nhất có thể', lo: 'ໄວທີ່ສຸດ' },
  restoreCode: { en: 'Restore starter code', vi: 'Khôi phục mã ban đầu', lo: 'ກູ້ຄືນໂຄດເລີ່ມຕົ້ນ' },
  restoreTitle: {
    en: 'Replace your code?',
    vi: 'Thay mã của em?',
    lo: 'ແທນໂຄດຂອງເຈົ້າບໍ?',
  },
  restoreText: {
    en: 'Your program will be replaced by the starter code. Your changes will be lost.',
    vi: 'Chương trình của em sẽ được thay bằng mã ban đầu. Những gì em đã sửa sẽ mất.',
    lo: 'ໂປຣແກຣມຂອງເຈົ້າຈະຖືກແທນດ້ວຍໂຄດເລີ່ມຕົ້ນ. ສິ່ງທີ່ເຈົ້າແກ້ໄຂຈະຫາຍໄປ.',
  },
  restoreYes: { en: 'Yes, replace it', vi: 'Đồng ý, thay mã', lo: 'ແມ່ນ, ແທນເລີຍ' },
  cancel: { en: 'Cancel', vi: 'Huỷ', lo: 'ຍົກເລີກ' },
  close: { en: 'Close', vi: 'Đóng', lo: 'ປິດ' },
  forTeachers: { en: 'For teachers', vi: 'Dành cho giáo viên', lo: 'ສຳລັບຄູ' },
  teacherNotesFailed: {
    en: 'The notes for teachers could not be loaded ({detail}). Reload the page.',
    vi: 'Không tải được ghi chú cho giáo viên ({detail}). Hãy tải lại trang.',
    lo: 'ໂຫຼດບັນທຶກສຳລັບຄູບໍ່ໄດ້ ({detail}). ກະລຸນາໂຫຼດໜ້າຄືນ.',
  },
  editor: { en: 'Program code', vi: 'Mã chương trình', lo: 'ໂຄດໂປຣແກຣມ' },
  saved: { en: 'Saved on this computer', vi: 'Đã lưu trên máy này', lo: 'ບັນທຶກໃນຄອມພິວເຕີນີ້ແລ້ວ' },
  output: { en: 'Output', vi: 'Kết quả', lo: 'ຜົນລັບ' },
  outputDropped: {
    en: 'Only the last {max} lines are shown. Left out: {count}.',
    vi: 'Chỉ hiện {max} dòng cuối. Đã bỏ bớt: {count}.',
    lo: 'ສະແດງແຕ່ {max} ແຖວສຸດທ້າຍ. ຂ້າມໄປ: {count}.',
  },
  sensors: { en: 'Sensors', vi: 'Cảm biến', lo: 'ເຊັນເຊີ' },
  view: {
    en: '3-D view of the arena and the robot',
    vi: 'Hình 3 chiều của sân và robot',
    lo: 'ພາບ 3 ມິຕິ ຂອງສະໜາມ ແລະ ຫຸ່ນຍົນ',
  },
  mute: { en: 'Mute', vi: 'Tắt tiếng', lo: 'ປິດສຽງ' },
  projector: { en: 'Projector', vi: 'Máy chiếu', lo: 'ໂປຣເຈັກເຕີ' },
  replays: { en: 'Replays', vi: 'Phát lại', lo: 'ເບິ່ງຄືນ' },
  replaysHint: {
    en: 'Watch competition matches from replay files (mekong compete)',
    vi: 'Xem lại các trận thi đấu từ tệp phát lại (mekong compete)',
    lo: 'ເບິ່ງການແຂ່ງຂັນຄືນຈາກໄຟລ໌ເບິ່ງຄືນ (mekong compete)',
  },
  projectorHint: {
    en: 'Large arena and large code for the class (F9 switches it on and off)',
    vi: 'Sân lớn và chữ lớn cho cả lớp xem (F9 để bật và tắt)',
    lo: 'ສະໜາມໃຫຍ່ ແລະ ໂຄດໂຕໃຫຍ່ ໃຫ້ທັງຫ້ອງເບິ່ງ (F9 ເພື່ອເປີດ ແລະ ປິດ)',
  },
  camera: { en: 'Camera', vi: 'Góc nhìn', lo: 'ມຸມມອງ' },
  cameraTop: { en: 'From above', vi: 'Từ trên xuống', lo: 'ຈາກເທິງ' },
  cameraChase: { en: 'Follow the robot', vi: 'Theo sau robot', lo: 'ຕິດຕາມຫຸ່ນຍົນ' },
  cameraOrbit: { en: 'Free (drag to turn)', vi: 'Tự do (kéo để xoay)', lo: 'ອິດສະຫຼະ (ລາກເພື່ອໝູນ)' },
  showCone: { en: 'Ultrasonic cone', vi: 'Vùng siêu âm', lo: 'ຂອບເຂດອັນຕຣາໂຊນິກ' },
  showLine: { en: 'Line sensors', vi: 'Cảm biến dò line', lo: 'ເຊັນເຊີຕິດຕາມເສັ້ນ' },
  statusLoading: {
    en: 'Loading the simulator…',
    vi: 'Đang tải trình mô phỏng…',
    lo: 'ກຳລັງໂຫຼດໂປຣແກຣມຈຳລອງ…',
  },
  statusIdle: { en: 'Ready. Press Run.', vi: 'Sẵn sàng. Nhấn Chạy.', lo: 'ພ້ອມແລ້ວ. ກົດ ແລ່ນ.' },
  statusRunning: { en: 'Running…', vi: 'Đang chạy…', lo: 'ກຳລັງແລ່ນ…' },
  statusPaused: {
    en: 'Paused before line {line}. Press Step for the next command, or Run to go on.',
    vi: 'Tạm dừng trước dòng {line}. Nhấn Từng bước để chạy lệnh tiếp, hoặc Chạy để tiếp tục.',
    lo: 'ຢຸດຊົ່ວຄາວກ່ອນແຖວ {line}. ກົດ ເທື່ອລະຂັ້ນ ສຳລັບຄຳສັ່ງຕໍ່ໄປ, ຫຼື ແລ່ນ ເພື່ອສືບຕໍ່.',
  },
  statusDone: {
    en: 'The program finished.',
    vi: 'Chương trình đã chạy xong.',
    lo: 'ໂປຣແກຣມແລ່ນຈົບແລ້ວ.',
  },
  statusFailed: {
    en: 'The program stopped with an error.',
    vi: 'Chương trình dừng vì có lỗi.',
    lo: 'ໂປຣແກຣມຢຸດຍ້ອນມີຂໍ້ຜິດພາດ.',
  },
  statusStopped: { en: 'Stopped.', vi: 'Đã dừng.', lo: 'ຢຸດແລ້ວ.' },
  statusTimeLimit: {
    en: 'Time is up: the program was stopped after {seconds} s.',
    vi: 'Hết giờ: chương trình đã dừng sau {seconds} giây.',
    lo: 'ໝົດເວລາ: ໂປຣແກຣມຖືກຢຸດຫຼັງຈາກ {seconds} ວິນາທີ.',
  },
  statusChecked: {
    en: 'Check finished: the result is in the lesson panel.',
    vi: 'Đã kiểm tra xong: xem kết quả ở khung bài học.',
    lo: 'ກວດແລ້ວ: ເບິ່ງຜົນຢູ່ໃນແຖບບົດຮຽນ.',
  },
  missionCheck: { en: 'Mission check', vi: 'Kiểm tra nhiệm vụ', lo: 'ກວດພາລະກິດ' },
  checkMission: {
    en: 'Check my mission',
    vi: 'Kiểm tra nhiệm vụ của em',
    lo: 'ກວດພາລະກິດຂອງຂ້ອຍ',
  },
  checkHint: {
    en: 'Your program drives a robot like a real classroom one, and every goal of the mission is checked. Then it is tried on more classroom robots, as the teacher’s grading does.',
    vi: 'Chương trình của em điều khiển một robot giống robot thật ở lớp, và từng mục tiêu của nhiệm vụ được kiểm tra. Sau đó chương trình được thử trên thêm vài robot ở lớp, giống như khi thầy cô chấm bài.',
    lo: 'ໂປຣແກຣມຂອງເຈົ້າຈະຂັບຫຸ່ນຍົນທີ່ຄືກັບຫຸ່ນຍົນແທ້ໃນຫ້ອງຮຽນ, ແລະ ທຸກເປົ້າໝາຍຂອງພາລະກິດຈະຖືກກວດ. ຈາກນັ້ນຈະລອງກັບຫຸ່ນຍົນອື່ນໃນຫ້ອງຮຽນອີກ ຄືກັບຕອນທີ່ຄູໃຫ້ຄະແນນ.',
  },
  checking: {
    en: 'Checking your mission… {time} s of {limit} s',
    vi: 'Đang kiểm tra nhiệm vụ… {time} / {limit} giây',
    lo: 'ກຳລັງກວດພາລະກິດ… {time} / {limit} ວິນາທີ',
  },
  checkStopped: {
    en: 'The check was stopped before the end, so there is no result yet. Check again when you are ready.',
    vi: 'Việc kiểm tra bị dừng giữa chừng nên chưa có kết quả. Khi sẵn sàng, em hãy kiểm tra lại.',
    lo: 'ການກວດຖືກຢຸດກ່ອນຈົບ ຈຶ່ງຍັງບໍ່ມີຜົນ. ເມື່ອພ້ອມແລ້ວ ໃຫ້ກວດອີກຄັ້ງ.',
  },
  /** The header's button (simulator/app/robot-link); its other words load when pressed. */
  connectRobot: { en: 'Connect a robot', vi: 'Kết nối robot', lo: 'ເຊື່ອມຕໍ່ຫຸ່ນຍົນ' },
  checkTrying: {
    en: 'Trying {total} more runs with classroom noise… {done}/{total}',
    vi: 'Đang thử thêm {total} lần chạy với nhiễu như robot ở lớp… {done}/{total}',
    lo: 'ກຳລັງລອງອີກ {total} ຮອບ ດ້ວຍສິ່ງລົບກວນຄືຫຸ່ນຍົນໃນຫ້ອງຮຽນ… {done}/{total}',
  },
  missionCompleteRuns: {
    en: 'Mission complete on {passed} of {total} runs!',
    vi: 'Hoàn thành nhiệm vụ {passed}/{total} lần chạy!',
    lo: 'ສຳເລັດພາລະກິດ {passed} ໃນ {total} ຮອບ!',
  },
  checkRunsAll: {
    en: 'Each of the {total} runs had a slightly different classroom robot, as in the teacher’s grading: your program is ready to hand in.',
    vi: 'Mỗi lần trong {total} lần chạy là một robot ở lớp hơi khác nhau, giống như khi thầy cô chấm bài: chương trình của em đã sẵn sàng để nộp.',
    lo: 'ແຕ່ລະຮອບໃນ {total} ຮອບ ແມ່ນຫຸ່ນຍົນໃນຫ້ອງຮຽນທີ່ຕ່າງກັນໜ້ອຍໜຶ່ງ ຄືກັບຕອນທີ່ຄູໃຫ້ຄະແນນ: ໂປຣແກຣມຂອງເຈົ້າພ້ອມສົ່ງແລ້ວ.',
  },
  checkRunsFirstFailed: {
    en: 'The teacher’s grading tries your program on {total} classroom robots, and it must pass on every one. Fix this first try, then check again.',
    vi: 'Khi chấm bài, thầy cô thử chương trình của em trên {total} robot ở lớp, và nó phải đạt trên tất cả. Hãy sửa lần thử này trước, rồi kiểm tra lại.',
    lo: 'ຕອນໃຫ້ຄະແນນ, ຄູຈະລອງໂປຣແກຣມຂອງເຈົ້າກັບຫຸ່ນຍົນ {total} ໂຕໃນຫ້ອງຮຽນ, ແລະ ມັນຕ້ອງຜ່ານທຸກໂຕ. ແກ້ການລອງຄັ້ງນີ້ກ່ອນ, ແລ້ວກວດອີກຄັ້ງ.',
  },
  checkRunsLaterFailed: {
    en: 'Passed the first {passed} of {total} runs, then the next one failed (see below). The teacher’s grading needs all {total} to pass. Make it robust: classroom robots differ a little (motors, sensors), so steer by the sensors rather than by exact distances and times.',
    vi: 'Đạt {passed} lần chạy đầu trong {total} lần, rồi lần tiếp theo không đạt (xem bên dưới). Khi chấm bài, thầy cô cần cả {total} lần đều đạt. Hãy làm chương trình vững hơn: robot ở lớp hơi khác nhau (động cơ, cảm biến), nên hãy điều khiển theo cảm biến thay vì theo quãng đường và thời gian cố định.',
    lo: 'ຜ່ານ {passed} ຮອບທຳອິດ ໃນ {total} ຮອບ, ແລ້ວຮອບຕໍ່ໄປບໍ່ຜ່ານ (ເບິ່ງຂ້າງລຸ່ມ). ຕອນໃຫ້ຄະແນນ, ຄູຕ້ອງການໃຫ້ຜ່ານທັງ {total} ຮອບ. ເຮັດໃຫ້ໂປຣແກຣມໝັ້ນຄົງຂຶ້ນ: ຫຸ່ນຍົນໃນຫ້ອງຮຽນຕ່າງກັນໜ້ອຍໜຶ່ງ (ມໍເຕີ, ເຊັນເຊີ), ສະນັ້ນໃຫ້ຄວບຄຸມຕາມເຊັນເຊີ ແທນທີ່ຈະໃຊ້ໄລຍະທາງ ແລະ ເວລາທີ່ຕາຍຕົວ.',
  },
  checkNotRun: {
    en: 'Your program could not be read, so it never started and nothing was checked. Fix the error, then check again.',
    vi: 'Không đọc được chương trình của em nên nó chưa chạy và chưa có gì được kiểm tra. Hãy sửa lỗi rồi kiểm tra lại.',
    lo: 'ອ່ານໂປຣແກຣມຂອງເຈົ້າບໍ່ໄດ້ ມັນຈຶ່ງບໍ່ໄດ້ແລ່ນ ແລະ ບໍ່ມີຫຍັງຖືກກວດ. ແກ້ຂໍ້ຜິດພາດ, ແລ້ວກວດອີກຄັ້ງ.',
  },
  missionNotYet: { en: 'Not yet', vi: 'Chưa xong', lo: 'ຍັງບໍ່ທັນ' },
  checkScore: {
    en: {
      by: 'total',
      one: 'Score {score}/100 · {passed} of {total} check passed',
      other: 'Score {score}/100 · {passed} of {total} checks passed',
    },
    vi: 'Điểm {score}/100 · đạt {passed}/{total} mục kiểm tra',
    lo: 'ຄະແນນ {score}/100 · ຜ່ານ {passed}/{total} ການກວດ',
  },
  checkPassed: { en: 'passed', vi: 'đạt', lo: 'ຜ່ານ' },
  checkFailed: { en: 'not yet', vi: 'chưa đạt', lo: 'ຍັງບໍ່ຜ່ານ' },
  checkOptional: { en: 'optional', vi: 'không bắt buộc', lo: 'ບໍ່ບັງຄັບ' },
  atLine: { en: 'Line {line}', vi: 'Dòng {line}', lo: 'ແຖວ {line}' },
  simTime: { en: 'Robot time', vi: 'Thời gian robot', lo: 'ເວລາຫຸ່ນຍົນ' },
  position: { en: 'Position', vi: 'Vị trí', lo: 'ຕຳແໜ່ງ' },
  heading: { en: 'Facing', vi: 'Hướng', lo: 'ທິດທາງ' },
  wheels: {
    en: 'Wheel power (left, right)',
    vi: 'Công suất bánh (trái, phải)',
    lo: 'ກຳລັງລໍ້ (ຊ້າຍ, ຂວາ)',
  },
  distance: { en: 'Distance (ultrasonic)', vi: 'Khoảng cách (siêu âm)', lo: 'ໄລຍະທາງ (ອັນຕຣາໂຊນິກ)' },
  nothingInRange: { en: 'nothing in range', vi: 'không có vật nào', lo: 'ບໍ່ມີຫຍັງຢູ່ໃນໄລຍະ' },
  lineSensors: { en: 'Line sensors', vi: 'Cảm biến dò line', lo: 'ເຊັນເຊີຕິດຕາມເສັ້ນ' },
  left: { en: 'left', vi: 'trái', lo: 'ຊ້າຍ' },
  center: { en: 'centre', vi: 'giữa', lo: 'ກາງ' },
  right: { en: 'right', vi: 'phải', lo: 'ຂວາ' },
  onLine: { en: 'line', vi: 'có line', lo: 'ມີເສັ້ນ' },
  offLine: { en: 'floor', vi: 'nền', lo: 'ພື້ນ' },
  led: { en: 'LED', vi: 'Đèn LED', lo: 'ໄຟ LED' },
  off: { en: 'off', vi: 'tắt', lo: 'ປິດ' },
  on: { en: 'on', vi: 'bật', lo: 'ເປີດ' },
  servo: { en: 'Servo', vi: 'Servo', lo: 'ເຊີໂວ' },
  buzzer: { en: 'Buzzer', vi: 'Còi', lo: 'ລຳໂພງສຽງ' },
  silent: { en: 'silent', vi: 'im lặng', lo: 'ງຽບ' },
  bump: { en: 'Touching', vi: 'Đang chạm', lo: 'ກຳລັງແຕະ' },
  yes: { en: 'yes', vi: 'có', lo: 'ແມ່ນ' },
  no: { en: 'no', vi: 'không', lo: 'ບໍ່' },
  robotReadings: {
    en: 'Read on the robot (what the program last asked)',
    vi: 'Đọc trên robot (lần chương trình hỏi gần nhất)',
    lo: 'ອ່ານເທິງຫຸ່ນຍົນ (ຄັ້ງລ່າສຸດທີ່ໂປຣແກຣມຖາມ)',
  },
  button: { en: 'Button', vi: 'Nút bấm', lo: 'ປຸ່ມ' },
  pressed: { en: 'pressed', vi: 'đang nhấn', lo: 'ກຳລັງກົດ' },
  released: { en: 'not pressed', vi: 'không nhấn', lo: 'ບໍ່ໄດ້ກົດ' },
  notRead: { en: 'not read yet', vi: 'chưa đọc', lo: 'ຍັງບໍ່ໄດ້ອ່ານ' },
  notFitted: { en: 'not on this kit', vi: 'bộ này không có', lo: 'ຊຸດນີ້ບໍ່ມີ' },
  workerFailed: {
    en: 'The simulator stopped working ({detail}). Reload the page.',
    vi: 'Trình mô phỏng bị lỗi ({detail}). Hãy tải lại trang.',
    lo: 'ໂປຣແກຣມຈຳລອງເຮັດວຽກບໍ່ໄດ້ ({detail}). ກະລຸນາໂຫຼດໜ້າຄືນ.',
  },
  offlineReady: {
    en: 'Ready to work without internet.',
    vi: 'Đã sẵn sàng dùng không cần internet.',
    lo: 'ພ້ອມໃຊ້ງານໂດຍບໍ່ຕ້ອງມີອິນເຕີເນັດ.',
  },
} as const satisfies Record<string, Entry>;

export type UiKey = keyof typeof UI_TEXT;

/** Keys of the texts without parameters (those an element of index.html may name). */
export type PlainUiKey = {
  [K in UiKey]: [Slots<(typeof UI_TEXT)[K]['en']>] extends [never] ? K : never;
}[UiKey];

/** The web app's catalog (the registry's generic test checks every language). */
export const UI_CATALOG = defineCatalog('web app', UI_TEXT);

/** The interface text `key` in `lang`, with exactly its `{name}` parameters filled in. */
export const t = UI_CATALOG.say;
