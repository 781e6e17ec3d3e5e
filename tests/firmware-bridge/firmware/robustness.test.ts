import { describe, expect } from 'vitest';
import { FirmataHost } from '../../../firmware-bridge/emulator/firmata-host.ts';
import {
  ANALOG_MAPPING_QUERY,
  ANALOG_MAPPING_RESPONSE,
  CAPABILITY_QUERY,
  CAPABILITY_RESPONSE,
  firmwareName,
  MEKONG_WATCHDOG,
  MODE_ANALOG,
  MODE_INPUT,
  MODE_OUTPUT,
  MODE_PWM,
  MODE_SERVO,
  PIN_STATE_QUERY,
  PIN_STATE_RESPONSE,
  REPORT_ANALOG,
  REPORT_FIRMWARE,
  REPORT_VERSION,
  SAMPLING_INTERVAL,
  SET_DIGITAL_PIN_VALUE,
  SET_PIN_MODE,
  SYSTEM_RESET,
  sysex,
  u14,
} from '../../../firmware-bridge/protocol/firmata-stream.ts';
import { seededBytes } from '../helpers.ts';
import { it } from './firmware-test.ts';

/**
 * Well-formed messages with arbitrary arguments: every handler sees out-of-range pins,
 * modes, lengths and values. System reset is left out so state piles up.
 */
function seededMessages(seed: number, byteCount: number): number[] {
  const random = seededBytes(seed, byteCount * 2);
  let next = 0;
  const take = () => random[next++ % random.length] ?? 0;
  const data = () => take() & 0x7f;
  const pin = () => (take() & 1 ? take() % 22 : data());
  const sysexIds = [
    0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x69, 0x6b, 0x6d, 0x6f, 0x70, 0x75, 0x79, 0x7a,
  ];
  const modes = [0, 1, 2, 3, 4, 0x0b, 0x75];
  const out: number[] = [];
  while (out.length < byteCount) {
    const kind = take() % 9;
    const channel = take() & 0x0f;
    if (kind === 0) out.push(0x90 | channel, data(), data());
    else if (kind === 1) out.push(0xc0 | channel, data() & 1);
    else if (kind === 2) out.push(0xd0 | channel, data() & 1);
    else if (kind === 3) out.push(0xe0 | channel, data(), data());
    else if (kind === 4)
      out.push(SET_PIN_MODE, pin(), take() & 1 ? (modes[take() % 7] ?? 0) : data());
    else if (kind === 5) out.push(0xf5, pin(), data() & 1);
    else if (kind === 6) out.push(REPORT_VERSION);
    else {
      const id = take() & 1 ? (sysexIds[take() % sysexIds.length] ?? 0) : data();
      const length = take() % 24;
      out.push(...sysex(id, pin(), ...Array.from({ length }, data)));
    }
  }
  return out;
}

/** The queries firmata-io sends on connect, and the replies it needs. */
function handshake(host: FirmataHost) {
  host.mark();
  host.send([REPORT_VERSION]);
  const version = host.waitFor((m) => m.kind === 'version', 500);
  host.send(sysex(REPORT_FIRMWARE));
  const firmware = host.waitForSysex(REPORT_FIRMWARE, 500);
  host.send(sysex(CAPABILITY_QUERY));
  const capabilities = host.waitForSysex(CAPABILITY_RESPONSE, 500);
  host.send(sysex(ANALOG_MAPPING_QUERY));
  const mapping = host.waitForSysex(ANALOG_MAPPING_RESPONSE, 500);
  return { version, name: firmware && firmwareName(firmware), capabilities, mapping };
}

/** The handshake on `host` still gives what a freshly booted board gave (`reference`). */
function expectSameHandshake(host: FirmataHost, reference: ReturnType<typeof handshake>) {
  const after = handshake(host);
  expect(after.version).toEqual({ kind: 'version', major: 2, minor: 5 });
  expect(after.name).toBe('MekongFirmata');
  expect(after.capabilities).toEqual(reference.capabilities);
  expect(after.mapping).toEqual(reference.mapping);
}

describe('parser robustness', () => {
  it('still completes the handshake after 10 s of seeded random bytes at line rate', () => {
    const reference = handshake(FirmataHost.boot());
    const host = FirmataHost.boot();
    const { board } = host;
    const count = Math.round(board.baudRate / 10) * 10; // 10 s of 8N1 characters
    host.send(seededBytes(0x4d454b4f, count));
    board.runUntil(() => board.pendingHostBytes === 0, 10_500);
    expect(board.pendingHostBytes).toBe(0);
    expect(board.timeMs).toBeGreaterThan(10_000);
    // A wire glitch leaves the firmware in some state; a reset restores the defaults,
    // but the handshake must work even without it.
    expectSameHandshake(host, reference);
    host.send([SYSTEM_RESET]);
    expect(handshake(host).name).toBe('MekongFirmata');
  });

  it('survives 2 s of well-formed messages with arbitrary arguments', () => {
    const reference = handshake(FirmataHost.boot());
    const host = FirmataHost.boot();
    const { board } = host;
    host.send(seededMessages(0x20240601, Math.round(board.baudRate / 10) * 2));
    board.runUntil(() => board.pendingHostBytes === 0, 2_500);
    expect(board.pendingHostBytes).toBe(0);
    expectSameHandshake(host, reference);
  });

  it('drops a sysex longer than its buffer whole and skips unknown commands', ({ host }) => {
    const oversized = sysex(SAMPLING_INTERVAL, ...Array.from({ length: 200 }, () => 0x01));
    host.send([...oversized, 0xa0, 0x01, 0x02, 0xf1, 0x33, 0x7f]);
    // Data bytes with no command, then a command cut short by another command.
    host.send([0x10, 0x20, 0xe5, 0x01, SET_PIN_MODE, 7, 1]);
    host.send(sysex(PIN_STATE_QUERY, 7));
    expect(host.waitForSysex(PIN_STATE_RESPONSE, 100)).toEqual([7, 1, 0]);
    expect(handshake(host).name).toBe('MekongFirmata');
  });

  it('SYSTEM_RESET returns every pin, servo, report and the watchdog to power-on state', ({
    host,
    board,
  }) => {
    board.setAnalogVolts(0, 1);
    host.send([
      SET_PIN_MODE,
      5,
      MODE_PWM,
      0xe5,
      0x48,
      0x01,
      SET_PIN_MODE,
      10,
      MODE_SERVO,
      0xea,
      0x5c,
      0x0b,
    ]);
    host.send([SET_PIN_MODE, 13, MODE_OUTPUT, SET_DIGITAL_PIN_VALUE, 13, 1, REPORT_ANALOG | 0, 1]);
    host.send(sysex(MEKONG_WATCHDOG, 0, 0)); // watchdog off
    board.runMs(50);
    expect(board.outputHigh(13)).toBe(true);
    host.send([SYSTEM_RESET]);
    board.runMs(30);
    host.mark();
    const servo = board.recordPin(10);
    board.runMs(60);
    expect(servo.edges).toHaveLength(0);
    expect(host.fresh.filter((m) => m.kind === 'analog')).toHaveLength(0);
    for (const pin of [5, 10, 13]) expect(board.isOutput(pin), `pin ${pin}`).toBe(false);
    host.send([
      ...sysex(PIN_STATE_QUERY, 14),
      ...sysex(PIN_STATE_QUERY, 5),
      ...sysex(MEKONG_WATCHDOG),
    ]);
    expect(host.waitForSysex(PIN_STATE_RESPONSE, 20)).toEqual([14, MODE_ANALOG, 0]);
    expect(host.waitForSysex(PIN_STATE_RESPONSE, 20)).toEqual([5, MODE_INPUT, 0]);
    expect(host.waitForSysex(MEKONG_WATCHDOG, 20)).toEqual(u14(500));
  });
});
