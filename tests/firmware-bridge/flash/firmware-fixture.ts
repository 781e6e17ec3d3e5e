/**
 * One committed firmware build as the flashing tests use it: its hex, its pages, the flash
 * options that hand it to `flashBoard`, the MekongError a failed flash ends with, a flash
 * that records its progress, a failed verify, and a check that a fake board's flash holds every page.
 */
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { type FlashOptions, flashBoard } from '../../../firmware-bridge/flash/flash-board.ts';
import { CHIPS } from '../../../firmware-bridge/flash/flash-boards.ts';
import { parseIntelHex, toPages } from '../../../firmware-bridge/protocol/intel-hex.ts';
import { isMekongError, type MekongError } from '../../../robot/index.ts';
import type { FakeBootloader } from './fake-bootloader.ts';
import { AutoClock, type FakeDevice, FakePort } from './fakes.ts';

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

  /** Flashes the board with `device` behind the port, keeping every progress report as "phase done/total". */
  const flashReporting = async <Device extends FakeDevice>(device: Device) => {
    const port = new FakePort(device);
    const progress: string[] = [];
    const result = await flashBoard(
      port,
      options({ board, onProgress: (p) => progress.push(`${p.phase} ${p.done}/${p.total}`) }),
    );
    return { device, port, result, progress };
  };

  /**
   * Flashes the board with a worn cell at byte `stuckAddress` of `device` and expects the
   * verify to fail, naming the page's address as `pageAddress`.
   */
  const expectVerifyFailure = async (
    device: FakeBootloader,
    stuckAddress: number,
    pageAddress: string,
  ): Promise<void> => {
    device.stuckAddress = stuckAddress;
    const error = await flashError(new FakePort(device), { board });
    expect(error.code).toBe('FLASH_VERIFY_FAILED');
    expect(error.params.address).toBe(pageAddress);
  };

  const expectFlashHolds = (flash: Uint8Array): void => {
    for (const page of pages) {
      const held = flash.subarray(page.address, page.address + chip.pageBytes);
      expect(Buffer.from(held)).toEqual(Buffer.from(page.data));
    }
  };

  return {
    hex,
    pages,
    options,
    flashError,
    flashReporting,
    expectVerifyFailure,
    expectFlashHolds,
  };
}
