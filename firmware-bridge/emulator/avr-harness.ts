/**
 * An Arduino board emulated with avr8js, running in emulated time only (never the wall clock).
 *
 * Peripherals come from a BoardDefinition (see avr-boards.ts): timers, USART0 (host bytes
 * paced at the firmware's baud rate), GPIO ports, ADC, EEPROM (backed by a caller-owned
 * array, so its contents survive a re-created board) and the hardware watchdog. Pins are
 * named by Arduino number.
 */
import {
  AVRADC,
  AVRClock,
  AVREEPROM,
  AVRIOPort,
  AVRTimer,
  AVRUSART,
  AVRWatchdog,
  avrInstruction,
  CPU,
  clockConfig,
  type EEPROMBackend,
  type PinState,
} from 'avr8js';
import { atmega328pSelfProgramming, SelfProgramming } from '../flash/spm.ts';
import { parseIntelHex } from '../protocol/intel-hex.ts';
import { type BoardDefinition, type PinLocation, type PortName, UNO } from './avr-boards.ts';
import { countLazily } from './lazy-timer.ts';
import { keepReceivedBytes } from './usart-receive.ts';

// One call per emulated instruction: a local binding, because test runners that rewrite
// imports into namespace getters (vitest) otherwise halve the emulation speed.
const executeInstruction = avrInstruction;

/** The AVR SLEEP instruction. */
const SLEEP = 0x9588;
/** SREG's global interrupt enable bit (data address 0x5f). */
const SREG = 0x5f;
const I_FLAG = 0x80;

/**
 * avr8js keeps its queue of clock events (timer counts, serial bytes, ADC conversions)
 * private and treats SLEEP as a no-op. A sleeping CPU does nothing until an interrupt, so
 * the harness skips from one clock event to the next instead of emulating the sleep; the
 * first event is all it reads of the queue (undefined: the queue's shape changed, so the
 * harness emulates the sleep instruction by instruction, as before).
 */
function nextEventCycles(cpu: CPU): number | null | undefined {
  const queue = cpu as unknown as { nextClockEvent?: { cycles: number } | null };
  return queue.nextClockEvent === undefined ? undefined : (queue.nextClockEvent?.cycles ?? null);
}

/** CPU clock of the Uno, Nano and Mega, Hz. */
export const CLOCK_HZ = 16_000_000;

/** A fresh, erased EEPROM image (all bytes 0xFF) to share between boards. */
export function createErasedEeprom(size = UNO.eepromBytes): Uint8Array {
  return new Uint8Array(size).fill(0xff);
}

/**
 * An EEPROM holding a robot identity, laid out as the firmware stores it
 * (firmware/src/identity_store.cpp: magic, layout version, name at 2.., kit at 19..).
 */
export function eepromWithIdentity(name: string, kitId: string): Uint8Array {
  const eeprom = createErasedEeprom();
  const encoder = new TextEncoder();
  const [nameBytes, kitBytes] = [encoder.encode(name), encoder.encode(kitId)];
  eeprom.set([0x4d, 1, nameBytes.length, ...nameBytes], 0);
  eeprom.set([kitBytes.length, ...kitBytes], 19);
  return eeprom;
}

/** EEPROM cells kept in an array owned by the caller (erase sets 0xFF, write clears bits). */
export class ArrayEepromBackend implements EEPROMBackend {
  constructor(readonly memory: Uint8Array) {}
  readMemory(address: number): number {
    return this.memory[address] ?? 0xff;
  }
  writeMemory(address: number, value: number): void {
    this.memory[address] = (this.memory[address] ?? 0xff) & value;
  }
  eraseMemory(address: number): void {
    this.memory[address] = 0xff;
  }
}

/** One level change of an output pin, at an emulated time in CPU cycles. */
export interface PinEdge {
  readonly cycles: number;
  readonly high: boolean;
}

export interface EmulatedBoardOptions {
  /** Intel HEX text of the firmware. */
  readonly hex: string;
  /** Board to emulate. Default: UNO. */
  readonly board?: BoardDefinition;
  /** EEPROM contents; pass the same array to a new board to keep them. Default: erased. */
  readonly eeprom?: Uint8Array;
  /**
   * Byte address of a bootloader in `hex` (optiboot: 0x7E00 on the Uno): the BOOTRST fuse
   * is programmed (every reset starts there) and SPM works, so the bootloader can write
   * the application. ATmega328P only. Default: no bootloader, resets start at 0.
   */
  readonly bootByteAddress?: number;
  /**
   * Count the timers one prescaler tick at a time, as avr8js does, instead of only on the
   * ticks where something happens (lazy-timer.ts). Slower; for tests that compare the two.
   */
  readonly countEveryTick?: boolean;
}

/** Baud rates closer than this (fraction) understand each other, as UARTs do. */
const BAUD_TOLERANCE = 0.05;

/** MCUSR (data address) and its external-reset flag. */
const MCUSR = 0x54;
const EXTRF = 0x02;
/** The I/O registers (data addresses) a reset puts back to their reset values. */
const IO_START = 0x20;
const IO_END = 0x100;

export class EmulatedBoard {
  readonly definition: BoardDefinition;
  readonly cpu: CPU;
  readonly clock: AVRClock;
  readonly timers: readonly AVRTimer[];
  readonly usart: AVRUSART;
  readonly ports: Readonly<Partial<Record<PortName, AVRIOPort>>>;
  readonly adc: AVRADC | null;
  readonly eepromPeripheral: AVREEPROM;
  readonly watchdog: AVRWatchdog;
  /** Backing array of the EEPROM (shared with the caller when one was given). */
  readonly eeprom: Uint8Array;
  /** Every byte the firmware has sent on its serial port, in order. */
  readonly received: number[] = [];
  /** Self-programming, on a board with a bootloader; null otherwise. */
  readonly spm: SelfProgramming | null;
  private hostQueue: number[] = [];
  private hostQueueHead = 0;

  constructor(options: EmulatedBoardOptions) {
    const definition = options.board ?? UNO;
    this.definition = definition;
    const flash = new Uint8Array(definition.flashBytes);
    flash.set(parseIntelHex(options.hex, flash.length).bytes);
    this.cpu = new CPU(new Uint16Array(flash.buffer), definition.sramBytes);
    this.clock = new AVRClock(this.cpu, definition.clockHz, clockConfig);
    this.timers = definition.timers.map((config) => new AVRTimer(this.cpu, config));
    if (!options.countEveryTick) for (const timer of this.timers) countLazily(this.cpu, timer);
    const ports: Partial<Record<PortName, AVRIOPort>> = {};
    for (const [name, config] of Object.entries(definition.ports)) {
      ports[name as PortName] = new AVRIOPort(this.cpu, config);
    }
    this.ports = ports;
    this.adc = definition.adc ? new AVRADC(this.cpu, definition.adc) : null;
    this.eeprom = options.eeprom ?? createErasedEeprom(definition.eepromBytes);
    this.eepromPeripheral = new AVREEPROM(
      this.cpu,
      new ArrayEepromBackend(this.eeprom),
      definition.eeprom,
    );
    this.watchdog = new AVRWatchdog(this.cpu, definition.watchdog, this.clock);
    this.usart = new AVRUSART(this.cpu, definition.usart0, definition.clockHz);
    keepReceivedBytes(this.cpu, definition.usart0);
    this.usart.onByteTransmit = (value) => {
      this.received.push(value);
    };
    this.usart.onRxComplete = () => this.pumpHostBytes();
    this.usart.onConfigurationChange = () => this.pumpHostBytes();
    this.spm = null;
    if (options.bootByteAddress !== undefined) {
      this.spm = new SelfProgramming(this.cpu, atmega328pSelfProgramming, definition.clockHz);
      const cpu = this.cpu;
      const bootWord = options.bootByteAddress >> 1;
      const reset = cpu.reset.bind(cpu);
      // A real reset puts every I/O register back to its reset value; avr8js's keeps them.
      // optiboot sets only UBRR0L, and our firmware enables only the interrupts it uses, so
      // what the last program left (erased flash runs 0xFFFF words that write registers)
      // would set the wrong speed or fire interrupts nobody handles.
      const ioAtReset = cpu.data.slice(IO_START, IO_END);
      cpu.reset = () => {
        const flags = cpu.data[MCUSR] ?? 0;
        reset();
        cpu.data.set(ioAtReset, IO_START);
        cpu.data[MCUSR] = flags;
        cpu.pc = bootWord;
      };
      this.externalReset();
    }
  }

  /** Pulls RESET low: the DTR pulse of a serial port opening, on a board with a bootloader. */
  externalReset(): void {
    const cpu = this.cpu;
    // avr8js's CPU.reset() drops every pending clock event, but its peripherals keep the
    // state those events would have cleared (the watchdog believes its check is scheduled,
    // the USART that a byte is in flight) and would hang. Its watchdog reset keeps them
    // (it resets from inside a clock event); do the same.
    const events = (cpu as unknown as { nextClockEvent: unknown }).nextClockEvent;
    cpu.reset();
    (cpu as unknown as { nextClockEvent: unknown }).nextClockEvent = events;
    cpu.data[MCUSR] = (cpu.data[MCUSR] ?? 0) | EXTRF;
  }

  /** Emulated time since power-on, ms. */
  get timeMs(): number {
    return (this.cpu.cycles * 1000) / this.definition.clockHz;
  }

  /** The firmware's serial speed, baud (0 before it opens the port). */
  get baudRate(): number {
    return this.usart.rxEnable ? this.usart.baudRate : 0;
  }

  /** Whether a host UART at `baud` and the MCU's UART understand each other. */
  speaksAt(baud: number): boolean {
    return Math.abs(this.usart.baudRate - baud) / baud <= BAUD_TOLERANCE;
  }

  /** Host bytes not yet delivered to the firmware. */
  get pendingHostBytes(): number {
    return this.hostQueue.length - this.hostQueueHead;
  }

  /** Queues bytes from the host; they arrive one character time apart at the firmware's baud. */
  send(bytes: Iterable<number>): void {
    for (const value of bytes) this.hostQueue.push(value & 0xff);
    this.pumpHostBytes();
  }

  /** Forgets the host bytes not yet delivered (the host's port closed). */
  dropHostBytes(): void {
    this.hostQueue = [];
    this.hostQueueHead = 0;
  }

  /** Runs the CPU for `ms` of emulated time. */
  runMs(ms: number): void {
    this.runCycles(Math.round((ms * this.definition.clockHz) / 1000));
  }

  runCycles(count: number): void {
    const { cpu, spm } = this;
    const end = cpu.cycles + count;
    // avr8js has no SPM: the bootloader's board asks before each instruction.
    if (spm) {
      while (cpu.cycles < end) {
        if (spm.atSpm()) spm.execute();
        else executeInstruction(cpu);
        cpu.tick();
      }
      return;
    }
    const program = cpu.progMem;
    while (cpu.cycles < end) {
      if (this.asleepAt >= 0) {
        if (!this.skipToNextEvent(end)) this.asleepAt = -1;
      } else {
        const sleeps = program[cpu.pc] === SLEEP;
        executeInstruction(cpu);
        // Asleep with interrupts on: only an interrupt (taken in tick()) wakes the CPU.
        if (sleeps && ((cpu.data[SREG] ?? 0) & I_FLAG) !== 0) this.asleepAt = cpu.pc;
      }
      cpu.tick();
      if (this.asleepAt >= 0 && cpu.pc !== this.asleepAt) this.asleepAt = -1;
    }
  }

  /** Where the CPU sleeps (the instruction after its SLEEP), or -1 while it runs. */
  private asleepAt = -1;

  /** Cycles the CPU spent asleep (skipped, not emulated one by one). */
  sleptCycles = 0;

  /**
   * Moves a sleeping CPU's clock to its next clock event, never past `end`; the tick()
   * that follows runs the event. False when the event queue cannot be read.
   */
  private skipToNextEvent(end: number): boolean {
    const cpu = this.cpu;
    const next = nextEventCycles(cpu);
    if (next === undefined) return false;
    // An interrupt already waiting is taken by the next tick().
    if (cpu.nextInterrupt >= 0) return true;
    const from = cpu.cycles;
    cpu.cycles = next === null ? end : Math.max(from, Math.min(end, next));
    this.sleptCycles += cpu.cycles - from;
    return true;
  }

  /**
   * Runs until `done()` holds (checked every 0.1 ms of emulated time) or `timeoutMs` passes.
   * Returns whether it held.
   */
  runUntil(done: () => boolean, timeoutMs: number): boolean {
    const step = this.definition.clockHz / 10_000;
    const end = this.cpu.cycles + (timeoutMs * this.definition.clockHz) / 1000;
    while (this.cpu.cycles < end) {
      if (done()) return true;
      this.runCycles(step);
    }
    return done();
  }

  /** Calls `callback` after `us` microseconds of emulated time. */
  after(us: number, callback: () => void): void {
    const cycles = Math.round((us * this.definition.clockHz) / 1e6);
    this.cpu.addClockEvent(callback, Math.max(1, cycles));
  }

  location(pin: number): PinLocation & { readonly io: AVRIOPort } {
    const location = this.definition.pins[pin];
    const io = location && this.ports[location.port];
    if (!location || !io) {
      const last = this.definition.pins.length - 1;
      throw new Error(`pin ${pin} does not exist on the ${this.definition.name}; use 0..${last}`);
    }
    return { ...location, io };
  }

  /** True when `pin` is an output (its data-direction bit is set). */
  isOutput(pin: number): boolean {
    const { io, bit } = this.location(pin);
    return ((this.cpu.data[io.portConfig.DDR] ?? 0) & (1 << bit)) !== 0;
  }

  /** True when `pin` is an output driven high. */
  outputHigh(pin: number): boolean {
    const { io, bit } = this.location(pin);
    return this.isOutput(pin) && ((this.cpu.data[io.portConfig.PIN] ?? 0) & (1 << bit)) !== 0;
  }

  /** Low, High, Input or InputPullUp, as the MCU's registers configure `pin`. */
  pinState(pin: number): PinState {
    const { io, bit } = this.location(pin);
    return io.pinState(bit);
  }

  /** Drives an input pin from outside (a sensor, a button). */
  setInput(pin: number, high: boolean): void {
    const { io, bit } = this.location(pin);
    io.setPin(bit, high);
  }

  /** Voltage on analog channel `channel`, volts 0..5. Throws on a board without an ADC. */
  setAnalogVolts(channel: number, volts: number): void {
    if (!this.adc) throw new Error(`the ${this.definition.name} is emulated without an ADC`);
    this.adc.channelValues[channel] = volts;
  }

  /** Calls `listener` whenever `pin`'s driven level changes. Returns a function to detach. */
  onPinChange(pin: number, listener: (high: boolean) => void): () => void {
    const { io, bit } = this.location(pin);
    const mask = 1 << bit;
    const ddr = io.portConfig.DDR;
    const data = this.cpu.data;
    let last = this.outputHigh(pin);
    // Called on every write to the port (PWM: thousands a second), so no allocation here.
    const gpioListener = (value: number) => {
      const high = (value & mask) !== 0 && ((data[ddr] ?? 0) & mask) !== 0;
      if (high !== last) {
        last = high;
        listener(high);
      }
    };
    io.addListener(gpioListener);
    return () => io.removeListener(gpioListener);
  }

  /** Records every level change `pin` drives. Call `stop()` to detach. */
  recordPin(pin: number): { readonly edges: PinEdge[]; stop(): void } {
    const edges: PinEdge[] = [];
    const stop = this.onPinChange(pin, (high) => edges.push({ cycles: this.cpu.cycles, high }));
    return { edges, stop };
  }

  private pumpHostBytes(): void {
    if (this.pendingHostBytes === 0 || this.usart.rxBusy || !this.usart.rxEnable) return;
    const value = this.hostQueue[this.hostQueueHead++] ?? 0;
    if (this.hostQueueHead === this.hostQueue.length) {
      this.hostQueue = [];
      this.hostQueueHead = 0;
    }
    this.usart.writeByte(value);
  }
}
