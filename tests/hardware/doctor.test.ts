import { describe, expect, it } from 'vitest';
import { wallClock } from '../../firmware-bridge/clock.ts';
import { connectRobot } from '../../firmware-bridge/connect-robot.ts';
import { runDoctor } from '../../firmware-bridge/doctor.ts';
import { getKit, parseKit } from '../../robot/index.ts';
import { emulatorFor, ScriptedBoard } from './helpers.ts';

describe('the doctor names the fix', () => {
  it('ultrasonic reads nothing when the kit names pins the sensor is not on: check trig/echo', async () => {
    const emulator = emulatorFor('l298n-2wd');
    const right = getKit('l298n-2wd');
    const wrong = parseKit(
      { ...right, id: 'swapped', ultrasonic: { ...right.ultrasonic, trig: 'A3', echo: 'A2' } },
      'swapped.json',
    );
    const report = await runDoctor({
      kit: wrong,
      port: 'emulator',
      lang: 'en',
      connect: () =>
        connectRobot({ kit: wrong, transport: emulator.transport(), clock: emulator.clock }),
    });
    emulator.stop();
    expect(report.ok).toBe(false);
    const ultrasonic = report.checks.find((c) => c.part === 'ultrasonic');
    expect(ultrasonic).toMatchObject({
      status: 'fail',
      detail: 'no echo: the sensor measured nothing',
    });
    expect(ultrasonic?.fix).toContain('Check the trig/echo pins (trig → A3, echo → A2)');
    expect(report.checks.filter((c) => c.status === 'fail')).toHaveLength(1);
  });

  it('wrong firmware fails the firmware check with the exact flash command, in Lao too', async () => {
    const kit = getKit('mbot');
    const firmata = [
      0xf9,
      2,
      5,
      0xf0,
      0x79,
      2,
      5,
      ...[...Buffer.from('StandardFirmata')].flatMap((b) => [b, 0]),
      0xf7,
    ];
    const report = await runDoctor({
      kit,
      port: '/dev/ttyUSB0',
      lang: 'lo',
      connect: () =>
        connectRobot({
          kit,
          clock: wallClock(() => performance.now()),
          transport: new ScriptedBoard('/dev/ttyUSB0', { boot: firmata }),
        }),
    });
    expect(report.ok).toBe(false);
    expect(report.firmware).toBeNull();
    expect(report.checks[0]).toMatchObject({ part: 'firmware', status: 'fail' });
    expect(report.checks[0]?.detail).toContain('StandardFirmata 2.5');
    expect(report.checks[0]?.fix).toContain('mekong flash --port /dev/ttyUSB0 --kit mbot');
    expect(report.checks[0]?.fix).toMatch(/[\u0E80-\u0EFF]/);
  });
});
