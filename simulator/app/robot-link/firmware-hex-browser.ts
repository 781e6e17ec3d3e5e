/**
 * The committed firmware builds for the page: the build puts this module where
 * firmware-bridge/emulator/firmware-hex.ts (which reads the files with node:fs) is
 * imported (vite.config.ts), so the emulator, the doctor and flashing run unchanged.
 */

import { type BoardDefinition, MEGA } from '../../../firmware-bridge/emulator/avr-boards.ts';
import megaHex from '../../../firmware-bridge/firmware/hex/mekong-mega.hex?raw';
import unoHex from '../../../firmware-bridge/firmware/hex/mekong-uno.hex?raw';

export const HEX_FILES = {
  atmega328p: 'mekong-uno.hex',
  atmega2560: 'mekong-mega.hex',
} as const;

/** Intel HEX text of our firmware for `board` (the Mega build for the Mega, else the Uno build). */
export function firmwareHex(board: BoardDefinition): string {
  return board.name === MEGA.name ? megaHex : unoHex;
}
