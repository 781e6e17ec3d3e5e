/**
 * Intel HEX loader for AVR flash images.
 */

/**
 * Parses Intel HEX text into `target` (flash image, bytes). Returns one past the highest
 * address written. Throws on a bad record, a checksum mismatch or an address past `target`.
 */
export function loadIntelHex(text: string, target: Uint8Array): number {
  let base = 0;
  let end = 0;
  const lines = text.split(/\r?\n/);
  for (const [index, raw] of lines.entries()) {
    const line = raw.trim();
    if (line === '') continue;
    const where = `Intel HEX line ${index + 1}`;
    if (!line.startsWith(':') || line.length < 11 || line.length % 2 === 0) {
      throw new Error(`${where}: expected ':' followed by hex byte pairs, got "${line}"`);
    }
    const bytes = Buffer.from(line.slice(1), 'hex');
    if (bytes.length * 2 !== line.length - 1) {
      throw new Error(`${where}: contains characters that are not hex digits`);
    }
    const length = bytes[0] ?? 0;
    if (bytes.length !== length + 5) {
      throw new Error(`${where}: length byte says ${length} data bytes, found ${bytes.length - 5}`);
    }
    const sum = bytes.reduce((total, value) => total + value, 0);
    if ((sum & 0xff) !== 0) throw new Error(`${where}: checksum mismatch`);
    const address = ((bytes[1] ?? 0) << 8) | (bytes[2] ?? 0);
    const type = bytes[3];
    const data = bytes.subarray(4, 4 + length);
    if (type === 0x00) {
      const start = base + address;
      if (start + length > target.length) {
        throw new Error(
          `${where}: data at 0x${start.toString(16)} does not fit ${target.length} bytes of flash`,
        );
      }
      target.set(data, start);
      end = Math.max(end, start + length);
    } else if (type === 0x01) {
      return end;
    } else if (type === 0x02) {
      base = (((data[0] ?? 0) << 8) | (data[1] ?? 0)) << 4;
    } else if (type === 0x04) {
      base = (((data[0] ?? 0) << 8) | (data[1] ?? 0)) << 16;
    } else if (type !== 0x03 && type !== 0x05) {
      throw new Error(`${where}: unknown record type ${type}; expected 0..5`);
    }
  }
  return end;
}
