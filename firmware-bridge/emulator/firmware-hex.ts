/** The committed firmware builds (firmware-bridge/firmware/hex), read once per process. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type BoardDefinition, MEGA } from './avr-boards.ts';

/** File name of the committed build for each MCU family. */
export const HEX_FILES = {
  atmega328p: 'mekong-uno.hex',
  atmega2560: 'mekong-mega.hex',
} as const;

const cache = new Map<string, string>();

/** Absolute path of a committed hex file. */
export function hexPath(file: string): string {
  return fileURLToPath(new URL(`../firmware/hex/${file}`, import.meta.url));
}

/** Intel HEX text of our firmware for `board` (the Mega build for the Mega, else the Uno build). */
export function firmwareHex(board: BoardDefinition): string {
  const file = board.name === MEGA.name ? HEX_FILES.atmega2560 : HEX_FILES.atmega328p;
  let text = cache.get(file);
  if (text === undefined) {
    text = readFileSync(hexPath(file), 'utf8');
    cache.set(file, text);
  }
  return text;
}
