import { MekongError } from './errors.ts';
import { phrase, type TextParam } from './i18n/localize.ts';
import type { PartName } from './i18n/names.ts';
import type { Kit } from './kits/kit-schema.ts';
import { SERVO_SWEEP_DEG } from './motion/servo.ts';
import type { LedState, RobotMethod } from './robot.ts';

/**
 * Argument checks shared by every Robot implementation, so a student gets the same
 * error from the simulator and from a real robot.
 */

function describe(value: unknown): TextParam {
  if (typeof value === 'string')
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (value === undefined) return phrase('nothing');
  return String(value);
}

/** A finite number in [min, max]; BAD_ARGUMENT otherwise. */
export function checkNumber(
  method: RobotMethod,
  value: unknown,
  min: number,
  max: number,
  example: string,
): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
    throw new MekongError('BAD_ARGUMENT', {
      method,
      expected: phrase('numberRange', { min, max }),
      value: describe(value),
      example,
    });
  }
  return value;
}

/** Colour names a LED understands, as '#rrggbb'. */
export const LED_COLOURS: Readonly<Record<string, string>> = {
  red: '#ff0000',
  green: '#00ff00',
  blue: '#0000ff',
  yellow: '#ffff00',
  cyan: '#00ffff',
  magenta: '#ff00ff',
  purple: '#8000ff',
  orange: '#ff8000',
  white: '#ffffff',
  pink: '#ff69b4',
};

/** 'off', 'on' or '#rrggbb' for a LED argument; BAD_ARGUMENT otherwise. */
export function checkLed(value: unknown): 'off' | 'on' | `#${string}` {
  if (value === true) return 'on';
  if (value === false || value === 'off' || value === 'black') return 'off';
  if (typeof value === 'string') {
    const lower = value.toLowerCase();
    const named = LED_COLOURS[lower];
    if (named) return named as `#${string}`;
    if (/^#[0-9a-f]{6}$/.test(lower)) return lower as `#${string}`;
  }
  throw new MekongError('BAD_ARGUMENT', {
    method: 'led',
    expected: phrase('ledValue', { colours: Object.keys(LED_COLOURS).join(', ') }),
    value: describe(value as LedState),
    example: 'led(true)',
  });
}

/** The robot part each method needs (methods not listed need none). */
export const PART_OF: Partial<Record<RobotMethod, PartName>> = {
  distance: 'ultrasonic',
  line: 'line',
  lineRaw: 'line',
  servo: 'servo',
  led: 'led',
  beep: 'buzzer',
  button: 'button',
};

/** The field of a kit profile that describes each part (absent: the kit lacks it). */
const PART_FIELD = {
  ultrasonic: 'ultrasonic',
  line: 'lineSensors',
  servo: 'servo',
  led: 'led',
  buzzer: 'buzzer',
  button: 'button',
} as const satisfies Record<PartName, keyof Kit>;

/** Whether `kit` has `part`. */
export function kitHasPart(kit: Kit, part: PartName): boolean {
  return kit[PART_FIELD[part]] !== undefined;
}

/** Throws PART_MISSING when `kit` lacks the part that `method` needs. */
export function requirePart(kit: Kit, method: RobotMethod): void {
  const part = PART_OF[method];
  if (!part || kitHasPart(kit, part)) return;
  throw new MekongError('PART_MISSING', { kit: kit.id, part, method });
}

/** Longest single robot call a program may ask for, ms (10 minutes). */
export const MAX_CALL_MS = 600_000;

/** Checked, normalised arguments of one call. */
export function checkCall(kit: Kit, method: RobotMethod, args: readonly unknown[]): unknown[] {
  requirePart(kit, method);
  switch (method) {
    case 'forward':
    case 'backward':
      return [checkNumber(method, args[0], -10_000, 10_000, `${method}(30)`)];
    case 'turn':
      return [checkNumber(method, args[0], -36_000, 36_000, 'turn(90)')];
    case 'drive':
      return [
        checkNumber(method, args[0], -100, 100, 'drive(50, 50)'),
        checkNumber(method, args[1], -100, 100, 'drive(50, 50)'),
      ];
    case 'wait':
      return [checkNumber(method, args[0], 0, MAX_CALL_MS, 'wait(500)')];
    case 'beep':
      return [
        checkNumber(method, args[0], 31, 20_000, 'beep(440, 200)'),
        checkNumber(method, args[1], 0, MAX_CALL_MS, 'beep(440, 200)'),
      ];
    case 'servo': {
      const servo = kit.servo;
      return [
        checkNumber(
          method,
          args[0],
          servo?.minDeg ?? 0,
          servo?.maxDeg ?? SERVO_SWEEP_DEG,
          'servo(90)',
        ),
      ];
    }
    case 'led':
      return [checkLed(args[0])];
    default:
      return [];
  }
}
