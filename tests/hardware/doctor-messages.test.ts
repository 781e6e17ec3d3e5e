import { describe, expect, it } from 'vitest';
import {
  DOCTOR_MESSAGES,
  DOCTOR_PARTS,
  type DoctorText,
} from '../../firmware-bridge/doctor/doctor-messages.ts';
import '../../firmware-bridge/texts/index.ts';
import { codedEntry, LANGS } from '../../robot/index.ts';

/** The parameter names a text uses (a language may name one twice). */
const params = (text: string | undefined) =>
  [...new Set([...(text ?? '').matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();
const LAO = /[\u0E80-\u0EFF]/;
const VIETNAMESE = /[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/i;

describe('doctor translations', () => {
  for (const [code, texts] of Object.entries(DOCTOR_MESSAGES)) {
    it(`${code} exists in every language with the same parameters, and a fix in all or none`, () => {
      const en: DoctorText = texts.en;
      for (const lang of LANGS) {
        const text: DoctorText = texts[lang];
        expect(text.detail.length).toBeGreaterThan(5);
        expect(params(text.detail)).toEqual(params(en.detail));
        expect(text.fix === undefined).toBe(en.fix === undefined);
        expect(params(text.fix)).toEqual(params(en.fix));
      }
      const vi: DoctorText = texts.vi;
      const lo: DoctorText = texts.lo;
      for (const field of ['detail', 'fix'] as const) {
        if (en[field] === undefined) continue;
        expect(vi[field]).not.toBe(en[field]);
        expect(vi[field]).toMatch(VIETNAMESE);
        expect(lo[field]).toMatch(LAO);
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
