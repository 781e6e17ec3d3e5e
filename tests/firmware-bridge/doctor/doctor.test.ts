import { describe, expect, it } from 'vitest';
import { wallClock } from '../../../firmware-bridge/bridge/clock.ts';
import { connectRobot } from '../../../firmware-bridge/bridge/connect-robot.ts';
import { runDoctor } from '../../../firmware-bridge/doctor/doctor.ts';
import { doctorCheckText } from '../../../firmware-bridge/doctor/doctor-messages.ts';
import { getKit, type Kit, parseKit } from '../../../robot/index.ts';
import { eepromWithIdentity, emulatorFor, ScriptedBoard } from '../helpers.ts';

/** The doctor's report on an emulated `boardKit` robot, checked as kit `kit`. */
async function doctorOnEmulator(
  boardKit: string,
  kit: Kit,
  options: Parameters<typeof emulatorFor>[1] = {},
) {
  const emulator = emulatorFor(boardKit, options);
  try {
    return await runDoctor({
      kit,
      port: 'emulator',
      connect: () => connectRobot({ kit, transport: emulator.transport(), clock: emulator.clock }),
    });
  } finally {
    emulator.stop();
  }
}

describe('the doctor names the fix', () => {
  it('ultrasonic reads nothing when the kit names pins the sensor is not on: check trig/echo, in every language', async () => {
    const right = getKit('l298n-2wd');
    const wrong = parseKit(
      { ...right, id: 'swapped', ultrasonic: { ...right.ultrasonic, trig: 'A3', echo: 'A2' } },
      'swapped.json',
    );
    const report = await doctorOnEmulator('l298n-2wd', wrong);
    expect(report.ok).toBe(false);
    const ultrasonic = report.checks.find((c) => c.part === 'ultrasonic');
    expect(ultrasonic).toMatchObject({
      status: 'fail',
      code: 'ULTRASONIC_NO_ECHO',
      params: { trig: 'A3', echo: 'A2' },
    });
    expect(report.checks.filter((c) => c.status === 'fail')).toHaveLength(1);
    if (!ultrasonic) return;
    const en = doctorCheckText(ultrasonic, 'en');
    expect(en).toMatchObject({
      name: 'ultrasonic sensor',
      detail: 'no echo: the sensor measured nothing',
    });
    expect(en.fix).toContain('Check the trig/echo pins (trig → A3, echo → A2)');
    expect(doctorCheckText(ultrasonic, 'vi')).toEqual({
      name: 'cảm biến siêu âm',
      detail: 'không có tiếng vọng: cảm biến không đo được gì',
      fix: 'Kiểm tra chân trig/echo (trig → A3, echo → A2) và dây 5 V, GND của cảm biến, rồi đặt bàn tay trước cảm biến 20 cm và chạy lại "mekong doctor".',
    });
    expect(doctorCheckText(ultrasonic, 'lo').fix).toContain(
      'ກວດຂາ trig/echo (trig → A3, echo → A2)',
    );
  });

  it('a motor speed wire on a pin without PWM fails the motor pins and that side only, said in Lao', async () => {
    const right = getKit('l298n-2wd');
    const wrong = parseKit(
      {
        ...right,
        id: 'left-on-a1',
        motors: { ...right.motors, left: { ...right.motors.left, enable: 'A1' } },
      },
      'left-on-a1.json',
    );
    const report = await doctorOnEmulator('l298n-2wd', wrong);
    const failed = report.checks.filter((c) => c.status === 'fail');
    expect(failed).toEqual([
      {
        part: 'motor pins',
        status: 'fail',
        code: 'MOTOR_PIN_NOT_PWM',
        params: { pins: [15], board: 'uno', pwmPins: [3, 5, 6, 9, 10, 11] },
      },
      {
        part: 'motors',
        status: 'fail',
        code: 'MOTOR_SPEED_WRONG',
        params: { side: 'left', pin: 15, value: 0, expected: 102 },
      },
    ]);
    const [pins, motor] = failed.map((c) => doctorCheckText(c, 'lo'));
    expect(pins?.fix).toBe(
      'ຍ້າຍສາຍຄວາມໄວຂອງບອດຂັບມໍເຕີໄປຂາໃດໜຶ່ງໃນ 3, 5, 6, 9, 10 ແລະ 11, ແລ້ວແກ້ motors ໃນໄຟລ໌ຊຸດ.',
    );
    expect(motor).toMatchObject({
      name: 'ມໍເຕີ',
      detail: 'ມໍເຕີຊ້າຍ ບໍ່ຮັບຄວາມໄວ: ຂາ PWM 15 ອ່ານໄດ້ 0, ຄວນເປັນ 102',
    });
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
      connect: () =>
        connectRobot({
          kit,
          clock: wallClock(() => performance.now()),
          transport: new ScriptedBoard('/dev/ttyUSB0', { boot: firmata }),
        }),
    });
    expect(report.ok).toBe(false);
    expect(report.firmware).toBeNull();
    const [first] = report.checks;
    expect(first).toMatchObject({ part: 'firmware', status: 'fail', code: 'WRONG_FIRMWARE' });
    expect(first?.params.found).toBe('StandardFirmata 2.5');
    if (!first) return;
    const lo = doctorCheckText(first, 'lo');
    expect(lo.name).toBe('ເຟີມແວ');
    expect(lo.detail).toContain('ບອດທີ່ /dev/ttyUSB0 ກຳລັງແລ່ນ "StandardFirmata 2.5"');
    expect(lo.fix).toContain('mekong flash --port /dev/ttyUSB0 --kit mbot');
    expect(lo.fix).toMatch(/[\u0E80-\u0EFF]/);
  });
});

describe('the doctor report in every language', () => {
  const VIETNAMESE = /[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/i;
  const LAO = /[\u0E80-\u0EFF]/;

  it('the emulated mbot passes, and every check is worded in vi and lo, none left as in English', async () => {
    const kit = getKit('mbot');
    const report = await doctorOnEmulator('mbot', kit);
    expect(report.ok).toBe(true);
    expect(report.checks.map((c) => c.part)).toContain('line sensors');
    for (const check of report.checks) {
      const [en, vi, lo] = [
        doctorCheckText(check, 'en'),
        doctorCheckText(check, 'vi'),
        doctorCheckText(check, 'lo'),
      ];
      expect(vi.detail, check.code).not.toBe(en.detail);
      expect(vi.detail, check.code).toMatch(VIETNAMESE);
      expect(lo.detail, check.code).not.toBe(en.detail);
      expect(lo.detail, check.code).toMatch(LAO);
      expect(lo.name, check.part).toMatch(LAO);
    }
    const line = report.checks.find((c) => c.part === 'line sensors');
    expect(line?.code).toBe('LINE_READ_2');
    if (line)
      expect(doctorCheckText(line, 'vi').detail).toMatch(
        /^trái [\d.]+, phải [\d.]+ \(0 = vạch tối/,
      );
  });

  it('a board that says it is another kit warns with the --kit to use, in Vietnamese too', async () => {
    const kit = getKit('l298n-2wd');
    const report = await doctorOnEmulator('l298n-2wd', kit, {
      eeprom: eepromWithIdentity('Rồng Xanh', 'mbot'),
    });
    const identity = report.checks.find((c) => c.part === 'identity');
    expect(identity).toMatchObject({
      status: 'warn',
      code: 'IDENTITY_OTHER_KIT',
      params: { name: 'Rồng Xanh', storedKit: 'mbot', kit: 'l298n-2wd' },
    });
    if (!identity) return;
    expect(doctorCheckText(identity, 'en').fix).toBe(
      'Run again with --kit mbot, or store the right kit on the board.',
    );
    expect(doctorCheckText(identity, 'vi')).toEqual({
      name: 'tên robot',
      detail: 'bo mạch cho biết đây là "Rồng Xanh", bộ kit mbot, không phải l298n-2wd',
      fix: 'Chạy lại với --kit mbot, hoặc lưu đúng bộ kit vào bo mạch.',
    });
  });
});
