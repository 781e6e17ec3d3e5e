/**
 * Intel HEX → flash pages, for writing through a bootloader. Only pages that hold data
 * are written; bytes of such a page that the file does not set stay 0xFF (erased flash).
 */

/** One flash page to write: its byte address (a multiple of the page size) and contents. */
export interface FlashPage {
  /** Byte address in flash. */
  readonly address: number;
  readonly data: Uint8Array;
}

/** The bytes an Intel HEX file sets, by byte address. */
export interface HexImage {
  /** Flash contents from address 0 to `end` (unset bytes 0xFF). */
  readonly bytes: Uint8Array;
  /** set[i] is true when the file gives byte i. */
  readonly set: Uint8Array;
  /** One past the highest byte address the file sets. */
  readonly end: number;
}

/**
 * Parses Intel HEX text (record types 00 data, 01 end, 02 segment and 04 linear base, 03
 * and 05 start addresses ignored). Throws an Error naming the line on a bad record.
 * `maxBytes` is the chip's flash size: data beyond it is an error.
 */
export function parseIntelHex(text: string, maxBytes: number): HexImage {
  const bytes = new Uint8Array(maxBytes).fill(0xff);
  const set = new Uint8Array(maxBytes);
  let base = 0;
  let end = 0;
  for (const [index, raw] of text.split(/\r?\n/).entries()) {
    const line = raw.trim();
    if (line === '') continue;
    const where = `Intel HEX line ${index + 1}`;
    if (!/^:([0-9a-fA-F]{2})+$/.test(line) || line.length < 11) {
      throw new Error(`${where}: expected ':' and pairs of hex digits, got "${line.slice(0, 40)}"`);
    }
    // Plain parsing rather than Buffer: the page's emulator and flashing use this too.
    const record = Uint8Array.from(line.slice(1).match(/../g) ?? [], (pair) =>
      Number.parseInt(pair, 16),
    );
    const length = record[0] ?? 0;
    if (record.length !== length + 5) {
      throw new Error(
        `${where}: the length byte says ${length} data bytes, found ${record.length - 5}`,
      );
    }
    if ((record.reduce((sum, value) => sum + value, 0) & 0xff) !== 0) {
      throw new Error(`${where}: checksum mismatch`);
    }
    const offset = ((record[1] ?? 0) << 8) | (record[2] ?? 0);
    const type = record[3];
    const data = record.subarray(4, 4 + length);
    if (type === 0x00) {
      const start = base + offset;
      if (start + length > maxBytes) {
        throw new Error(
          `${where}: data at 0x${start.toString(16)} lies beyond the chip's ${maxBytes} bytes of flash`,
        );
      }
      bytes.set(data, start);
      set.fill(1, start, start + length);
      end = Math.max(end, start + length);
    } else if (type === 0x01) {
      break;
    } else if (type === 0x02) {
      base = (((data[0] ?? 0) << 8) | (data[1] ?? 0)) << 4;
    } else if (type === 0x04) {
      base = (((data[0] ?? 0) << 8) | (data[1] ?? 0)) * 0x10000;
    } else if (type !== 0x03 && type !== 0x05) {
      throw new Error(`${where}: unknown record type ${type}; expected 0 to 5`);
    }
  }
  return { bytes: bytes.subarray(0, end), set: set.subarray(0, end), end };
}

/** The pages of `image` that hold at least one byte the file sets, in address order. */
export function toPages(image: HexImage, pageBytes: number): FlashPage[] {
  const pages: FlashPage[] = [];
  for (let address = 0; address < image.end; address += pageBytes) {
    if (!image.set.subarray(address, address + pageBytes).includes(1)) continue;
    const data = new Uint8Array(pageBytes).fill(0xff);
    data.set(image.bytes.subarray(address, address + pageBytes));
    pages.push({ address, data });
  }
  return pages;
}
