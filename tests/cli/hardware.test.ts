import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listCommand } from '../../cli/commands/list.ts';
import { SerialTransport } from '../../firmware-bridge/transport/serial-transport.ts';
import { getKit } from '../../robot/index.ts';
import { eepromWithIdentity, emulatorFor } from '../firmware-bridge/helpers.ts';
import { mekong, scratch } from './cli-harness.ts';

const EXAMPLES = join(import.meta.dirname, '../../examples');
const { file } = scratch('mekong-hw-cli-');

const LAO = /[\u0E80-\u0EFF]/;
const VIETNAMESE = /[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/i;

const angleDiff = (a: number, b: number) => ((((a - b) % 360) + 540) % 360) - 180;

describe('mekong run on the hardware path', () => {
  it('square.ts ends where the simulator ends (5 cm, 5°) in the same world, with the same JSON shape', async () => {
    const square = join(EXAMPLES, 'square.ts');
    // The emulated board's world has classroom realism (real motors have a dead band):
    // the simulator runs the same world, realism and seed.
    const [emulated, simulated] = await Promise.all([
      mekong('run', square, '--emulate', '--json'),
      mekong('run', square, '--sim', '--realism', 'classroom', '--seed', '1', '--json'),
    ]);
    expect(emulated.code, emulated.stderr).toBe(0);
    const hw = JSON.parse(emulated.stdout);
    const sim = JSON.parse(simulated.stdout);
    expect(Object.keys(hw).sort()).toEqual(Object.keys(sim).sort());
    expect(hw.ok).toBe(true);
    expect(hw.stoppedBy).toBe('done');
    expect(hw.output).toHaveLength(4);
    expect(Math.hypot(hw.pose.x - sim.pose.x, hw.pose.y - sim.pose.y)).toBeLessThan(5);
    expect(Math.abs(angleDiff(hw.pose.headingDeg, sim.pose.headingDeg))).toBeLessThan(5);
    expect(Math.abs(hw.simTimeMs - sim.simTimeMs)).toBeLessThan(100);
    expect(hw.traceHash).toMatch(/^[0-9a-f]{16}$/);
  }, 60_000);

  it('a program that fails on the robot exits 1 with the same error as the simulator', async () => {
    const bad = file('bad.ts', 'robot.led(true);\nawait robot.servo(500);\n');
    const r = await mekong('run', bad, '--emulate', '--json');
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(json.ok).toBe(false);
    expect(json.error).toMatchObject({ code: 'BAD_ARGUMENT', line: 2 });
    const sim = JSON.parse((await mekong('run', bad, '--json')).stdout);
    expect(json.error).toEqual(sim.error);
  });

  it('rejects --port together with --emulate, and a port that is not there (exit 2)', async () => {
    const square = join(EXAMPLES, 'square.ts');
    const both = await mekong('run', square, '--port', '/dev/ttyUSB9', '--emulate');
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('BAD_OPTION');
    const missing = await mekong('run', square, '--port', '/dev/ttyMekongMissing', '--lang', 'vi');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('[PORT_UNAVAILABLE]: Không mở được /dev/ttyMekongMissing');
  });
});

describe('mekong doctor', () => {
  it('passes every check on the emulated board of each kit', async () => {
    for (const kit of ['l298n-2wd', 'mbot']) {
      const r = await mekong('doctor', '--emulate', '--kit', kit, '--json');
      expect(r.code, r.stdout).toBe(0);
      const report = JSON.parse(r.stdout);
      expect(report.ok).toBe(true);
      expect(report.firmware).toBe('MekongFirmata 0.1');
      const parts = report.checks.map((c: { part: string }) => c.part);
      expect(parts).toEqual(
        expect.arrayContaining([
          'firmware',
          'watchdog',
          'motors',
          'ultrasonic',
          'led',
          'buzzer',
          'button',
        ]),
      );
      const motors = report.checks.find((c: { part: string }) => c.part === 'motors');
      expect(motors).toEqual({
        part: 'motors',
        status: 'pass',
        code: 'MOTORS_OK',
        params: { power: 40 },
        name: 'motors',
        detail: 'left and right took 40 % power (did both wheels turn forward?)',
      });
    }
  }, 30_000);

  it('warns about a motor PWM pin that shares the servo timer, and prints the table in English and Vietnamese', async () => {
    const kit = { ...getKit('l298n-2wd'), id: 'pin-eleven' } as Record<string, unknown>;
    kit.motors = {
      driver: 'l298n',
      left: { enable: 5, in1: 7, in2: 8, invert: false },
      right: { enable: 11, in1: 9, in2: 6, invert: false },
    };
    const kitFile = file('pin-eleven.json', JSON.stringify(kit));
    const r = await mekong('doctor', '--emulate', '--kit', kitFile);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /WARN {2}timers +Timer2, which the servo motor and buzzer use, also makes the PWM of motor pin 11/,
    );
    expect(r.stdout).toContain(
      "→ fix: Move that motor's speed wire from pin 11 to one of the PWM pins 5, 6, 9 and 10",
    );

    const vi = await mekong('doctor', '--emulate', '--kit', kitFile, '--lang', 'vi');
    expect(vi.code).toBe(0);
    expect(vi.stdout).toContain(
      '  WARN  bộ định thời      động cơ servo và còi dùng Timer2, mà Timer2 cũng tạo PWM cho chân động cơ 11',
    );
    expect(vi.stdout).toContain(
      '→ cách sửa: Chuyển dây tốc độ của động cơ đó từ chân 11 sang một trong các chân PWM 5, 6, 9 và 10, rồi sửa phần motors trong tệp kit.',
    );
    const rows = vi.stdout.split('\n').filter((line) => /^ {2}(ok|WARN|FAIL|info) /.test(line));
    expect(rows).toHaveLength(13);
    for (const row of rows) expect(row).toMatch(VIETNAMESE);
    // The title names the kit file and the target (run-hardware's words); the table has no English.
    const table = vi.stdout.slice(vi.stdout.indexOf('\n'));
    expect(table).not.toMatch(/\b(the|pins?|reads|took|stop|lit|played|pressed|fix)\b/);
  }, 30_000);

  it('--json --lang lo keeps part, status, code and params and words each check in Lao', async () => {
    const r = await mekong('doctor', '--emulate', '--kit', 'mbot', '--json', '--lang', 'lo');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.lang).toBe('lo');
    for (const check of report.checks) {
      expect(Object.keys(check)).toEqual(['part', 'status', 'code', 'params', 'name', 'detail']);
      expect(check.name).toMatch(LAO);
      expect(check.detail).toMatch(LAO);
    }
    expect(report.checks.find((c: { part: string }) => c.part === 'ultrasonic')).toMatchObject({
      code: 'ULTRASONIC_OK',
      name: 'ເຊັນເຊີອັນຕຣາໂຊນິກ',
      detail: expect.stringMatching(/^ວັດໄດ້ \d+\.\d cm$/),
    });
  }, 30_000);

  it('fails the firmware check with the flash command when the port cannot be used', async () => {
    const r = await mekong('doctor', '--port', '/dev/ttyMekongMissing', '--json');
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.checks[0]).toMatchObject({
      part: 'port',
      status: 'fail',
      code: 'PORT_UNAVAILABLE',
      params: { port: '/dev/ttyMekongMissing' },
      name: 'port',
      detail: expect.stringContaining('Cannot open /dev/ttyMekongMissing'),
    });
    expect(report.checks[0].fix).toContain('mekong list');
  });
});

describe('mekong list', () => {
  it('lists no robots on a machine without USB serial ports (built-in ttyS ports are left out)', async () => {
    const r = await mekong('list', '--json');
    expect(r.code).toBe(0);
    expect(
      JSON.parse(r.stdout).every((p: { path: string }) => !p.path.startsWith('/dev/ttyS')),
    ).toBe(true);
  });

  it('guesses boards from USB ids and probes each for firmware and robot name', async () => {
    const emulators = [emulatorFor('l298n-2wd'), emulatorFor('mbot')];
    let out = '';
    const io = { stdout: { write: (t: string) => (out += t) }, stderr: { write: () => true } };
    const code = await listCommand({ probe: true, lang: 'en' }, io, () => performance.now(), {
      listPorts: async () => [
        { path: '/dev/ttyS0' },
        { path: '/dev/ttyUSB0', vendorId: '1a86', productId: '7523' },
        { path: '/dev/ttyACM0', vendorId: '2341', productId: '0043', manufacturer: 'Arduino' },
      ],
      open: (path) =>
        (emulators[path === '/dev/ttyACM0' ? 0 : 1] as (typeof emulators)[0]).transport(),
    });
    for (const e of emulators) e.stop();
    expect(code).toBe(0);
    expect(out).not.toContain('ttyS0');
    expect(out).toContain('/dev/ttyACM0  Arduino (genuine Uno, Mega, Nano) [2341:0043]');
    expect(out).toContain('/dev/ttyUSB0  CH340 USB-serial (Uno/Nano clone, mBot) [1a86:7523]');
    expect(out.match(/MekongFirmata 0\.1 · no robot name stored/g)).toHaveLength(2);
  });

  it('--probe speaks Vietnamese and Lao: the stored name and kit, and a port that cannot be opened', async () => {
    const emulator = emulatorFor('mbot', { eeprom: eepromWithIdentity('Rồng Xanh', 'mbot') });
    const deps = {
      listPorts: async () => [
        { path: '/dev/ttyUSB0', vendorId: '1a86', productId: '7523' },
        { path: '/dev/ttyUSB1', vendorId: '1a86', productId: '7523' },
      ],
      open: (path: string) =>
        path === '/dev/ttyUSB0'
          ? emulator.transport()
          : new SerialTransport('/dev/ttyMekongMissing'),
    };
    let out = '';
    const io = { stdout: { write: (t: string) => (out += t) }, stderr: { write: () => true } };
    const now = () => performance.now();
    expect(await listCommand({ probe: true, lang: 'vi' }, io, now, deps)).toBe(0);
    expect(out).toContain('    MekongFirmata 0.1 · tên "Rồng Xanh", bộ kit mbot\n');
    expect(out).toContain('    Không mở được /dev/ttyMekongMissing: không có cổng này.\n');
    expect(out).toContain('/dev/ttyUSB0  CH340 USB-serial (Uno/Nano loại clone, mBot) [1a86:7523]');

    out = '';
    expect(await listCommand({ probe: true, json: true, lang: 'lo' }, io, now, deps)).toBe(0);
    emulator.stop();
    const [named, missing] = JSON.parse(out);
    expect(named.probe).toMatchObject({
      firmware: 'MekongFirmata 0.1',
      identity: { name: 'Rồng Xanh', kitId: 'mbot' },
      problem: null,
    });
    expect(missing.probe.problem).toMatchObject({
      code: 'PORT_UNAVAILABLE',
      params: { port: '/dev/ttyMekongMissing' },
      message: 'ເປີດ /dev/ttyMekongMissing ບໍ່ໄດ້: ບໍ່ມີພອດນີ້.',
    });
    expect(named.guess).toBe('CH340 USB-serial (Uno/Nano ກັອບປີ້, mBot)');
  });
});
