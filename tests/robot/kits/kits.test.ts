import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  builtinKits,
  checkCall,
  getKit,
  type Kit,
  listPins,
  parseKit,
  pinNumber,
} from '../../../robot/index.ts';
import { thrown } from '../thrown.ts';

const KIT_DIR = join(import.meta.dirname, '../../../robot/kits');
const kitFiles = readdirSync(KIT_DIR).filter((f) => f.endsWith('.json'));

function clone(kit: unknown): Record<string, unknown> {
  return JSON.parse(JSON.stringify(kit));
}

describe('kit profiles', () => {
  it('every kit file in robot/kits is registered and valid', () => {
    expect(kitFiles.sort()).toEqual(
      builtinKits()
        .map((k) => `${k.id}.json`)
        .sort(),
    );
    for (const file of kitFiles) {
      const data = JSON.parse(readFileSync(join(KIT_DIR, file), 'utf8'));
      expect(parseKit(data, file).id).toBe(file.replace(/\.json$/, ''));
    }
  });

  it.each([
    ['l298n-2wd', 'uno', 'l298n', ['ultrasonic', 'servo', 'line×3', 'led', 'buzzer', 'button']],
    ['l9110s-nano', 'nano', 'l9110s', ['ultrasonic', 'line×2', 'led', 'buzzer']],
    ['mbot', 'nano', 'pwm-dir', ['ultrasonic', 'line×2', 'rgb', 'buzzer', 'button']],
  ])('%s has the parts the issue names', (id, board, driver, parts) => {
    const kit = getKit(id);
    expect(kit.board).toBe(board);
    expect(kit.motors.driver).toBe(driver);
    const has = [
      kit.ultrasonic && 'ultrasonic',
      kit.servo && 'servo',
      kit.lineSensors && `line×${kit.lineSensors.sensors.length}`,
      kit.led && (kit.led.type === 'ws2812' ? 'rgb' : 'led'),
      kit.buzzer && 'buzzer',
      kit.button && 'button',
    ].filter(Boolean);
    expect(has).toEqual(parts);
  });

  it('uses the documented mCore pins', () => {
    const mbot = getKit('mbot');
    expect(mbot.motors).toMatchObject({ left: { pwm: 6, dir: 7 }, right: { pwm: 5, dir: 4 } });
    expect(mbot.ultrasonic).toMatchObject({ type: 'one-pin', pin: 'A3' });
    expect(mbot.led).toMatchObject({ type: 'ws2812', pin: 13, count: 2 });
    expect(mbot.buzzer?.pin).toBe(8);
    expect(mbot.button).toMatchObject({ type: 'analog', pin: 'A7' });
  });

  it('maps analog pin names per board', () => {
    expect(pinNumber('uno', 'A0')).toBe(14);
    expect(pinNumber('mega', 'A0')).toBe(54);
    expect(pinNumber('uno', 'A7')).toBeUndefined();
    expect(pinNumber('nano', 'A7')).toBe(21);
  });

  it('lists every pin of a kit once', () => {
    const pins = listPins(getKit('l298n-2wd')).map(([, p]) => pinNumber('uno', p));
    expect(new Set(pins).size).toBe(pins.length);
    expect(pins.length).toBe(15);
  });
});

describe('malformed kit files', () => {
  const base = getKit('l298n-2wd') as Kit;

  it('names the file, the field path and what is expected', () => {
    const bad = clone(base);
    (bad.motors as Record<string, Record<string, unknown>>).left = {
      enable: 'five',
      in1: 7,
      in2: 8,
    };
    const error = thrown(() => parseKit(bad, 'my-kit.json'));
    expect(error.code).toBe('FILE_INVALID');
    expect(error.message).toContain('my-kit.json');
    expect(error.message).toContain('motors.left.enable');
    expect(error.suggestion).toContain('pin like 7 or "A0"');
  });

  it('rejects unknown fields', () => {
    const bad = clone(base);
    bad.wheels = 4;
    const error = thrown(() => parseKit(bad, 'k.json'));
    expect(error.message).toContain('has keys that are not allowed: "wheels"');
    expect(error.message).toContain('wheels');
  });

  it('rejects a pin used twice, and a pin the board lacks', () => {
    const twice = clone(base);
    (twice.buzzer as Record<string, unknown>).pin = 13;
    expect(thrown(() => parseKit(twice, 'k.json')).message).toMatch(
      /buzzer\.pin uses pin 13, which led\.pin already uses/,
    );
    const missing = clone(base);
    (missing.buzzer as Record<string, unknown>).pin = 'A7';
    expect(thrown(() => parseKit(missing, 'k.json')).message).toMatch(
      /buzzer\.pin names pin A7, which a uno board does not have/,
    );
  });

  it('rejects an ultrasonic on a servo the kit does not have', () => {
    const bad = clone(base);
    delete bad.servo;
    expect(thrown(() => parseKit(bad, 'k.json')).message).toContain('ultrasonic.onServo');
  });

  it('bounds sizes to a classroom robot and the servo range to 0..180, min below max', () => {
    const body = clone(base);
    body.body = { ...(body.body as object), lengthCm: 1e308 };
    expect(thrown(() => parseKit(body, 'k.json')).message).toMatch(/body\.lengthCm .*100/);
    const backwards = clone(base);
    backwards.servo = { pin: 9, minDeg: 150, maxDeg: 30 };
    const error = thrown(() => parseKit(backwards, 'k.json'));
    expect(error.message).toContain('servo.maxDeg must be larger than minDeg');
    expect(error.text('vi').message).toContain('phải lớn hơn minDeg');
    const past = clone(base);
    past.servo = { pin: 9, minDeg: 0, maxDeg: 270 };
    expect(thrown(() => parseKit(past, 'k.json')).message).toMatch(/servo\.maxDeg .*180/);
  });

  it('names no kit after a property every object has', () => {
    for (const name of ['constructor', 'toString', '__proto__']) {
      expect(thrown(() => getKit(name)).code).toBe('UNKNOWN_KIT');
    }
  });

  it('translates the error', () => {
    const error = thrown(() => parseKit({}, 'k.json'));
    expect(error.text('vi').suggestion).toContain('Hãy sửa');
    expect(error.text('lo').suggestion).toContain('ແກ້ໄຂ');
  });

  it('an unknown kit id lists the choices', () => {
    const error = thrown(() => getKit('lego'));
    expect(error.code).toBe('UNKNOWN_KIT');
    expect(error.suggestion).toContain('l298n-2wd, l9110s-nano, mbot');
  });
});

describe('argument checks', () => {
  const kit = getKit('l9110s-nano');
  it('a missing part names the part in the student language', () => {
    const error = thrown(() => checkCall(kit, 'servo', [90]));
    expect(error.code).toBe('PART_MISSING');
    expect(error.text('en').message).toContain('servo motor');
    expect(error.text('vi').message).toContain('động cơ servo');
    expect(error.text('lo').message).toContain('ເຊີໂວມໍເຕີ');
  });

  it('bad values name the value and the range', () => {
    const error = thrown(() => checkCall(kit, 'drive', [50, 'fast']));
    expect(error.code).toBe('BAD_ARGUMENT');
    expect(error.message).toBe('robot.drive() needs a number from -100 to 100, but it got "fast".');
    expect(thrown(() => checkCall(kit, 'forward', [Number.NaN])).message).toContain('got NaN');
    expect(thrown(() => checkCall(kit, 'led', ['sparkly'])).message).toContain('"sparkly"');
  });

  it('normalises LED states', () => {
    expect(checkCall(kit, 'led', [true])).toEqual(['on']);
    expect(checkCall(kit, 'led', ['Red'])).toEqual(['#ff0000']);
    expect(checkCall(kit, 'led', [false])).toEqual(['off']);
  });
});
