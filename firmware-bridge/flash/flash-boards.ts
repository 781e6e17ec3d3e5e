/**
 * What flashing needs to know about each board and chip, as data: bootloader protocol and
 * speed, the chip's signature, flash and page size, and which committed hex it gets.
 */

/** Chips we have firmware for. */
export interface Chip {
  /** Datasheet name, e.g. "ATmega328P". */
  readonly name: string;
  /** Device signature bytes 0..2 (datasheet "Signature Bytes"). */
  readonly signature: readonly [number, number, number];
  /** Application flash we may write, bytes (the bootloader section above is never written). */
  readonly flashBytes: number;
  /** SPM page size, bytes. */
  readonly pageBytes: number;
  /** File name in firmware-bridge/firmware/hex. */
  readonly hexFile: string;
}

export const CHIPS = {
  atmega328p: {
    name: 'ATmega328P',
    signature: [0x1e, 0x95, 0x0f],
    flashBytes: 0x7e00,
    pageBytes: 128,
    hexFile: 'mekong-uno.hex',
  },
  atmega2560: {
    name: 'ATmega2560',
    signature: [0x1e, 0x98, 0x01],
    flashBytes: 0x3e000,
    pageBytes: 256,
    hexFile: 'mekong-mega.hex',
  },
} as const satisfies Record<string, Chip>;

export type ChipId = keyof typeof CHIPS;

export type BootloaderProtocol = 'stk500v1' | 'stk500v2';

export interface FlashBoard {
  /** What people call it, for messages. */
  readonly label: string;
  readonly protocol: BootloaderProtocol;
  /** Bootloader serial speed, baud. */
  readonly baud: number;
  readonly chip: ChipId;
}

/** The boards `mekong flash --board` accepts. */
export const FLASH_BOARDS = {
  uno: { label: 'Arduino Uno (optiboot)', protocol: 'stk500v1', baud: 115200, chip: 'atmega328p' },
  nano: {
    label: 'Arduino Nano (new bootloader)',
    protocol: 'stk500v1',
    baud: 115200,
    chip: 'atmega328p',
  },
  'nano-old': {
    label: 'Arduino Nano (old bootloader)',
    protocol: 'stk500v1',
    baud: 57600,
    chip: 'atmega328p',
  },
  mega: { label: 'Arduino Mega 2560', protocol: 'stk500v2', baud: 115200, chip: 'atmega2560' },
} as const satisfies Record<string, FlashBoard>;

export type FlashBoardId = keyof typeof FLASH_BOARDS;

export const FLASH_BOARD_IDS = Object.keys(FLASH_BOARDS) as FlashBoardId[];

/**
 * Bootloaders to try, in order, when --board is not given: optiboot (Uno, new Nano) first,
 * then the old Nano bootloader at 57600, then the Mega's STK500v2.
 */
export const AUTO_ORDER: readonly FlashBoardId[] = ['uno', 'nano-old', 'mega'];

/** Chips that may answer a bootloader, by signature, to say what was found. */
export const KNOWN_SIGNATURES: readonly { signature: string; name: string }[] = [
  { signature: '1e950f', name: 'ATmega328P (Arduino Uno, Nano)' },
  { signature: '1e9514', name: 'ATmega328 (non-P, some clone boards)' },
  { signature: '1e9516', name: 'ATmega328PB (some clone Nanos)' },
  { signature: '1e9406', name: 'ATmega168 (old Nano, Diecimila)' },
  { signature: '1e940b', name: 'ATmega168P (old Nano)' },
  { signature: '1e9307', name: 'ATmega8 (Arduino NG)' },
  { signature: '1e9801', name: 'ATmega2560 (Arduino Mega 2560)' },
  { signature: '1e9703', name: 'ATmega1280 (old Arduino Mega)' },
  { signature: '1e9587', name: 'ATmega32U4 (Leonardo, Micro)' },
];

/** Signature bytes as lower-case hex, e.g. "1e950f". */
export function signatureHex(signature: readonly number[]): string {
  return signature.map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** What a signature says the chip is, e.g. "ATmega168 (old Nano, Diecimila)". */
export function describeSignature(signature: readonly number[]): string {
  const hex = signatureHex(signature);
  return KNOWN_SIGNATURES.find((s) => s.signature === hex)?.name ?? `unknown chip`;
}

/** The chip we have firmware for with this signature, or null. */
export function chipOfSignature(signature: readonly number[]): ChipId | null {
  const hex = signatureHex(signature);
  const found = (Object.keys(CHIPS) as ChipId[]).find(
    (id) => signatureHex(CHIPS[id].signature) === hex,
  );
  return found ?? null;
}
