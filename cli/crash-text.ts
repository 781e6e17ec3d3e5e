// The words of an unexpected error: a problem in Mekong's own code, which the reader should
// report. A leaf module (only `fill`), so it can be worded whatever else failed to load.
import { fill, type Lang } from '../robot/i18n/lang.ts';

/*
 * Vietnamese and Lao written by the developers: they WANT REVIEW BY A NATIVE TEACHER.
 */
const TEXT = {
  message: {
    en: 'mekong stopped because of a problem in its own code, not in your program or your input: {error}',
    vi: 'mekong đã dừng vì một lỗi trong chính mã của nó, không phải trong chương trình hay dữ liệu của bạn: {error}',
    lo: 'mekong ຢຸດເຮັດວຽກຍ້ອນບັນຫາໃນໂຄດຂອງມັນເອງ, ບໍ່ແມ່ນໃນໂປຣແກຣມ ຫຼື ຂໍ້ມູນຂອງທ່ານ: {error}',
  },
  suggestion: {
    en: 'Please report it as the README says under "Report a problem", with the command line ({command}) and this message.',
    vi: 'Hãy báo lỗi này như README hướng dẫn ở mục "Report a problem", kèm dòng lệnh ({command}) và thông báo này.',
    lo: 'ກະລຸນາແຈ້ງບັນຫານີ້ຕາມທີ່ README ບອກໃນຫົວຂໍ້ "Report a problem", ພ້ອມຄຳສັ່ງທີ່ໃຊ້ ({command}) ແລະ ຂໍ້ຄວາມນີ້.',
  },
} as const satisfies Record<string, Record<Lang, string>>;

/** Every key of these words (for completeness tests). */
export const CRASH_TEXT_KEYS = Object.keys(TEXT) as (keyof typeof TEXT)[];

/** The error code an unexpected error is reported with (in --json too). */
export const CRASH_CODE = 'UNEXPECTED';

/** `mekong run "my program.ts" --json`: the command line as the reader typed it. */
export function commandLine(argv: readonly string[]): string {
  const quoted = argv.map((arg) => (/^[\w@%+=:,./-]+$/.test(arg) ? arg : JSON.stringify(arg)));
  return ['mekong', ...quoted].join(' ');
}

/** An unexpected error worded in `lang`: its name and message, and where to report it. */
export function crashText(
  error: unknown,
  argv: readonly string[],
  lang: Lang,
): { code: typeof CRASH_CODE; message: string; suggestion: string } {
  const what =
    error instanceof Error
      ? `${error.name}: ${error.message}`
      : `${typeof error}: ${String(error)}`;
  return {
    code: CRASH_CODE,
    message: fill(TEXT.message[lang], { error: what }),
    suggestion: fill(TEXT.suggestion[lang], { command: commandLine(argv) }),
  };
}
