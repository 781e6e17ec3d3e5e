// The one place every line `mekong` prints passes through. A leaf (it loads only
// visible-controls.ts), so `mekong --help` stays fast.
import { visibleControls } from '../robot/visible-controls.ts';
import type { CliIo, CliStream } from './io.ts';

/** The stream under a visible one, for overwriteLine's carriage return alone. */
const UNDER = Symbol('stream under');
type Visible = CliStream & { [UNDER]?: CliStream };

/**
 * `io` whose every write shows control characters instead of letting the terminal act on
 * them (robot/visible-controls.ts): an ESC or OSC sequence, a carriage return or a NUL in
 * a student's console.log, an error message or a file name. main.ts wraps the streams once,
 * before help, any verb or any error is printed, so nothing gets past it. Line feeds and
 * tabs stay. --json stays valid JSON: JSON.stringify escapes C0 controls itself, and the
 * others become `\uXXXX`, JSON's own escape for the same character.
 */
export function visibleIo(io: CliIo): CliIo {
  const visible = (stream: CliStream): Visible => ({
    write: (text: string) => stream.write(visibleControls(text)),
    ...(stream.isTTY === undefined ? {} : { isTTY: stream.isTTY }),
    [UNDER]: stream,
  });
  return { stdout: visible(io.stdout), stderr: visible(io.stderr) };
}

/**
 * Writes `text` over the terminal's current line (a progress bar): the one control
 * character a verb may send is this carriage return; the controls of `text` are shown.
 */
export function overwriteLine(stream: CliStream, text: string): void {
  const under = (stream as Visible)[UNDER] ?? stream;
  under.write(`\r${visibleControls(text)}`);
}
