import { describe, expect, it } from 'vitest';
import { ByteReader } from '../../../firmware-bridge/flash/byte-reader.ts';
import { flashBoard } from '../../../firmware-bridge/flash/flash-board.ts';
import { frameMessage, STK2, Stk500v2 } from '../../../firmware-bridge/flash/stk500v2.ts';
import { FakeStk500v2 } from './fake-stk500v2.ts';
import { AutoClock, FakePort } from './fakes.ts';
import { firmwareFixture } from './firmware-fixture.ts';

const {
  pages: MEGA_PAGES,
  options,
  flashError,
  flashReporting,
  expectVerifyFailure,
  expectFlashHolds,
} = firmwareFixture('mega');

/** One Intel HEX record (type, 16-bit offset, data) with its checksum. */
function record(type: number, offset: number, data: number[]): string {
  const bytes = [data.length, offset >> 8, offset & 0xff, type, ...data];
  const sum = (0x100 - (bytes.reduce((a, b) => a + b, 0) & 0xff)) & 0xff;
  return `:${Buffer.from([...bytes, sum])
    .toString('hex')
    .toUpperCase()}\n`;
}

const ids = (device: FakeStk500v2) => device.messages.map((m) => m.body[0]);
const count = (device: FakeStk500v2, command: number) =>
  ids(device).filter((id) => id === command).length;

describe('STK500v2 framing (AVR068)', () => {
  it('frames SIGN_ON as 1B seq size-hi size-lo 0E body, then the XOR of all of it', () => {
    // 1B ^ 01 ^ 00 ^ 01 ^ 0E ^ 01 = 14
    expect(frameMessage(1, [STK2.CMD_SIGN_ON])).toEqual([0x1b, 0x01, 0x00, 0x01, 0x0e, 0x01, 0x14]);
    const page = frameMessage(0xff, new Array(266).fill(0));
    expect(page.slice(0, 5)).toEqual([0x1b, 0xff, 0x01, 0x0a, 0x0e]);
    expect(page.length).toBe(5 + 266 + 1);
  });
});

describe('STK500v2 (Mega 2560 bootloader) against a byte-level fake', () => {
  it('signs on, reads the signature, writes and verifies every 256-byte page, then leaves', async () => {
    const { device, port, result, progress } = await flashReporting(new FakeStk500v2());
    expect(result).toMatchObject({
      bootloader: 'mega',
      protocol: 'stk500v2',
      baud: 115200,
      chip: 'ATmega2560',
      signature: '1e9801',
      pages: MEGA_PAGES.length,
      bytes: MEGA_PAGES.length * 256,
      resyncs: 0,
    });
    expectFlashHolds(device.flash);
    expect(port.opens).toEqual([115200]);
    expect(port.written.slice(0, 7)).toEqual([0x1b, 0x01, 0x00, 0x01, 0x0e, 0x01, 0x14]);

    const n = MEGA_PAGES.length;
    expect(ids(device)).toEqual([
      STK2.CMD_SIGN_ON,
      STK2.CMD_ENTER_PROGMODE_ISP,
      STK2.CMD_READ_SIGNATURE_ISP,
      STK2.CMD_READ_SIGNATURE_ISP,
      STK2.CMD_READ_SIGNATURE_ISP,
      ...new Array(n).fill([STK2.CMD_LOAD_ADDRESS, STK2.CMD_PROGRAM_FLASH_ISP]).flat(),
      ...new Array(n).fill([STK2.CMD_LOAD_ADDRESS, STK2.CMD_READ_FLASH_ISP]).flat(),
      STK2.CMD_LEAVE_PROGMODE_ISP,
    ]);
    // Sequence numbers count up from 1 and wrap at 255.
    expect(device.messages.map((m) => m.seq)).toEqual(
      device.messages.map((_, i) => (i + 1) & 0xff),
    );
    // READ_SIGNATURE_ISP: retAddr 4, then the ISP instruction 30 00 index 00.
    const signatureReads = device.messages.filter((m) => m.body[0] === STK2.CMD_READ_SIGNATURE_ISP);
    expect(signatureReads.map((m) => m.body)).toEqual(
      [0, 1, 2].map((i) => [STK2.CMD_READ_SIGNATURE_ISP, 4, 0x30, 0x00, i, 0x00]),
    );
    // PROGRAM_FLASH_ISP: 01 00 bytes, page mode C1, delay 10, 40 4C 20, poll 00 00, data.
    const second = device.messages.filter((m) => m.body[0] === STK2.CMD_PROGRAM_FLASH_ISP)[1];
    expect(second?.body.slice(0, 10)).toEqual([0x13, 0x01, 0x00, 0xc1, 10, 0x40, 0x4c, 0x20, 0, 0]);
    expect(second?.body.length).toBe(10 + 256);
    // Word addresses, with bit 31 set: the ATmega2560 has more than 64 KiB of flash.
    expect(device.loadAddresses.slice(0, 2)).toEqual([0x80000000, 0x80000080]);
    expect(device.loadAddresses.every((a) => a >= 0x80000000)).toBe(true);
    expect(progress.at(-1)).toBe(`verify ${n}/${n}`);
  });

  it('writes a page above 64 KiB at word address 80 00 F8 00 (byte 0x1F000)', async () => {
    const hex =
      record(0x04, 0, [0x00, 0x01]) +
      record(0x00, 0xf000, [0xde, 0xad, 0xbe, 0xef]) +
      record(1, 0, []);
    const device = new FakeStk500v2();
    const port = new FakePort(device);
    const result = await flashBoard(port, options({ board: 'mega', hex }));
    expect(result.pages).toBe(1);
    expect(device.loadAddresses).toEqual([0x8000f800, 0x8000f800]);
    const load = frameMessage(6, [STK2.CMD_LOAD_ADDRESS, 0x80, 0x00, 0xf8, 0x00]);
    expect(Buffer.from(port.written).indexOf(Buffer.from(load))).toBeGreaterThan(0);
    expect([...device.flash.subarray(0x1f000, 0x1f005)]).toEqual([0xde, 0xad, 0xbe, 0xef, 0xff]);
  });

  it('leaves bit 31 clear for a chip with at most 64 KiB of flash', async () => {
    const device = new FakeStk500v2();
    const port = new FakePort(device);
    const programmer = new Stk500v2(new ByteReader(await port.open(115200), new AutoClock()));
    expect(await programmer.sync()).toBe(true);
    expect(programmer.signOn).toBe('AVRISP_2');
    await programmer.enter();
    await programmer.writePage(0x200, new Uint8Array(128).fill(0x42));
    expect(device.loadAddresses).toEqual([0x100]);
    expect([...(await programmer.readPage(0x200, 2))]).toEqual([0x42, 0x42]);
  });

  it('finds the Mega by itself: optiboot and the old Nano bootloader get no answer first', async () => {
    const device = new FakeStk500v2();
    const port = new FakePort(device);
    const result = await flashBoard(port, options());
    expect(port.opens).toEqual([115200, 57600, 115200]);
    expect(result).toMatchObject({ bootloader: 'mega', chip: 'ATmega2560' });
    expectFlashHolds(device.flash);
  });

  it('gets in sync with a bootloader that ignores the first SIGN_ONs', async () => {
    const device = new FakeStk500v2();
    device.ignoreSignOns = 4;
    const result = await flashBoard(new FakePort(device), options({ board: 'mega' }));
    expect(result.pages).toBe(MEGA_PAGES.length);
    expect(count(device, STK2.CMD_SIGN_ON)).toBe(5);
  });

  it('a bad answer checksum on a page write: repeats LOAD_ADDRESS and the page, nothing else moves', async () => {
    const device = new FakeStk500v2();
    device.fault(STK2.CMD_PROGRAM_FLASH_ISP, 3, 'bad-checksum');
    const result = await flashBoard(new FakePort(device), options({ board: 'mega' }));
    expect(result.resyncs).toBe(1);
    expectFlashHolds(device.flash);
    expect(device.pagesWritten).toBe(MEGA_PAGES.length + 1);
    // The bootloader moved on after the page it wrote: every page needs its own LOAD_ADDRESS.
    const list = ids(device);
    list.forEach((id, i) => {
      if (id === STK2.CMD_PROGRAM_FLASH_ISP) expect(list[i - 1]).toBe(STK2.CMD_LOAD_ADDRESS);
    });
  });

  it('a garbled read-back answer is read again from the same address, not the next page', async () => {
    const device = new FakeStk500v2();
    device.fault(STK2.CMD_READ_FLASH_ISP, 2, 'bad-checksum');
    const result = await flashBoard(new FakePort(device), options({ board: 'mega' }));
    expect(result.resyncs).toBe(1);
    expect(count(device, STK2.CMD_READ_FLASH_ISP)).toBe(MEGA_PAGES.length + 1);
  });

  it('an answer with the wrong sequence number, a missing TOKEN or none at all is asked again', async () => {
    const device = new FakeStk500v2();
    device.fault(STK2.CMD_READ_SIGNATURE_ISP, 2, 'wrong-seq');
    device.fault(STK2.CMD_ENTER_PROGMODE_ISP, 1, 'silence');
    device.fault(STK2.CMD_LOAD_ADDRESS, 7, 'no-token');
    const result = await flashBoard(new FakePort(device), options({ board: 'mega' }));
    expect(result).toMatchObject({ signature: '1e9801', resyncs: 3 });
    expectFlashHolds(device.flash);
  });

  it('gives up with a clear error, after 4 tries, when every answer to a page is garbled', async () => {
    const device = new FakeStk500v2();
    for (const nth of [3, 4, 5, 6]) device.fault(STK2.CMD_PROGRAM_FLASH_ISP, nth, 'bad-checksum');
    const error = await flashError(new FakePort(device), { board: 'mega' });
    expect(error.code).toBe('FLASH_UNPLUGGED');
    expect(error.params).toMatchObject({ done: 2, total: MEGA_PAGES.length });
    expect(error.message).toContain('checksum');
    expect(error.suggestion).toMatch(/safe/);
  });

  it('no answer at 115200 with --board mega: FLASH_NO_SYNC, and no other speed is tried', async () => {
    const port = new FakePort(new FakeStk500v2({ baud: 57600 }));
    const error = await flashError(port, { board: 'mega' });
    expect(error.code).toBe('FLASH_NO_SYNC');
    expect(port.opens).toEqual([115200]);
    expect(error.params.tried).toContain('stk500v2 at 115200');
  });

  it('refuses a wrong signature before writing anything, naming the chip it found', async () => {
    const device = new FakeStk500v2({ signature: [0x1e, 0x97, 0x03] });
    const error = await flashError(new FakePort(device), { board: 'mega' });
    expect(error.code).toBe('FLASH_WRONG_SIGNATURE');
    expect(error.message).toContain('ATmega1280');
    expect(error.message).toContain('ATmega2560');
    expect(error.message).toContain('Nothing was written');
    expect(count(device, STK2.CMD_PROGRAM_FLASH_ISP)).toBe(0);
  });

  it('reports a verify mismatch with the page address', async () => {
    const device = new FakeStk500v2();
    await expectVerifyFailure(device, 0x100 + 7, '0x0100');
    expect(count(device, STK2.CMD_LEAVE_PROGMODE_ISP)).toBe(0);
  });
});
