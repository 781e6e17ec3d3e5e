import { describe, expect, it } from 'vitest';
import { flashBoard } from '../../../firmware-bridge/flash/flash-board.ts';
import { CHIPS } from '../../../firmware-bridge/flash/flash-boards.ts';
import { STK } from '../../../firmware-bridge/flash/stk500v1.ts';
import { parseIntelHex, toPages } from '../../../firmware-bridge/protocol/intel-hex.ts';
import { FakeStk500v1 } from './fake-stk500v1.ts';
import { FakePort } from './fakes.ts';
import { firmwareFixture } from './firmware-fixture.ts';

const {
  hex: UNO_HEX,
  pages: UNO_PAGES,
  options,
  flashError,
  flashReporting,
  expectVerifyFailure,
  expectFlashHolds,
} = firmwareFixture('uno');

describe('Intel HEX to pages', () => {
  it('cuts the Uno firmware into 128-byte pages, padding with 0xFF', () => {
    const image = parseIntelHex(UNO_HEX, CHIPS.atmega328p.flashBytes);
    expect(UNO_PAGES.length).toBe(Math.ceil(image.end / 128));
    expect(UNO_PAGES[0]?.address).toBe(0);
    const last = UNO_PAGES.at(-1);
    expect(last?.data[127]).toBe(image.end % 128 === 0 ? image.bytes[image.end - 1] : 0xff);
  });

  it('writes only pages the file sets', () => {
    const hex = ':02010000AABB98\n:00000001FF\n';
    const pages = toPages(parseIntelHex(hex, 0x8000), 128);
    expect(pages.map((p) => p.address)).toEqual([0x100]);
    expect([...(pages[0]?.data.subarray(0, 3) ?? [])]).toEqual([0xaa, 0xbb, 0xff]);
  });

  it('names the line of a bad checksum and refuses data beyond the flash', () => {
    expect(() => parseIntelHex(':02010000AABB99\n', 0x8000)).toThrow(/line 1: checksum/);
    expect(() => parseIntelHex(':02010000AABB98\n', 0x100)).toThrow(/beyond the chip/);
  });
});

describe('STK500v1 (optiboot, old Nano bootloader) against a byte-level fake', () => {
  it('syncs, reads the signature, writes and verifies every page, then leaves', async () => {
    const { device, port, result, progress } = await flashReporting(new FakeStk500v1());
    expect(result).toMatchObject({
      bootloader: 'uno',
      baud: 115200,
      chip: 'ATmega328P',
      signature: '1e950f',
      pages: UNO_PAGES.length,
      resyncs: 0,
    });
    expectFlashHolds(device.flash);
    expect(port.written.slice(0, 2)).toEqual([STK.GET_SYNC, STK.CRC_EOP]);
    const ops = device.commands;
    expect(ops.indexOf(STK.READ_SIGN)).toBeLessThan(ops.indexOf(STK.PROG_PAGE));
    expect(ops.filter((op) => op === STK.PROG_PAGE)).toHaveLength(UNO_PAGES.length);
    expect(ops.filter((op) => op === STK.READ_PAGE)).toHaveLength(UNO_PAGES.length);
    expect(ops.at(-1)).toBe(STK.LEAVE_PROGMODE);
    expect(progress.at(-1)).toBe(`verify ${UNO_PAGES.length}/${UNO_PAGES.length}`);
    expect(progress).toContain(`write ${UNO_PAGES.length}/${UNO_PAGES.length}`);
  });

  it('sends the page at the right word address: LOAD_ADDRESS lo hi, then PROG_PAGE 00 80 46', async () => {
    const device = new FakeStk500v1();
    const port = new FakePort(device);
    await flashBoard(port, options({ board: 'uno' }));
    const bytes = Buffer.from(port.written);
    // Second page: byte address 0x80 = word 0x40.
    const at = bytes.indexOf(Buffer.from([STK.LOAD_ADDRESS, 0x40, 0x00, STK.CRC_EOP]));
    expect(at).toBeGreaterThan(0);
    expect([...bytes.subarray(at + 4, at + 8)]).toEqual([STK.PROG_PAGE, 0x00, 0x80, 0x46]);
  });

  it('gets in sync with a bootloader that ignores the first GET_SYNCs', async () => {
    const device = new FakeStk500v1();
    device.ignoreSyncs = 4;
    const result = await flashBoard(new FakePort(device), options({ board: 'uno' }));
    expect(result.pages).toBe(UNO_PAGES.length);
  });

  it('loses sync mid-way (STK_NOSYNC on a page), re-syncs and writes that page again', async () => {
    const device = new FakeStk500v1();
    device.nosyncOnProgPage = 3;
    const result = await flashBoard(new FakePort(device), options({ board: 'uno' }));
    expect(result.resyncs).toBe(1);
    expectFlashHolds(device.flash);
    expect(device.pagesWritten).toBe(UNO_PAGES.length);
  });

  it('refuses a wrong signature before writing anything, naming the chip it found', async () => {
    const device = new FakeStk500v1({ signature: [0x1e, 0x94, 0x06] });
    const port = new FakePort(device);
    const error = await flashError(port, { board: 'nano' });
    expect(error.code).toBe('FLASH_WRONG_SIGNATURE');
    expect(error.message).toContain('ATmega168');
    expect(error.message).toContain('ATmega328P');
    expect(error.message).toContain('Nothing was written');
    expect(device.commands).not.toContain(STK.PROG_PAGE);
  });

  it('refuses a chip we have no firmware for when no --board is given', async () => {
    const device = new FakeStk500v1({ signature: [0x1e, 0x94, 0x0b] });
    const error = await flashError(new FakePort(device));
    expect(error.code).toBe('FLASH_UNSUPPORTED_CHIP');
    expect(error.message).toContain('ATmega168P');
    expect(device.commands).not.toContain(STK.PROG_PAGE);
  });

  it('reads the signature with UNIVERSAL when READ_SIGN is unknown', async () => {
    const device = new FakeStk500v1({ readSign: false });
    const result = await flashBoard(new FakePort(device), options({ board: 'uno' }));
    expect(result.signature).toBe('1e950f');
    expect(device.commands).toContain(STK.UNIVERSAL);
  });

  it('reports a verify mismatch with the page address', async () => {
    await expectVerifyFailure(new FakeStk500v1(), 0x80 + 5, '0x0080');
  });

  it('falls back to the old bootloader at 57600 when 115200 gets no sync', async () => {
    const device = new FakeStk500v1({ baud: 57600 });
    const port = new FakePort(device);
    const result = await flashBoard(port, options());
    expect(port.opens).toEqual([115200, 57600]);
    expect(result).toMatchObject({ bootloader: 'nano-old', baud: 57600 });
    expectFlashHolds(device.flash);
  });

  it('does not fall back when --board says which; no sync names the port and the fix', async () => {
    const port = new FakePort(new FakeStk500v1({ baud: 57600 }));
    const error = await flashError(port, { board: 'uno' });
    expect(port.opens).toEqual([115200]);
    expect(error.code).toBe('FLASH_NO_SYNC');
    expect(error.message).toContain('/dev/ttyFAKE0');
    expect(error.suggestion).toMatch(/reset button/);
    expect(error.suggestion).toContain('--board nano-old');
  });

  it('tries every bootloader and says so when nothing answers', async () => {
    const port = new FakePort(new FakeStk500v1({ baud: 9600 }));
    const error = await flashError(port);
    expect(port.opens).toEqual([115200, 57600, 115200]);
    expect(error.params.tried).toMatch(/optiboot.*115200.*old bootloader.*57600.*Mega.*stk500v2/);
  });

  it('unplugged mid-way: says how far it got and that re-running is safe', async () => {
    const device = new FakeStk500v1();
    const port = new FakePort(device);
    device.onPageWritten = (count) => {
      if (count === 5) port.current?.unplug();
    };
    const error = await flashError(port, { board: 'uno' });
    expect(error.code).toBe('FLASH_UNPLUGGED');
    expect(error.params).toMatchObject({ done: 5, total: UNO_PAGES.length });
    expect(error.suggestion).toMatch(/bootloader was not touched.*safe/);
    expect(error.text('vi').suggestion).toContain('an toàn');
  });
});
