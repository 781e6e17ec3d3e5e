/**
 * Text from a student or a file, made safe to show in a terminal or a spreadsheet: control
 * characters become visible instead of acting. An ESC or OSC sequence in a student's
 * console.log could otherwise set the teacher's window title, clear the screen or write
 * the clipboard, and a NUL cut the rest of a line.
 *
 * C0 controls and DEL become their Unicode control pictures (ESC → ␛, NUL → ␀); C1 controls
 * and the bidirectional overrides that can reorder what a reader sees become `\uXXXX`, which
 * inside a JSON string is JSON's own escape for the same character, so JSON passed through
 * stays valid and means the same.
 */

/** C0 (except the kept ones), DEL, C1, and the bidi embedding/override/isolate marks. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is this file's job
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/gu;

/** Control picture for a C0 code (U+2400 + code) or DEL (U+2421). */
function picture(code: number): string {
  return String.fromCodePoint(code === 0x7f ? 0x2421 : 0x2400 + code);
}

/**
 * `text` with every control character shown, except those listed in `keep` (by default a
 * line feed and a tab, which lay text out and do nothing else).
 */
export function visibleControls(text: string, keep = '\n\t'): string {
  return text.replace(CONTROL, (char) => {
    if (keep.includes(char)) return char;
    const code = char.codePointAt(0) as number;
    return code < 0x20 || code === 0x7f
      ? picture(code)
      : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
