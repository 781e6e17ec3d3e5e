import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCall } from '../../../robot/check-args.ts';
import '../../../cli/texts/cli-phrases.ts';
import '../../../lessons/texts/lesson-phrases.ts';
import {
  codedEntry,
  localize,
  MekongError,
  PART_NAMES,
  phrase,
  ROBOT_ERRORS,
  SIDE_NAMES,
} from '../../../robot/index.ts';
import { getKit, parseKit } from '../../../robot/kits/index.ts';

// Every text in every language with the same parameters: tests/robot/i18n/catalogs.test.ts.
describe('translations', () => {
  it('Lao texts are written in Lao script and Vietnamese texts use Vietnamese letters', () => {
    const lao = /[\u0E80-\u0EFF]/;
    for (const texts of Object.values(ROBOT_ERRORS.texts)) {
      expect(lao.test(texts.lo.suggestion)).toBe(true);
      expect(texts.vi.suggestion).not.toBe(texts.en.suggestion);
    }
    for (const names of Object.values(PART_NAMES)) expect(lao.test(names.lo)).toBe(true);
    for (const names of Object.values(SIDE_NAMES)) expect(lao.test(names.lo)).toBe(true);
  });
});

describe('phrases', () => {
  it("fill a parameter of an error in the reader's language, nested phrases too", () => {
    const error = new MekongError('BAD_OPTION', {
      option: '--port',
      value: '8080',
      expected: phrase('freePort', { why: phrase('portInUse'), next: 8081 }),
    });
    expect(error.message).toBe('The option --port cannot be "8080".');
    expect(error.suggestion).toBe('Use a free port (this one is in use), e.g. --port 8081.');
    expect(error.text('vi').suggestion).toBe(
      'Hãy dùng một cổng còn trống (cổng này đang được dùng), ví dụ --port 8081.',
    );
    expect(error.text('lo').suggestion).toBe('ໃຊ້ ພອດທີ່ຫວ່າງ (ພອດນີ້ຖືກໃຊ້ຢູ່), ຕົວຢ່າງ --port 8081.');
  });

  it('word what a robot call expects for students (the same check runs in every world)', () => {
    const kit = getKit('l298n-2wd');
    const text = (args: unknown[], method: 'forward' | 'led', lang: 'vi' | 'lo') => {
      try {
        checkCall(kit, method, args);
      } catch (error) {
        return (error as MekongError).text(lang).message;
      }
      throw new Error('no error');
    };
    expect(text(['a'], 'forward', 'vi')).toBe(
      'robot.forward() cần một số từ -10000 đến 10000, nhưng nhận được "a".',
    );
    expect(text([], 'forward', 'lo')).toBe(
      'robot.forward() ຕ້ອງການ ຕົວເລກຕັ້ງແຕ່ -10000 ຫາ 10000, ແຕ່ໄດ້ຮັບ ບໍ່ມີຫຍັງ.',
    );
    expect(text([7], 'led', 'vi')).toMatch(/^robot\.led\(\) cần true, false hoặc một màu \(red, /);
  });
});

describe('problems in kit, world and lesson files', () => {
  it("are worded from zod's codes, and a schema's own check names a phrase", () => {
    const kit = structuredClone(getKit('l298n-2wd')) as unknown as Record<string, unknown>;
    (kit.buzzer as Record<string, unknown>).pin = 'A7';
    (kit.led as Record<string, unknown>).pin = 'pin 3';
    kit.board = 'uno';
    kit.wheels = 4;
    let error: MekongError | undefined;
    try {
      parseKit(kit, 'k.json');
    } catch (e) {
      error = e as MekongError;
    }
    const lo = error?.text('lo').suggestion ?? '';
    expect(lo).toContain('ຄວນເປັນຂາ ເຊັ່ນ 7 ຫຼື "A0"');
    expect(lo).toContain('ມີຄີທີ່ບໍ່ອະນຸຍາດ: "wheels"');
    expect(error?.text('vi').suggestion).toContain('Tất cả các lỗi: ');
    expect(error?.text('en').suggestion).toContain('has keys that are not allowed: "wheels"');
  });

  it('a schema message that is not a phrase code would reach readers in English', () => {
    const sources = [
      'robot/kits/kit-schema.ts',
      'simulator/world/world-schema.ts',
      'lessons/lesson-schema.ts',
      'lessons/checks/check-schema.ts',
    ];
    for (const file of sources) {
      const text = readFileSync(join(import.meta.dirname, '../../..', file), 'utf8');
      const messages = [
        ...text.matchAll(/message: '([^']*)'/g),
        ...text.matchAll(/\.regex\([^,]+, '([^']*)'\)/g),
      ].map((m) => m[1] as string);
      for (const message of messages)
        expect(codedEntry('phrases', message), `${file}: ${message}`).toBeDefined();
      expect(text, file).not.toMatch(/message: `/);
    }
  });
});

describe('localize', () => {
  it('joins a list with the last item after the language\'s "and"', () => {
    const pins = { pins: [3, 5, 6, 11] };
    expect(localize('pins {pins}', pins, 'en')).toBe('pins 3, 5, 6 and 11');
    expect(localize('chân {pins}', pins, 'vi')).toBe('chân 3, 5, 6 và 11');
    expect(localize('ຂາ {pins}', pins, 'lo')).toBe('ຂາ 3, 5, 6 ແລະ 11');
    expect(localize('pin {pins}', { pins: [9] }, 'vi')).toBe('pin 9');
  });

  it('names parts and sides in the language; other values and unknown ids stay as they are', () => {
    const params = { parts: ['servo', 'buzzer'], side: 'left', kit: 'servo', part: 'toString' };
    const text = '{parts} / {side} / {kit} / {part}';
    expect(localize(text, params, 'en')).toBe('servo motor and buzzer / left / servo / toString');
    expect(localize(text, params, 'vi')).toBe('động cơ servo và còi / trái / servo / toString');
    expect(localize(text, params, 'lo')).toBe('ເຊີໂວມໍເຕີ ແລະ ລຳໂພງສຽງ / ຊ້າຍ / servo / toString');
  });

  it('is what MekongError words its part with', () => {
    const error = new MekongError('PART_MISSING', { kit: 'mbot', part: 'servo', method: 'servo' });
    expect(error.text('vi').message).toBe(
      'Robot này (mbot) không có động cơ servo, nên robot.servo() không chạy được.',
    );
  });
});
