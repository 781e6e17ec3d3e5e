/**
 * Plain johnny-five on our firmware through openJohnnyFiveBoard: johnny-five's own
 * components on a ready Board, the heartbeat that keeps outputs on while the program only
 * waits and stops the motors soon after the cable is cut, and Piezo notes at their pitch.
 */
import five from 'johnny-five';
import { describe, expect, it, onTestFinished } from 'vitest';
import { sleep } from '../../../firmware-bridge/bridge/clock.ts';
import { openJohnnyFiveBoard } from '../../../firmware-bridge/bridge/johnny-five-board.ts';
import { MEKONG_PIEZO } from '../../../firmware-bridge/bridge/mekong-piezo.ts';
import type { EmulatorTransport } from '../../../firmware-bridge/emulator/emulator-transport.ts';
import { measurePulses } from '../../../firmware-bridge/emulator/waveform.ts';
import { watchdogMessage } from '../../../firmware-bridge/protocol/mekong-sysex.ts';
import { emulatorFor } from '../helpers.ts';

async function j5OnEmulator() {
  const emulator = emulatorFor('l298n-2wd');
  onTestFinished(() => emulator.stop());
  const opened = await openJohnnyFiveBoard({ emulator });
  onTestFinished(() => opened.close());
  return { emulator, ...opened };
}

describe('openJohnnyFiveBoard', () => {
  it('gives a ready Board whose outputs stay on while the program waits, and stop soon after the cable is cut', async () => {
    const { emulator, board, transport } = await j5OnEmulator();
    expect(board.isReady).toBe(true);
    const { body } = emulator.robot;
    // The kit's left motor (L298N: EN 5, IN1 7, IN2 8) as a plain johnny-five Motor.
    const motor = new five.Motor({ board, pins: { pwm: 5, dir: 7, cdir: 8 } });
    motor.forward(153);
    await sleep(emulator.clock, 100);
    expect(body.powerLeft).toBeCloseTo(60, 0);
    // Four watchdog limits without a word from the program: the heartbeat keeps it going.
    await sleep(emulator.clock, 2000);
    expect(body.powerLeft).toBeCloseTo(60, 0);

    const cutAt = emulator.clock.now();
    (transport as EmulatorTransport).unplug();
    while (body.powerLeft !== 0 && emulator.clock.now() - cutAt < 2000) {
      await sleep(emulator.clock, 5);
    }
    const stoppedAfter = emulator.clock.now() - cutAt;
    expect(body.powerLeft).toBe(0);
    // The last heartbeat was at most 200 ms before the cut; the watchdog trips 500 ms after it.
    expect(stoppedAfter).toBeLessThan(600);
  });

  it('shows why docs/hardware.md does not turn the watchdog off: the motors then outlive the cable', async () => {
    const { emulator, board, io, transport } = await j5OnEmulator();
    io.sysexCommand(watchdogMessage(0));
    new five.Motor({ board, pins: { pwm: 5, dir: 7, cdir: 8 } }).forward(153);
    await sleep(emulator.clock, 100);
    (transport as EmulatorTransport).unplug();
    await sleep(emulator.clock, 3000);
    expect(emulator.robot.body.powerLeft).toBeCloseTo(60, 0);
  });

  it('plays johnny-five Piezo notes at their pitch with the MEKONG_PIEZO controller (one TONE each)', async () => {
    const { emulator, board } = await j5OnEmulator();
    const buzzer = emulator.robot.board.recordPin(12);
    onTestFinished(() => buzzer.stop());
    const piezo = new five.Piezo({ board, pin: 12, controller: MEKONG_PIEZO });
    for (const [note, hz] of [
      ['A4', 440],
      ['C6', 1047],
      ['e3', 165],
    ] as const) {
      piezo.note(note, 300);
      await sleep(emulator.clock, 50);
      const from = emulator.robot.board.cpu.cycles;
      await sleep(emulator.clock, 200);
      const { frequencyHz } = measurePulses(buzzer.edges, from);
      expect(Math.abs(frequencyHz - hz) / hz, note).toBeLessThan(0.01);
      await sleep(emulator.clock, 100);
    }
    piezo.frequency(2000, 0);
    piezo.noTone();
    await sleep(emulator.clock, 20);
    const from = emulator.robot.board.cpu.cycles;
    await sleep(emulator.clock, 100);
    expect(buzzer.edges.filter((edge) => edge.cycles >= from)).toHaveLength(0);
  });
});
