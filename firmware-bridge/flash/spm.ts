/**
 * Self-programming (the SPM instruction) for avr8js, which leaves SPM out. Written from the
 * ATmega328P datasheet, "Boot Loader Support – Read-While-Write Self-Programming":
 *
 * - A program writes SPMCSR with SELFPRGEN (SPMEN) and at most one operation bit, then
 *   executes SPM within four clock cycles; otherwise SPMEN clears and nothing happens.
 * - SPMEN alone loads R1:R0 into the temporary page buffer at the word Z selects.
 * - PGERS erases the page Z selects; PGWRT writes the buffer into it (a write can only clear
 *   bits, so the page must be erased first). Either takes 3.7–4.5 ms. On a page of the
 *   read-while-write (RWW) section the CPU keeps running (in the boot section), SPMEN stays
 *   set until the operation is done and RWWSB stays set until the program re-enables the
 *   section with RWWSRE. On a page of the no-read-while-write section the CPU halts.
 * - After a page write, and on RWWSRE, the temporary buffer is erased (all 0xFFFF).
 * - BLBSET and SIGRD (lock bits, signature reads through LPM) are not emulated: SPM with
 *   them does nothing.
 *
 * avr8js has no hook for unknown instructions, so the run loop asks `atSpm()` before each
 * instruction and calls `execute()` instead of avrInstruction when it holds.
 */
import type { CPU } from 'avr8js';

export interface SelfProgrammingConfig {
  /** Data-space address of SPMCSR. */
  readonly SPMCSR: number;
  /** Flash page size, words. */
  readonly pageWords: number;
  /** First word of the no-read-while-write section. */
  readonly nrwwStartWord: number;
  /** Duration of a page erase or write, ms (datasheet tWD_FLASH, 3.7–4.5 ms). */
  readonly pageOperationMs: number;
}

/** ATmega328P: SPMCSR at I/O 0x37, 64-word pages, NRWW section = the last 2 K words. */
export const atmega328pSelfProgramming = {
  SPMCSR: 0x57,
  pageWords: 64,
  nrwwStartWord: 0x3800,
  pageOperationMs: 4.5,
} as const satisfies SelfProgrammingConfig;

const SPMEN = 0x01;
const PGERS = 0x02;
const PGWRT = 0x04;
const RWWSRE = 0x10;
const RWWSB = 0x40;
/** The bits a program writes (RWWSB is read-only). */
const WRITABLE = 0xbf;

/** The SPM opcode, 1001 0101 1110 1000. */
export const SPM_OPCODE = 0x95e8;

/** How many cycles after writing SPMCSR an SPM still counts. */
const SPM_WINDOW_CYCLES = 4;

export class SelfProgramming {
  /** Page erases and page writes done, for tests and benchmarks. */
  erases = 0;
  writes = 0;
  private readonly buffer: Uint16Array;
  private armedAt = Number.NEGATIVE_INFINITY;
  private busyUntil = 0;
  private readonly operationCycles: number;

  constructor(
    private readonly cpu: CPU,
    private readonly config: SelfProgrammingConfig,
    clockHz: number,
  ) {
    this.buffer = new Uint16Array(config.pageWords).fill(0xffff);
    this.operationCycles = Math.round((config.pageOperationMs * clockHz) / 1000);
    cpu.writeHooks[config.SPMCSR] = (value) => {
      this.writeControl(value);
      return true;
    };
  }

  /** Whether the next instruction is SPM. */
  atSpm(): boolean {
    return this.cpu.progMem[this.cpu.pc] === SPM_OPCODE;
  }

  /** Executes the SPM instruction at PC. */
  execute(): void {
    const { cpu, config } = this;
    const control = cpu.data[config.SPMCSR] ?? 0;
    const armed =
      (control & SPMEN) !== 0 &&
      cpu.cycles - this.armedAt <= SPM_WINDOW_CYCLES &&
      cpu.cycles >= this.busyUntil;
    cpu.pc = (cpu.pc + 1) % cpu.progMem.length;
    cpu.cycles += 1;
    if (!armed) return;
    const z = cpu.dataView.getUint16(30, true);
    const pageStart = (z >> 1) & ~(config.pageWords - 1);
    const operation = control & (PGERS | PGWRT | RWWSRE | 0x28);
    if (operation === 0) {
      const r0 = cpu.data[0] ?? 0;
      const r1 = cpu.data[1] ?? 0;
      this.buffer[(z >> 1) & (config.pageWords - 1)] = r0 | (r1 << 8);
      this.setControl(control & ~SPMEN);
    } else if (operation === PGERS || operation === PGWRT) {
      for (let i = 0; i < config.pageWords; i++) {
        const word = pageStart + i;
        if (word >= cpu.progMem.length) break;
        cpu.progMem[word] =
          operation === PGERS ? 0xffff : (cpu.progMem[word] ?? 0xffff) & (this.buffer[i] ?? 0xffff);
      }
      if (operation === PGERS) this.erases += 1;
      else {
        this.writes += 1;
        this.buffer.fill(0xffff);
      }
      this.busy(pageStart >= config.nrwwStartWord);
    } else if (operation === RWWSRE) {
      this.buffer.fill(0xffff);
      this.setControl(control & ~(SPMEN | RWWSB | RWWSRE));
    } else {
      this.setControl(control & ~SPMEN);
    }
  }

  private busy(haltCpu: boolean): void {
    const { cpu } = this;
    if (haltCpu) {
      cpu.cycles += this.operationCycles;
      this.setControl((cpu.data[this.config.SPMCSR] ?? 0) & ~(SPMEN | PGERS | PGWRT));
      return;
    }
    this.busyUntil = cpu.cycles + this.operationCycles;
    this.setControl((cpu.data[this.config.SPMCSR] ?? 0) | RWWSB);
    cpu.addClockEvent(() => {
      this.setControl((cpu.data[this.config.SPMCSR] ?? 0) & ~(SPMEN | PGERS | PGWRT));
    }, this.operationCycles);
  }

  private writeControl(value: number): void {
    const { cpu } = this;
    if (cpu.cycles < this.busyUntil) return;
    const current = cpu.data[this.config.SPMCSR] ?? 0;
    this.setControl((value & WRITABLE) | (current & RWWSB));
    if ((value & SPMEN) === 0) return;
    this.armedAt = cpu.cycles;
    // SPMEN clears by itself when no SPM follows within four cycles.
    cpu.addClockEvent(() => {
      const now = cpu.data[this.config.SPMCSR] ?? 0;
      if (cpu.cycles >= this.busyUntil && this.armedAt + SPM_WINDOW_CYCLES < cpu.cycles) {
        this.setControl(now & ~(SPMEN | PGERS | PGWRT | RWWSRE));
      }
    }, SPM_WINDOW_CYCLES + 1);
  }

  private setControl(value: number): void {
    this.cpu.data[this.config.SPMCSR] = value;
  }
}
