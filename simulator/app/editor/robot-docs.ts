import type { Lang } from '../../../robot/i18n/lang.ts';
import type { RobotMethod } from '../../../robot/robot.ts';

/**
 * Documentation of the student API for the editor's completions and hover cards. The
 * English text is read from the doc comments of the `Robot` interface in robot/robot.ts
 * (one source of truth); the Vietnamese and Lao summaries below were written by the
 * developers and WANT REVIEW BY A NATIVE TEACHER.
 */
export interface MethodDoc {
  name: RobotMethod;
  /** Parameters as declared, e.g. "cm: number". */
  params: string;
  /** Declared return type, e.g. "Promise<void>". */
  returns: string;
  /** True when the call takes robot time and must be awaited. */
  awaited: boolean;
  /** How a student writes it: "await robot.forward(30)". */
  example: string;
  doc: Record<Lang, string>;
}

const TRANSLATED: Record<RobotMethod, { vi: string; lo: string }> = {
  forward: {
    vi: 'Chạy thẳng `cm` xentimét (số âm = lùi), xong mới chạy tiếp.',
    lo: 'ແລ່ນກົງ `cm` ຊັງຕີແມັດ (ຄ່າລົບ = ຖອຍຫຼັງ), ສຳເລັດແລ້ວຈຶ່ງໄປຕໍ່.',
  },
  backward: {
    vi: 'Giống `forward(-cm)`: lùi `cm` xentimét.',
    lo: 'ຄືກັບ `forward(-cm)`: ຖອຍຫຼັງ `cm` ຊັງຕີແມັດ.',
  },
  turn: {
    vi: 'Quay tại chỗ `deg` độ; số dương = quay trái (ngược chiều kim đồng hồ).',
    lo: 'ໝູນຢູ່ບ່ອນເດີມ `deg` ອົງສາ; ຄ່າບວກ = ໝູນຊ້າຍ (ທວນເຂັມໂມງ).',
  },
  drive: {
    vi: 'Đặt công suất hai bánh, từ -100 đến 100; trả về ngay, robot vẫn tiếp tục chạy.',
    lo: 'ຕັ້ງກຳລັງລໍ້ທັງສອງ, ແຕ່ -100 ຫາ 100; ກັບຄືນທັນທີ, ຫຸ່ນຍົນຍັງແລ່ນຕໍ່.',
  },
  stop: { vi: 'Tắt cả hai động cơ.', lo: 'ປິດມໍເຕີທັງສອງ.' },
  wait: {
    vi: 'Chờ `ms` mili giây (động cơ vẫn làm việc đang làm).',
    lo: 'ລໍຖ້າ `ms` ມິລລິວິນາທີ (ມໍເຕີຍັງເຮັດວຽກຄືເກົ່າ).',
  },
  distance: {
    vi: 'Khoảng cách siêu âm tính bằng cm (2..400); `Infinity` khi không có vật nào.',
    lo: 'ໄລຍະທາງອັນຕຣາໂຊນິກເປັນ cm (2..400); `Infinity` ເມື່ອບໍ່ມີຫຍັງ.',
  },
  line: {
    vi: 'Cảm biến nào đang thấy vạch tối: `{ left, center, right }`, `true` = có vạch.',
    lo: 'ເຊັນເຊີໃດເຫັນເສັ້ນມືດ: `{ left, center, right }`, `true` = ມີເສັ້ນ.',
  },
  lineRaw: {
    vi: 'Độ phản xạ của nền dưới mỗi cảm biến, 0 (đen) đến 1 (trắng).',
    lo: 'ການສະທ້ອນແສງຂອງພື້ນໃຕ້ແຕ່ລະເຊັນເຊີ, 0 (ດຳ) ຫາ 1 (ຂາວ).',
  },
  led: {
    vi: 'Bật/tắt đèn LED: `true`/`false`, hoặc một màu trên bộ có LED màu.',
    lo: 'ເປີດ/ປິດ ໄຟ LED: `true`/`false`, ຫຼື ສີໜຶ່ງໃນຊຸດທີ່ມີໄຟສີ.',
  },
  beep: {
    vi: 'Kêu còi ở tần số `hz` (31..20000) trong `ms` mili giây.',
    lo: 'ເປີດສຽງທີ່ຄວາມຖີ່ `hz` (31..20000) ເປັນເວລາ `ms` ມິລລິວິນາທີ.',
  },
  servo: {
    vi: 'Xoay servo mang cảm biến siêu âm tới `deg` độ, 0..180 (90 = thẳng phía trước).',
    lo: 'ໝູນເຊີໂວທີ່ຖືເຊັນເຊີອັນຕຣາໂຊນິກໄປ `deg` ອົງສາ, 0..180 (90 = ກົງໜ້າ).',
  },
  button: { vi: '`true` khi nút đang được bấm.', lo: '`true` ເມື່ອກຳລັງກົດປຸ່ມ.' },
  time: {
    vi: 'Số mili giây từ lúc chương trình bắt đầu (thời gian mô phỏng).',
    lo: 'ຈຳນວນມິລລິວິນາທີນັບແຕ່ໂປຣແກຣມເລີ່ມ (ເວລາຈຳລອງ).',
  },
};

const EXAMPLE_ARGS: Partial<Record<RobotMethod, string>> = {
  forward: '30',
  backward: '30',
  turn: '90',
  drive: '50, 50',
  wait: '500',
  led: 'true',
  beep: '440, 200',
  servo: '90',
};

/** Reads the `Robot` interface's members and their doc comments from robot.ts's source. */
export function parseRobotDocs(source: string): MethodDoc[] {
  const start = source.indexOf('export interface Robot {');
  const body = source.slice(start, source.indexOf('\n}', start));
  const member = /\/\*\*([\s\S]*?)\*\/\s*(\w+)\(([^)]*)\):\s*([^;]+);/g;
  const docs: MethodDoc[] = [];
  for (const match of body.matchAll(member)) {
    const [, comment = '', name = '', params = '', returns = ''] = match;
    const method = name as RobotMethod;
    const translated = TRANSLATED[method];
    if (!translated) continue;
    const english = comment
      .split('\n')
      .map((line) => line.replace(/^\s*\*\s?/, '').trim())
      .filter(Boolean)
      .join(' ');
    const awaited = returns.startsWith('Promise');
    const call = `robot.${name}(${EXAMPLE_ARGS[method] ?? ''})`;
    docs.push({
      name: method,
      params,
      returns: returns.trim(),
      awaited,
      example: awaited ? `await ${call}` : call,
      doc: { en: english, vi: translated.vi, lo: translated.lo },
    });
  }
  return docs;
}
