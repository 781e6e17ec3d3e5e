/**
 * Board definitions for the emulator: memories, peripherals (as avr8js configs) and the
 * Arduino pin map of each supported board. Interrupt addresses are vector numbers × 2.
 */
import {
  type ADCConfig,
  type AVREEPROMConfig,
  type AVRPortConfig,
  type AVRTimerConfig,
  adcConfig,
  eepromConfig,
  portAConfig,
  portBConfig,
  portCConfig,
  portDConfig,
  portEConfig,
  portFConfig,
  portGConfig,
  portHConfig,
  portJConfig,
  portKConfig,
  portLConfig,
  timer0Config,
  timer1Config,
  timer2Config,
  usart0Config,
  type WatchdogConfig,
  watchdogConfig,
} from 'avr8js';

export type PortName = 'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G' | 'H' | 'J' | 'K' | 'L';

/** Where an Arduino pin number lives on the MCU. */
export interface PinLocation {
  readonly port: PortName;
  readonly bit: number;
}

export interface BoardDefinition {
  readonly name: string;
  /** CPU clock, Hz. */
  readonly clockHz: number;
  readonly flashBytes: number;
  /** Data space above the 0x100-byte register/IO block, bytes (avr8js's `sramBytes`). */
  readonly sramBytes: number;
  readonly eepromBytes: number;
  readonly ports: Readonly<Partial<Record<PortName, AVRPortConfig>>>;
  /** pins[n] = location of Arduino pin n. */
  readonly pins: readonly PinLocation[];
  readonly timers: readonly AVRTimerConfig[];
  readonly usart0: typeof usart0Config;
  readonly eeprom: AVREEPROMConfig;
  readonly watchdog: WatchdogConfig;
  /** null: no ADC emulated, so analogRead() would never finish on this board. */
  readonly adc: ADCConfig | null;
}

/** "E0 E1 G5" -> pin locations. */
function pinMap(spec: string): PinLocation[] {
  return spec
    .trim()
    .split(/\s+/)
    .map((entry) => ({ port: entry[0] as PortName, bit: Number(entry.slice(1)) }));
}

/** Arduino Uno / Nano (ATmega328P): D0..D7 = PD0..7, D8..D13 = PB0..5, A0..A5 = PC0..5. */
export const UNO = {
  name: 'uno',
  clockHz: 16_000_000,
  flashBytes: 0x8000,
  sramBytes: 0x800,
  eepromBytes: 0x400,
  ports: { B: portBConfig, C: portCConfig, D: portDConfig },
  pins: pinMap('D0 D1 D2 D3 D4 D5 D6 D7 B0 B1 B2 B3 B4 B5 C0 C1 C2 C3 C4 C5'),
  timers: [timer0Config, timer1Config, timer2Config],
  usart0: usart0Config,
  eeprom: eepromConfig,
  watchdog: watchdogConfig,
  adc: adcConfig,
} satisfies BoardDefinition;

// ATmega2560 timer 5 (not among avr8js's configs): registers from the datasheet.
const megaTimer5: AVRTimerConfig = {
  ...timer1Config,
  captureInterrupt: 46 * 2,
  compAInterrupt: 47 * 2,
  compBInterrupt: 48 * 2,
  compCInterrupt: 49 * 2,
  ovfInterrupt: 50 * 2,
  TIFR: 0x3a,
  OCRA: 0x128,
  OCRB: 0x12a,
  OCRC: 0x12c,
  ICR: 0x126,
  TCNT: 0x124,
  TCCRA: 0x120,
  TCCRB: 0x121,
  TCCRC: 0x122,
  TIMSK: 0x73,
  compPortA: portLConfig.PORT,
  compPinA: 3,
  compPortB: portLConfig.PORT,
  compPinB: 4,
  compPortC: portLConfig.PORT,
  compPinC: 5,
  externalClockPort: portLConfig.PORT,
  externalClockPin: 2,
};

/**
 * Arduino Mega 2560. Emulated: timers 0, 1, 2 and 5 (not 3 and 4, so no PWM on pins 2, 3,
 * 5, 6, 7, 8), USART0, EEPROM, watchdog; no ADC.
 */
export const MEGA = {
  name: 'mega',
  clockHz: 16_000_000,
  flashBytes: 0x40000,
  sramBytes: 0x2100,
  eepromBytes: 0x1000,
  ports: {
    A: portAConfig,
    B: portBConfig,
    C: portCConfig,
    D: portDConfig,
    E: portEConfig,
    F: portFConfig,
    G: portGConfig,
    H: portHConfig,
    J: portJConfig,
    K: portKConfig,
    L: portLConfig,
  },
  pins: pinMap(`
    E0 E1 E4 E5 G5 E3 H3 H4 H5 H6 B4 B5 B6 B7 J1 J0 H1 H0 D3 D2 D1 D0 A0 A1 A2 A3 A4 A5
    A6 A7 C7 C6 C5 C4 C3 C2 C1 C0 D7 G2 G1 G0 L7 L6 L5 L4 L3 L2 L1 L0 B3 B2 B1 B0 F0 F1
    F2 F3 F4 F5 F6 F7 K0 K1 K2 K3 K4 K5 K6 K7`),
  timers: [
    {
      ...timer0Config,
      compAInterrupt: 21 * 2,
      compBInterrupt: 22 * 2,
      ovfInterrupt: 23 * 2,
      compPortA: portBConfig.PORT,
      compPinA: 7,
      compPortB: portGConfig.PORT,
      compPinB: 5,
      externalClockPort: portDConfig.PORT,
      externalClockPin: 7,
    },
    {
      ...timer1Config,
      captureInterrupt: 16 * 2,
      compAInterrupt: 17 * 2,
      compBInterrupt: 18 * 2,
      compCInterrupt: 19 * 2,
      ovfInterrupt: 20 * 2,
      OCRC: 0x8c,
      compPortA: portBConfig.PORT,
      compPinA: 5,
      compPortB: portBConfig.PORT,
      compPinB: 6,
      compPortC: portBConfig.PORT,
      compPinC: 7,
      externalClockPort: portDConfig.PORT,
      externalClockPin: 6,
    },
    {
      ...timer2Config,
      compAInterrupt: 13 * 2,
      compBInterrupt: 14 * 2,
      ovfInterrupt: 15 * 2,
      compPortA: portBConfig.PORT,
      compPinA: 4,
      compPortB: portHConfig.PORT,
      compPinB: 6,
    },
    megaTimer5,
  ],
  usart0: {
    ...usart0Config,
    rxCompleteInterrupt: 25 * 2,
    dataRegisterEmptyInterrupt: 26 * 2,
    txCompleteInterrupt: 27 * 2,
  },
  eeprom: { ...eepromConfig, eepromReadyInterrupt: 30 * 2 },
  watchdog: { ...watchdogConfig, watchdogInterrupt: 12 * 2 },
  adc: null,
} satisfies BoardDefinition;

/** Arduino Nano and the mBot's mCore: an Uno with A6/A7 (ADC channels 6 and 7, analog only). */
export const NANO = { ...UNO, name: 'nano' } satisfies BoardDefinition;

/** The emulated board for each board id of the kit profiles (robot/kits/boards.ts). */
export const BOARD_DEFINITIONS = {
  uno: UNO,
  nano: NANO,
  mega: MEGA,
} as const satisfies Record<'uno' | 'nano' | 'mega', BoardDefinition>;
