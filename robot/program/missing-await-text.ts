import { defineCatalog } from '../i18n/catalog.ts';
import type { Lang } from '../i18n/lang.ts';

/*
 * What a reader is told about a robot call without `await` (missing-await.ts): the editor's
 * warning, `mekong run`'s, and the hint after an error the missing await may explain.
 * Vietnamese and Lao were written by the developers and want review by a native teacher.
 */
const TEXT = {
  missingAwait: {
    en: 'robot.{method}() takes time: write "await robot.{method}(…)" so the program waits for its answer.',
    vi: 'robot.{method}() cần thời gian: hãy viết "await robot.{method}(…)" để chương trình chờ kết quả.',
    lo: 'robot.{method}() ໃຊ້ເວລາ: ຂຽນ "await robot.{method}(…)" ເພື່ອໃຫ້ໂປຣແກຣມລໍຖ້າຄຳຕອບ.',
  },
  missingAwaitCause: {
    en: 'Maybe this is why: robot.{method}() on line {line} has no "await", so the program went on without its answer.',
    vi: 'Có thể vì thế này: robot.{method}() ở dòng {line} thiếu "await", nên chương trình chạy tiếp mà không chờ kết quả.',
    lo: 'ອາດເປັນຍ້ອນ: robot.{method}() ຢູ່ແຖວ {line} ບໍ່ມີ "await", ໂປຣແກຣມຈຶ່ງເຮັດຕໍ່ໄປໂດຍບໍ່ລໍຖ້າຄຳຕອບ.',
  },
} as const satisfies Record<string, Record<Lang, string>>;

/** Worded with `say(MISSING_AWAIT_TEXT, key, lang, params)`. */
export const MISSING_AWAIT_TEXT = defineCatalog('robot missing await', TEXT);
