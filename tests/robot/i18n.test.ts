import { describe, expect, it } from 'vitest';
import { ERROR_MESSAGES, LANGS, PART_NAMES } from '../../robot/index.ts';

const params = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('translations', () => {
  for (const [code, texts] of Object.entries(ERROR_MESSAGES)) {
    it(`${code} exists in every language with the same parameters`, () => {
      for (const lang of LANGS) {
        expect(texts[lang].message.length).toBeGreaterThan(5);
        expect(texts[lang].suggestion.length).toBeGreaterThan(5);
        expect(params(texts[lang].message)).toEqual(params(texts.en.message));
        expect(params(texts[lang].suggestion)).toEqual(params(texts.en.suggestion));
      }
    });
  }

  it('Lao texts are written in Lao script and Vietnamese texts use Vietnamese letters', () => {
    const lao = /[\u0E80-\u0EFF]/;
    for (const texts of Object.values(ERROR_MESSAGES)) {
      expect(lao.test(texts.lo.suggestion)).toBe(true);
      expect(texts.vi.suggestion).not.toBe(texts.en.suggestion);
    }
    for (const names of Object.values(PART_NAMES)) expect(lao.test(names.lo)).toBe(true);
  });
});
