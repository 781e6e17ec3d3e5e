/**
 * Optiboot for the emulated Uno. Debian's prebuilt optiboot_atmega328.hex does not fit the
 * 512-byte boot section (532 bytes: its last 20 bytes lie past the end of flash, and its
 * version word at 0x7FFE overwrites an instruction), because it was built with a newer
 * avr-gcc than optiboot 4.4 was sized for. So the tests build the same source, from the
 * same package, without the start-up LED flashes (496 bytes), with Debian's gcc-avr.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const OPTIBOOT_SOURCE = '/usr/share/arduino/hardware/arduino/avr/bootloaders/optiboot';

let built: string | null = null;

/** Intel HEX of optiboot 4.4 for the ATmega328P at 115200 baud (built once per process). */
export function buildOptiboot(): string {
  if (built !== null) return built;
  const dir = mkdtempSync(join(tmpdir(), 'optiboot-'));
  cpSync(OPTIBOOT_SOURCE, dir, { recursive: true });
  const makefile = join(dir, 'Makefile');
  writeFileSync(
    makefile,
    readFileSync(makefile, 'utf8').replace(
      "atmega328: CFLAGS += '-DLED_START_FLASHES=3'",
      "atmega328: CFLAGS += '-DLED_START_FLASHES=0'",
    ),
  );
  execFileSync('make', ['-s', 'atmega328'], { cwd: dir, stdio: 'pipe' });
  built = readFileSync(join(dir, 'optiboot_atmega328.hex'), 'utf8');
  return built;
}
