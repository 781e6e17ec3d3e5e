import { defineCatalog, type Entry } from '../../robot/i18n/catalog.ts';
import type { Lang } from '../../robot/i18n/lang.ts';
import { say } from '../../robot/i18n/localize.ts';

/*
 * The words of the competitions section of the teacher page (competition-teacher.js fills
 * the {slots} itself). Vietnamese and Lao written by the developers: they WANT REVIEW BY A
 * NATIVE TEACHER.
 */
export const COMPETITION_TEXT = {
  heading: { en: 'Competitions', vi: 'Cuộc thi', lo: 'ການແຂ່ງຂັນ' },
  format: { en: 'Format', vi: 'Thể thức', lo: 'ຮູບແບບ' },
  open: {
    en: 'Open a competition for this class',
    vi: 'Mở một cuộc thi cho lớp này',
    lo: 'ເປີດການແຂ່ງຂັນໃຫ້ຫ້ອງນີ້',
  },
  entrants: {
    en: 'Programs handed in:',
    vi: 'Số chương trình đã nộp:',
    lo: 'ໂປຣແກຣມທີ່ສົ່ງແລ້ວ:',
  },
  runRound: { en: 'Run round', vi: 'Chạy vòng thi', lo: 'ແລ່ນຮອບ' },
  projector: { en: 'Projector', vi: 'Máy chiếu', lo: 'ເຄື່ອງສາຍ' },
  noRound: { en: 'No round yet.', vi: 'Chưa có vòng nào.', lo: 'ຍັງບໍ່ມີຮອບ.' },
  queued: {
    en: 'Round {number}: waiting',
    vi: 'Vòng {number}: đang chờ',
    lo: 'ຮອບ {number}: ກຳລັງລໍ',
  },
  running: {
    en: 'Round {number}: {played} of {total} matches played',
    vi: 'Vòng {number}: đã đấu {played} trên {total} trận',
    lo: 'ຮອບ {number}: ແຂ່ງແລ້ວ {played} ຈາກ {total} ນັດ',
  },
  done: { en: 'Round {number}: done', vi: 'Vòng {number}: xong', lo: 'ຮອບ {number}: ແລ້ວ' },
  failed: {
    en: 'Round {number}: failed. Run it again.',
    vi: 'Vòng {number}: lỗi. Hãy chạy lại.',
    lo: 'ຮອບ {number}: ລົ້ມເຫຼວ. ແລ່ນອີກຄັ້ງ.',
  },
} as const satisfies Record<string, Entry>;

const COMPETITION_CATALOG = defineCatalog('hub teacher competitions', COMPETITION_TEXT);

/**
 * Every word of the section in `lang`, {slots} left in for the page's script to fill (it
 * shows numbers only).
 */
export function competitionWords(lang: Lang): Record<string, string> {
  return Object.fromEntries(
    Object.keys(COMPETITION_TEXT).map((key) => {
      const k = key as keyof typeof COMPETITION_TEXT;
      const slots = { number: '{number}', played: '{played}', total: '{total}' };
      return [key, say(COMPETITION_CATALOG, k, lang, slots as never)];
    }),
  );
}
