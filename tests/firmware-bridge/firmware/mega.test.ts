import { describe, expect } from 'vitest';
import { MEGA } from '../../../firmware-bridge/emulator/avr-boards.ts';
import { FirmataHost } from '../../../firmware-bridge/emulator/firmata-host.ts';
import { measurePulses } from '../../../firmware-bridge/emulator/waveform.ts';
import {
  ANALOG_MAPPING_QUERY,
  ANALOG_MAPPING_RESPONSE,
  CAPABILITY_QUERY,
  CAPABILITY_RESPONSE,
  firmwareName,
  MEKONG_TONE,
  MODE_ANALOG,
  MODE_PING,
  MODE_PWM,
  MODE_SERVO,
  parseCapabilities,
  sysex,
  u14,
} from '../../../firmware-bridge/protocol/firmata-stream.ts';
import { it, recordPins, setPin } from './firmware-test.ts';

describe('Mega 2560 build', () => {
  it.override('host', () => FirmataHost.boot({ board: MEGA }));

  it('announces itself and advertises 70 pins, PWM on 2..13 and 44..46, A0..A15', ({ host }) => {
    const [version, firmware] = host.messages;
    expect(version).toEqual({ kind: 'version', major: 2, minor: 5 });
    expect(firmware?.kind === 'sysex' && firmwareName(firmware.data)).toBe('MekongFirmata');
    host.send(sysex(CAPABILITY_QUERY));
    const pins = parseCapabilities(host.waitForSysex(CAPABILITY_RESPONSE, 300) ?? []);
    expect(pins).toHaveLength(70);
    const pwmPins = pins.flatMap((modes, pin) => (modes.has(MODE_PWM) ? [pin] : []));
    expect(pwmPins).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 44, 45, 46]);
    expect(pins[69]?.get(MODE_ANALOG)).toBe(10);
    expect(pins[53]?.get(MODE_PING)).toBe(1);
    host.send(sysex(ANALOG_MAPPING_QUERY));
    const mapping = host.waitForSysex(ANALOG_MAPPING_RESPONSE, 100);
    expect(mapping?.slice(54)).toEqual([...Array(16).keys()]);
  });

  it('servo pulses on Timer 5 leave PWM on pins 9 (Timer 2) and 11 (Timer 1) alone; 46 goes on/off', ({
    host,
    board,
  }) => {
    const [servo, pin9, pin11, pin46] = recordPins(board, 22, 9, 11, 46);
    host.send(setPin(9, MODE_PWM, 64)); // Timer 2
    host.send(setPin(11, MODE_PWM, 128)); // Timer 1
    host.send(setPin(46, MODE_PWM, 200)); // Timer 5, by extended analog
    board.runMs(10);
    expect(measurePulses(pin46.edges, board.cpu.cycles - 16_000 * 8).dutyPercent).toBeCloseTo(
      (100 * 200) / 255,
      1,
    );
    host.send(setPin(22, MODE_SERVO, 1500));
    board.runMs(25);
    const from = board.cpu.cycles;
    board.runMs(60);
    const pulses = measurePulses(servo.edges, from);
    expect(pulses.highUs.length).toBeGreaterThanOrEqual(2);
    // Within 6 µs: Timer0's millis tick, and the loop pass it wakes from sleep, can delay the
    // servo interrupt a little (a hobby servo's dead band is 5 to 10 µs).
    for (const width of pulses.highUs) expect(Math.abs(width - 1500)).toBeLessThan(6);
    expect(measurePulses(pin9.edges, from).dutyPercent).toBeCloseTo((100 * 64) / 255, 1);
    expect(measurePulses(pin11.edges, from).dutyPercent).toBeCloseTo((100 * 128) / 255, 1);
    expect(pin46.edges.filter((edge) => edge.cycles >= from)).toHaveLength(0);
    expect(board.outputHigh(46)).toBe(true);
  });

  it('plays a tone on the Timer 5 alarm', ({ host }) => {
    const buzzer = host.board.recordPin(30);
    host.send(sysex(MEKONG_TONE, 30, ...u14(1000), ...u14(50)));
    host.board.runMs(80);
    expect(buzzer.edges.filter((edge) => edge.high)).toHaveLength(50);
    expect(measurePulses(buzzer.edges).frequencyHz).toBeCloseTo(1000, 0);
    expect(host.board.outputHigh(30)).toBe(false);
  });
});
