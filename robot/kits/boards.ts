/** The Arduino boards our kits use, as data. Pin numbers are Arduino digital numbers. */
export interface BoardInfo {
  /** MCU, as avr-gcc names it. */
  mcu: 'atmega328p' | 'atmega2560';
  /** Digital number of A0 (analog pins follow it). */
  analogBase: number;
  analogCount: number;
  /** Highest pin number that exists. */
  lastPin: number;
  /** Pins that can only be read as analog (A6/A7 on the Nano and the mCore). */
  analogOnly: readonly number[];
  /** Pins with hardware PWM (analogWrite). */
  pwmPins: readonly number[];
}

export const BOARDS = {
  uno: {
    mcu: 'atmega328p',
    analogBase: 14,
    analogCount: 6,
    lastPin: 19,
    analogOnly: [],
    pwmPins: [3, 5, 6, 9, 10, 11],
  },
  nano: {
    mcu: 'atmega328p',
    analogBase: 14,
    analogCount: 8,
    lastPin: 21,
    analogOnly: [20, 21],
    pwmPins: [3, 5, 6, 9, 10, 11],
  },
  mega: {
    mcu: 'atmega2560',
    analogBase: 54,
    analogCount: 16,
    lastPin: 69,
    analogOnly: [],
    pwmPins: [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 44, 45, 46],
  },
} as const satisfies Record<string, BoardInfo>;

export type BoardId = keyof typeof BOARDS;

/** The digital number of `pin` on `board` ('A0' → 14 on an Uno); undefined if it does not exist. */
export function pinNumber(board: BoardId, pin: number | string): number | undefined {
  const info: BoardInfo = BOARDS[board];
  let n: number;
  if (typeof pin === 'number') n = pin;
  else {
    const index = Number(pin.slice(1));
    if (index >= info.analogCount) return undefined;
    n = info.analogBase + index;
  }
  return n >= 0 && n <= info.lastPin ? n : undefined;
}
