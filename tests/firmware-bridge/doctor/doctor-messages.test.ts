import { describe, expect, it } from 'vitest';
import {
  DOCTOR_MESSAGES,
  DOCTOR_PARTS,
  type DoctorText,
} from '../../../firmware-bridge/doctor/doctor-messages.ts';
import '../../../firmware-bridge/texts/index.ts';
import { codedEntry, LANGS } from '../../../robot/index.ts';

const LAO = /[\u0E80-\u0EFF]/;
const VIETNAMESE = /[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/i;

describe('doctor translations', () => {
  for (const [code, texts] of Object.entries(DOCTOR_MESSAGES)) {
    // The same parameters and parts in every language: tests/robot/i18n/catalogs.test.ts.
    it(`${code} is worded in Vietnamese and Lao`, () => {
      const en: DoctorText = texts.en;
      const vi: DoctorText = texts.vi;
      const lo: DoctorText = texts.lo;
      for (const field of ['detail', 'fix'] as const) {
        if (en[field] === undefined) continue;
        expect(JSON.stringify(vi[field])).not.toBe(JSON.stringify(en[field]));
        expect(JSON.stringify(vi[field])).toMatch(VIETNAMESE);
        expect(JSON.stringify(lo[field])).toMatch(LAO);
      }
    });
  }

  it('every part the doctor checks has a name in every language (Lao in Lao script)', () => {
    for (const names of Object.values(DOCTOR_PARTS)) {
      for (const lang of LANGS) expect(names[lang].length).toBeGreaterThan(1);
      expect(names.lo).toMatch(LAO);
    }
  });

  it('no doctor code is also an error code (a check renders by whichever table has it)', () => {
    const clashes = Object.keys(DOCTOR_MESSAGES).filter((code) => codedEntry('errors', code));
    expect(clashes).toEqual([]);
  });
});
