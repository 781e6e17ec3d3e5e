import { describe, expect, it } from 'vitest';
import { detectLang, fill, systemLocale } from '../../../robot/i18n/text-core.js';

describe('the one language detector (CLI and web app)', () => {
  it('takes the first preference that names one of our languages, else English', () => {
    expect(detectLang([undefined, 'vi_VN.UTF-8'])).toBe('vi');
    expect(detectLang(['lo-LA', 'vi'])).toBe('lo');
    expect(detectLang(['fr-FR', 'en-US', 'vi'])).toBe('en');
    expect(detectLang(['fr', 'de', null, ''])).toBe('en');
    expect(detectLang([])).toBe('en');
  });

  it('reads the system locale as POSIX does: LC_ALL, else LC_MESSAGES, else LANG', () => {
    expect(systemLocale({ LANG: 'lo_LA.UTF-8' })).toBe('lo_LA.UTF-8');
    expect(systemLocale({ LC_MESSAGES: 'vi_VN', LANG: 'lo_LA' })).toBe('vi_VN');
    expect(systemLocale({ LC_ALL: 'C.UTF-8', LC_MESSAGES: 'vi_VN' })).toBe('C.UTF-8');
    expect(systemLocale({ LC_ALL: '', LANG: 'vi' })).toBe('vi');
    expect(systemLocale({})).toBeUndefined();
  });
});

describe('the one fill', () => {
  it('fills known slots and leaves unknown ones as they are', () => {
    expect(fill('{a} and {b} {c d}', { a: 1, b: 'two' })).toBe('1 and two {c d}');
    expect(fill('{toString}', {})).toBe('{toString}');
  });
});
