/** Our committed firmware builds read from disk, for `mekong flash` (Node only). */
import { readFile } from 'node:fs/promises';
import type { Chip } from './flash-boards.ts';

/** Our committed firmware for `chip` (firmware-bridge/firmware/hex). */
export function committedFirmware(chip: Chip): Promise<string> {
  return readFile(new URL(`../firmware/hex/${chip.hexFile}`, import.meta.url), 'utf8');
}
