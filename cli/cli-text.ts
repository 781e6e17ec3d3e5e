import { fill, type Lang } from '../robot/index.ts';

/** The CLI's own words in every language (robot errors have theirs in robot/i18n). */
const TEXT = {
  finished: {
    en: 'Finished: {reason} after {sim} s of robot time ({wall} ms on this computer).',
    vi: 'Kết thúc: {reason} sau {sim} giây thời gian robot ({wall} ms trên máy này).',
    lo: 'ສຳເລັດ: {reason} ຫຼັງຈາກ {sim} ວິນາທີ ເວລາຫຸ່ນຍົນ ({wall} ms ໃນຄອມພິວເຕີນີ້).',
  },
  reasonDone: { en: 'the program ended', vi: 'chương trình đã chạy xong', lo: 'ໂປຣແກຣມຈົບແລ້ວ' },
  reasonTime: {
    en: 'time limit reached',
    vi: 'hết thời gian cho phép',
    lo: 'ໝົດເວລາທີ່ກຳນົດ',
  },
  reasonFailed: { en: 'the program failed', vi: 'chương trình bị lỗi', lo: 'ໂປຣແກຣມຜິດພາດ' },
  pose: {
    en: 'Robot at x {x} cm, y {y} cm, heading {h}°.',
    vi: 'Robot ở x {x} cm, y {y} cm, hướng {h}°.',
    lo: 'ຫຸ່ນຍົນຢູ່ທີ່ x {x} cm, y {y} cm, ທິດ {h}°.',
  },
  noPose: {
    en: 'A real robot has no position sensor: its pose is not measured (reported as 0, 0, 0).',
    vi: 'Robot thật không có cảm biến vị trí: không đo được vị trí (ghi là 0, 0, 0).',
    lo: 'ຫຸ່ນຍົນແທ້ບໍ່ມີເຊັນເຊີຕຳແໜ່ງ: ບໍ່ໄດ້ວັດຕຳແໜ່ງ (ລາຍງານເປັນ 0, 0, 0).',
  },
  events: {
    en: 'Collisions: {collisions} · beeps: {beeps} · LED changes: {leds}',
    vi: 'Va chạm: {collisions} · tiếng bíp: {beeps} · đổi đèn LED: {leds}',
    lo: 'ການຕຳ: {collisions} · ສຽງບີບ: {beeps} · ການປ່ຽນໄຟ LED: {leds}',
  },
} as const satisfies Record<string, Record<Lang, string>>;

export function cliText(
  key: keyof typeof TEXT,
  lang: Lang,
  params: Record<string, unknown> = {},
): string {
  return fill(TEXT[key][lang], params);
}
