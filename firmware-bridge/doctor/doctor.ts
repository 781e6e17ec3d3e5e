/**
 * `mekong doctor`: checks a robot part by part and says how to fix what fails. The kit's
 * wiring is checked against the board and the firmware's timer table; then every part is
 * exercised and, where the firmware can tell, read back (Firmata PIN_STATE_QUERY).
 * Findings are codes with parameters; doctor-messages.ts words them in each language.
 */
import type { Firmata } from 'firmata-io';
import {
  BOARDS,
  type CodedText,
  type ErrorCode,
  isMekongError,
  type Kit,
  MekongError,
  PWM_MAX,
  pinNumber,
  pwmDuty,
  SERVO_AHEAD_DEG,
  servoPulseUs,
} from '../../robot/index.ts';
import type { Clock } from '../bridge/clock.ts';
import { ALARM_TIMER } from '../bridge/firmware-timers.ts';
import type { HardwareRobot } from '../bridge/hardware-robot.ts';
import { motorOptions } from '../bridge/motor-controllers.ts';
import { WATCHDOG_DEFAULT_MS } from '../protocol/mekong-sysex.ts';
import type { DoctorCode, DoctorParams, DoctorPart } from './doctor-messages.ts';
import '../texts/index.ts';

export type CheckStatus = 'pass' | 'warn' | 'fail' | 'info';

/** One finding: a DOCTOR_MESSAGES code, or the ERROR_MESSAGES code of a connection failure. */
export interface DoctorCheck extends CodedText<DoctorCode | ErrorCode> {
  /** What was checked (a stable id, a key of DOCTOR_PARTS). */
  part: DoctorPart;
  status: CheckStatus;
}

export interface DoctorReport {
  port: string;
  kit: string;
  /** "MekongFirmata 0.1", or null when no firmware of ours answered. */
  firmware: string | null;
  checks: DoctorCheck[];
  /** No check failed. */
  ok: boolean;
}

const pinOf = (kit: Kit, pin: number | string) => pinNumber(kit.board, pin) ?? -1;

/** A finding; its type lets `params` fill exactly the `{slots}` of that code's texts. */
function check<Code extends DoctorCode>(
  part: DoctorPart,
  status: CheckStatus,
  code: Code,
  params: DoctorParams<Code>,
): DoctorCheck {
  return { part, status, code, params };
}

/** Power the motor check drives each side with, percent. */
const MOTOR_TEST_POWER = 40;
/** Servo angle the servo check turns to and back from, degrees. */
const SERVO_TEST_DEG = 45;
/** How long the LED check keeps the LED on, ms. */
const LED_TEST_MS = 300;
/** The buzzer check's tone: Hz, ms. */
const BEEP_HZ = 880;
const BEEP_MS = 150;

/** Wiring checks that need no board: PWM pins and the servo/tone timer conflict. */
export function wiringChecks(kit: Kit): DoctorCheck[] {
  const checks: DoctorCheck[] = [];
  const board = BOARDS[kit.board];
  const pwmPins = motorOptions(kit.motors, (p) => pinOf(kit, p)).map((o) => o.pins.pwm);
  const notPwm = pwmPins.filter((p) => !(board.pwmPins as readonly number[]).includes(p));
  checks.push(
    notPwm.length === 0
      ? check('motor pins', 'pass', 'MOTOR_PINS_PWM', { pins: pwmPins })
      : check('motor pins', 'fail', 'MOTOR_PIN_NOT_PWM', {
          pins: notPwm,
          board: kit.board,
          pwmPins: board.pwmPins,
        }),
  );
  const alarm = ALARM_TIMER[kit.board];
  const losesPwm = alarm.losesPwm as readonly number[];
  const users = (['servo', 'buzzer'] as const).filter((part) => kit[part] !== undefined);
  const clash = pwmPins.filter((p) => losesPwm.includes(p));
  checks.push(
    users.length > 0 && clash.length > 0
      ? check('timers', 'warn', 'TIMER_SHARED', {
          timer: alarm.timer,
          parts: users,
          pins: clash,
          freePins: board.pwmPins.filter((p) => !losesPwm.includes(p)),
        })
      : check('timers', 'pass', 'TIMERS_FREE', { timer: alarm.timer }),
  );
  return checks;
}

/** Asks the firmware for a pin's mode and value; null when it does not answer. */
function pinState(
  io: Firmata,
  clock: Clock,
  pin: number,
): Promise<{ mode: number; value: number } | null> {
  return new Promise((resolve) => {
    const cancel = clock.setTimer(300, () => resolve(null));
    io.queryPinState(pin, () => {
      cancel();
      const state = io.pins[pin];
      resolve({ mode: state?.mode ?? -1, value: state?.state ?? -1 });
    });
  });
}

/** Exercises every part of the connected robot (the wheels turn briefly: lift the robot). */
export async function exerciseParts(robot: HardwareRobot): Promise<DoctorCheck[]> {
  const { kit, clock } = robot;
  const { io, firmware, identity, watchdogMs } = robot.session;
  const checks: DoctorCheck[] = [];
  checks.push(
    check('firmware', 'pass', 'FIRMWARE_OK', {
      name: firmware.name,
      version: firmware.version,
      protocol: firmware.protocol,
    }),
  );
  checks.push(
    watchdogMs === WATCHDOG_DEFAULT_MS
      ? check('watchdog', 'pass', 'WATCHDOG_OK', { ms: watchdogMs })
      : Number.isNaN(watchdogMs)
        ? check('watchdog', 'warn', 'WATCHDOG_UNKNOWN', {})
        : check('watchdog', 'warn', 'WATCHDOG_CHANGED', {
            ms: watchdogMs,
            expected: WATCHDOG_DEFAULT_MS,
          }),
  );
  await robot.wait(250);
  checks.push(
    check('link', 'pass', 'LINK_OK', {
      ms: Number.isNaN(robot.roundTripMs) ? '?' : Math.round(robot.roundTripMs),
    }),
  );
  checks.push(
    identity === null
      ? check('identity', 'info', 'IDENTITY_NONE', {})
      : identity.kitId && identity.kitId !== kit.id
        ? check('identity', 'warn', 'IDENTITY_OTHER_KIT', {
            name: identity.name,
            storedKit: identity.kitId,
            kit: kit.id,
          })
        : identity.kitId
          ? check('identity', 'pass', 'IDENTITY_OK', { name: identity.name, kit: identity.kitId })
          : check('identity', 'pass', 'IDENTITY_NO_KIT', { name: identity.name }),
  );
  checks.push(...wiringChecks(kit));
  checks.push(...(await checkMotors(robot, io, clock)));
  if (kit.ultrasonic) checks.push(await checkUltrasonic(robot));
  if (kit.lineSensors) {
    const raw = await robot.lineRaw();
    const round = (v: number) => Math.round(v * 100) / 100;
    const [left, right] = [round(raw.left), round(raw.right)];
    checks.push(
      raw.center === undefined
        ? check('line sensors', 'pass', 'LINE_READ_2', { left, right })
        : check('line sensors', 'pass', 'LINE_READ_3', { left, center: round(raw.center), right }),
    );
  }
  if (kit.servo) checks.push(await checkServo(robot, io, clock, pinOf(kit, kit.servo.pin)));
  if (kit.led) checks.push(await checkLed(robot, io, clock));
  if (kit.buzzer) {
    await robot.beep(BEEP_HZ, BEEP_MS);
    const state = await pinState(io, clock, pinOf(kit, kit.buzzer.pin));
    checks.push(
      state && state.mode === io.MODES.OUTPUT
        ? check('buzzer', 'pass', 'BUZZER_OK', { hz: BEEP_HZ, ms: BEEP_MS })
        : check('buzzer', 'fail', 'BUZZER_NOT_TAKEN', { pin: kit.buzzer.pin }),
    );
  }
  if (kit.button) {
    const pressed = await robot.button();
    checks.push(check('button', 'pass', pressed ? 'BUTTON_PRESSED' : 'BUTTON_RELEASED', {}));
  }
  return checks;
}

/** Drives each side alone and reads its PWM pin back: one failed check per side that did not take it. */
async function checkMotors(
  robot: HardwareRobot,
  io: Firmata,
  clock: Clock,
): Promise<DoctorCheck[]> {
  const { kit } = robot;
  const [left, right] = motorOptions(kit.motors, (p) => pinOf(kit, p));
  const power = MOTOR_TEST_POWER;
  const sides = [
    { side: 'left', options: left, invert: kit.motors.left.invert, drive: [power, 0] as const },
    { side: 'right', options: right, invert: kit.motors.right.invert, drive: [0, power] as const },
  ];
  const failed: DoctorCheck[] = [];
  for (const { side, options, invert, drive } of sides) {
    robot.drive(drive[0], drive[1]);
    await robot.wait(150);
    const pin = options.pins.pwm;
    const state = await pinState(io, clock, pin);
    robot.stop();
    await robot.wait(50);
    const speed = pwmDuty(power);
    const expected = options.invertPWM && !invert ? PWM_MAX - speed : speed;
    if (!state) failed.push(check('motors', 'fail', 'MOTOR_NO_ANSWER', { side, pin }));
    else if (state.mode !== io.MODES.PWM || state.value !== expected)
      failed.push(
        check('motors', 'fail', 'MOTOR_SPEED_WRONG', { side, pin, value: state.value, expected }),
      );
  }
  return failed.length > 0 ? failed : [check('motors', 'pass', 'MOTORS_OK', { power })];
}

async function checkUltrasonic(robot: HardwareRobot): Promise<DoctorCheck> {
  const us = robot.kit.ultrasonic;
  const first = await robot.distance();
  const cm = Number.isFinite(first) ? first : await robot.distance();
  if (Number.isFinite(cm))
    return check('ultrasonic', 'pass', 'ULTRASONIC_OK', { cm: cm.toFixed(1) });
  return us?.type === 'hc-sr04'
    ? check('ultrasonic', 'fail', 'ULTRASONIC_NO_ECHO', { trig: us.trig, echo: us.echo })
    : check('ultrasonic', 'fail', 'ULTRASONIC_NO_ECHO_ONE_PIN', { pin: us?.pin ?? '?' });
}

async function checkServo(
  robot: HardwareRobot,
  io: Firmata,
  clock: Clock,
  pin: number,
): Promise<DoctorCheck> {
  await robot.servo(SERVO_TEST_DEG);
  const state = await pinState(io, clock, pin);
  await robot.servo(SERVO_AHEAD_DEG);
  const expectedUs = Math.round(servoPulseUs(SERVO_TEST_DEG));
  if (!state) return check('servo', 'fail', 'SERVO_NO_ANSWER', { pin });
  if (state.mode === io.MODES.SERVO && Math.abs(state.value - expectedUs) <= 4)
    return check('servo', 'pass', 'SERVO_OK', {
      deg: SERVO_TEST_DEG,
      us: state.value,
      restDeg: SERVO_AHEAD_DEG,
    });
  return check('servo', 'fail', 'SERVO_WRONG', { pin, value: state.value });
}

async function checkLed(robot: HardwareRobot, io: Firmata, clock: Clock): Promise<DoctorCheck> {
  const led = robot.kit.led;
  robot.led(true);
  await robot.wait(LED_TEST_MS);
  const state =
    led?.type === 'single' ? await pinState(io, clock, pinOf(robot.kit, led.pin)) : null;
  robot.led(false);
  if (led?.type === 'ws2812')
    return check('led', 'pass', 'LED_RGB_OK', { count: led.count, ms: LED_TEST_MS });
  if (state && state.value === 1) return check('led', 'pass', 'LED_OK', { ms: LED_TEST_MS });
  return check('led', 'fail', 'LED_NOT_HIGH', { pin: led?.pin ?? '?' });
}

/** A connection failure as a failed check; its error's suggestion is the fix (wrong firmware → the flash command). */
export function connectionCheck(error: unknown): DoctorCheck {
  if (!isMekongError(error)) throw error;
  const part = error.code === 'PORT_UNAVAILABLE' ? 'port' : 'firmware';
  return { part, status: 'fail', code: error.code, params: error.params };
}

/** Connects, runs every check and closes; never throws for a robot problem. */
export async function runDoctor(options: {
  kit: Kit;
  port: string;
  connect: () => Promise<HardwareRobot>;
}): Promise<DoctorReport> {
  const { kit, port } = options;
  let robot: HardwareRobot;
  try {
    robot = await options.connect();
  } catch (error) {
    const checks = [connectionCheck(error), ...wiringChecks(kit)];
    return { port, kit: kit.id, firmware: null, checks, ok: false };
  }
  let checks: DoctorCheck[];
  try {
    checks = await exerciseParts(robot);
  } catch (error) {
    if (!(error instanceof MekongError)) throw error;
    checks = [connectionCheck(error)];
  } finally {
    await robot.close();
  }
  const { name, version } = robot.session.firmware;
  return {
    port,
    kit: kit.id,
    firmware: `${name} ${version}`,
    checks,
    ok: checks.every((c) => c.status !== 'fail'),
  };
}
