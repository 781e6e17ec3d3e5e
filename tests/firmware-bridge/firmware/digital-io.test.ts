import { PinState } from 'avr8js';
import { describe, expect } from 'vitest';
import {
  MODE_INPUT,
  MODE_OUTPUT,
  MODE_PULLUP,
  PIN_STATE_QUERY,
  PIN_STATE_RESPONSE,
  REPORT_DIGITAL,
  SET_DIGITAL_PIN_VALUE,
  SET_PIN_MODE,
  sysex,
} from '../../../firmware-bridge/protocol/firmata-stream.ts';
import { it } from './firmware-test.ts';

describe('digital pins', () => {
  it('drives an LED on pin 13 with whole-port DIGITAL_MESSAGEs, as johnny-five Led does', ({
    host,
    board,
  }) => {
    host.send([SET_PIN_MODE, 13, MODE_OUTPUT]);
    host.send([0x91, 0x20, 0x00]); // port 1 (pins 8..15), bit 5 = pin 13
    board.runMs(2);
    expect(board.outputHigh(13)).toBe(true);
    host.send([0x91, 0x00, 0x00]);
    board.runMs(2);
    expect(board.outputHigh(13)).toBe(false);
    expect(board.isOutput(13)).toBe(true);
  });

  it('sets one pin with SET_DIGITAL_PIN_VALUE and reports it in PIN_STATE', ({ host }) => {
    host.send([SET_PIN_MODE, 7, MODE_OUTPUT, SET_DIGITAL_PIN_VALUE, 7, 1]);
    host.board.runMs(2);
    expect(host.board.outputHigh(7)).toBe(true);
    host.send(sysex(PIN_STATE_QUERY, 7));
    expect(host.waitForSysex(PIN_STATE_RESPONSE, 20)).toEqual([7, MODE_OUTPUT, 1]);
  });

  it('reports a button port at once, then on every change (pull-up by writing HIGH)', ({
    host,
    board,
  }) => {
    board.setInput(2, true); // button released, pulled up
    host.send([SET_PIN_MODE, 2, MODE_INPUT, 0x90, 0x04, 0x00, REPORT_DIGITAL | 0, 1]);
    expect(host.waitFor((m) => m.kind === 'digital', 20)).toEqual({
      kind: 'digital',
      port: 0,
      value: 0x04,
    });
    expect(board.pinState(2)).toBe(PinState.InputPullUp);

    board.runMs(5);
    expect(host.fresh.filter((m) => m.kind === 'digital')).toHaveLength(0);
    board.setInput(2, false); // pressed
    expect(host.waitFor((m) => m.kind === 'digital', 5)).toEqual({
      kind: 'digital',
      port: 0,
      value: 0,
    });
    board.setInput(2, true); // released again at once: reported when the 8 ms gap is over
    expect(host.waitFor((m) => m.kind === 'digital', 10)).toMatchObject({ port: 0, value: 0x04 });
  });

  it('reports a flickering port at most every 8 ms, and its last value once the gap is over', ({
    host,
    board,
  }) => {
    board.setInput(2, true);
    host.send([SET_PIN_MODE, 2, MODE_INPUT, REPORT_DIGITAL | 0, 1]);
    expect(host.waitFor((m) => m.kind === 'digital', 20)).toMatchObject({ value: 0x04 });
    board.runMs(20);
    host.mark();
    // A line sensor at the edge of the line: 200 changes in 50 ms.
    for (let i = 0; i < 200; i++) {
      board.setInput(2, i % 2 === 0);
      board.runMs(0.25);
    }
    const during = host.fresh.filter((m) => m.kind === 'digital');
    expect(during.length).toBeGreaterThanOrEqual(5);
    expect(during.length).toBeLessThanOrEqual(Math.ceil(50 / 8) + 1);
    host.mark();
    board.runMs(9);
    const last = [...during, ...host.fresh.filter((m) => m.kind === 'digital')].at(-1);
    expect(last).toMatchObject({ port: 0, value: 0 }); // the level it settled on
  });

  it('reports A0 as digital pin 14 in port 1 and honours mode PULLUP', ({ host, board }) => {
    board.setInput(14, true);
    host.send([SET_PIN_MODE, 14, MODE_PULLUP, REPORT_DIGITAL | 1, 1]);
    expect(host.waitFor((m) => m.kind === 'digital', 20)).toEqual({
      kind: 'digital',
      port: 1,
      value: 0x40,
    });
    expect(board.pinState(14)).toBe(PinState.InputPullUp);
  });

  it('never lets the host reconfigure the serial pins 0 and 1', ({ host }) => {
    host.send([SET_PIN_MODE, 1, MODE_OUTPUT, 0x90, 0x03, 0x00, SET_PIN_MODE, 0, MODE_OUTPUT]);
    host.send([SET_DIGITAL_PIN_VALUE, 1, 0, ...sysex(PIN_STATE_QUERY, 1)]);
    expect(host.waitForSysex(PIN_STATE_RESPONSE, 50)).toEqual([1, 0x7f, 0]);
    expect(host.board.isOutput(0)).toBe(false);
    expect(host.board.isOutput(1)).toBe(false);
  });
});
