import { describe, expect, it } from 'vitest';
import { visibleControls } from '../../robot/visible-controls.ts';

describe('visibleControls', () => {
  it('shows ESC and OSC sequences instead of letting a terminal act on them', () => {
    const title = '\u001b]0;owned\u0007';
    expect(visibleControls(`a${title}b`)).toBe('a␛]0;owned␇b');
    expect(visibleControls('\u001b[2J\u001b[H')).toBe('␛[2J␛[H');
    expect(visibleControls('\u009b31m')).toBe('\\u009b31m');
  });

  it('keeps a NUL visible, so the rest of the line is not cut', () => {
    expect(visibleControls('a\0b')).toBe('a␀b');
  });

  it('keeps line feeds and tabs, and shows a carriage return unless asked to keep it', () => {
    expect(visibleControls('one\ttwo\nthree')).toBe('one\ttwo\nthree');
    expect(visibleControls('fake\rreal')).toBe('fake␍real');
    expect(visibleControls('fake\rreal', '\r\n')).toBe('fake\rreal');
    expect(visibleControls('x\n', '')).toBe('x␊');
  });

  it('shows bidirectional overrides that could reorder a line, and DEL', () => {
    expect(visibleControls('abc\u202edef\u2066')).toBe('abc\\u202edef\\u2066');
    expect(visibleControls('\u007f')).toBe('␡');
  });

  it('keeps JSON valid and meaning the same', () => {
    const text = 'a\u009b2J\u202eb\u001b]0;t\u0007';
    expect(JSON.parse(visibleControls(JSON.stringify({ text })))).toEqual({ text });
  });

  it('leaves Vietnamese, Lao and emoji alone', () => {
    const text = 'Xin chào · ສະບາຍດີ · 🤖';
    expect(visibleControls(text)).toBe(text);
  });
});
