import { usart0Config } from 'avr8js';
import { describe, expect } from 'vitest';
import {
  MODE_INPUT,
  REPORT_ANALOG,
  REPORT_DIGITAL,
  REPORT_VERSION,
  SAMPLING_INTERVAL,
  SET_PIN_MODE,
  sysex,
} from '../../../firmware-bridge/protocol/firmata-stream.ts';
import { it } from './firmware-test.ts';

/** USART0 register bits (ATmega328P datasheet, 20.11). */
const RXC = 0x80;
const TXC = 0x40;
const UDRIE = 0x20;
const SREG = 0x5f;
const SREG_I = 0x80;

/*
 * A byte the USART has received stays in its buffer (RXC set) until the firmware reads
 * UDR0, whatever else the firmware writes meanwhile. The Arduino core's transmit interrupt
 * writes UCSR0A (to clear TXC) and UCSR0B (UDRIE off) with interrupts disabled; a byte that
 * arrives just then must still reach the receive interrupt once it runs.
 */
describe('serial receive on the emulated board', () => {
  it('keeps a received byte while the firmware writes UCSR0A and UCSR0B', ({ host, board }) => {
    const { cpu, usart } = board;
    host.mark();
    // As inside an interrupt handler: interrupts off, then a byte arrives.
    cpu.data[SREG] = (cpu.data[SREG] ?? 0) & ~SREG_I;
    usart.writeByte(REPORT_VERSION, true);
    expect((cpu.data[usart0Config.UCSRA] ?? 0) & RXC).toBe(RXC);
    // What HardwareSerial's _tx_udr_empty_irq writes when its buffer runs empty.
    cpu.writeData(usart0Config.UCSRA, TXC);
    cpu.writeData(usart0Config.UCSRB, (cpu.data[usart0Config.UCSRB] ?? 0) & ~UDRIE);
    expect((cpu.data[usart0Config.UCSRA] ?? 0) & RXC).toBe(RXC);
    cpu.data[SREG] = (cpu.data[SREG] ?? 0) | SREG_I;
    expect(host.waitFor((m) => m.kind === 'version', 20)).toEqual({
      kind: 'version',
      major: 2,
      minor: 5,
    });
  });

  it('answers every request while it streams reports (a flickering line sensor, a fast analog one)', ({
    host,
    board,
  }) => {
    const pin = 2;
    host.send([SET_PIN_MODE, pin, MODE_INPUT, REPORT_DIGITAL | 0, 1]);
    // A0 sampled every 2 ms: 1.5 report bytes a ms.
    host.send([...sysex(SAMPLING_INTERVAL, 2, 0), REPORT_ANALOG | 0, 1]);
    board.runMs(5);
    // The input toggles every 1.5 ms (reported at most every 8 ms); a request every ms is
    // answered with 3 bytes: together below the 5.9 bytes a ms of 57600 baud.
    let high = false;
    const toggle = () => {
      high = !high;
      board.setInput(pin, high);
      board.after(1500, toggle);
    };
    toggle();
    host.mark();
    const requests = 400;
    for (let i = 0; i < requests; i++) {
      host.send([REPORT_VERSION]);
      // 1 ms apart, give or take a few µs: the requests meet the reports at every phase.
      board.runCycles(16_000 + ((i * 37) % 101) * 3);
    }
    board.runMs(20);
    const versions = host.fresh.filter((m) => m.kind === 'version').length;
    const digital = host.fresh.filter((m) => m.kind === 'digital').length;
    const analog = host.fresh.filter((m) => m.kind === 'analog').length;
    expect(digital).toBeGreaterThan(40);
    expect(analog).toBeGreaterThan(190);
    expect(versions).toBe(requests);
  });
});
