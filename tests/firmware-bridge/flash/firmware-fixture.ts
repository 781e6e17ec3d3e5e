/**
 * One committed firmware build as the flashing tests use it: its hex, its pages, the flash
 * options that hand it to `flashBoard`, the MekongError a failed flash ends with, and a
 * check that a fake board's flash holds every page.
 */
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { type FlashOptions, flashBoard } from '../../../firmware-bridge/flash/flash-board.ts';
import { CHIPS } from '../../../firmware-bridge/flash/flash-boards.ts';
import { parseIntelHex, toPages } from '../../../firmware-bridge/protocol/intel-hex.ts';
import { isMekongError, type MekongError } from '../../../robot/index.ts';
import { AutoClock, type FakePort } from './fakes.ts';

export function firmwareFixture(board: 'uno' | 'mega') {
  const chip = board === 'uno' ? CHIPS.atmega328p : CHIPS.atmega2560;
  const hex = readFileSync(
    new URL(`../../../firmware-bridge/firmware/hex/mekong-${board}.hex`, import.meta.url),
    'utf8',
  );
  const pages = toPages(parseIntelHex(hex, chip.flashBytes), chip.pageBytes);

  const options = (extra: Partial<FlashOptions> = {}): FlashOptions => ({
    clock: new AutoClock(),
    firmwareHex: async () => hex,
    ...extra,
  });

  const flashError = async (
    port: FakePort,
    extra: Partial<FlashOptions> = {},
  ): Promise<MekongError> => {
    try {
      await flashBoard(port, options(extra));
    } catch (error) {
      if (isMekongError(error)) return error;
      throw error;
    }
    throw new Error('flashing succeeded');
  };

  const expectFlashHolds = (flash: Uint8Array): void => {
    for (const page of pages) {
      const held = flash.subarray(page.address, page.address + chip.pageBytes);
      expect(Buffer.from(held)).toEqual(Buffer.from(page.data));
    }
  };

  return { hex, pages, options, flashError, expectFlashHolds };
}
