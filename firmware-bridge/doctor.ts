/**
 * `mekong doctor`: checks a robot part by part and says how to fix what fails. The kit's
 * wiring is checked against the board and the firmware's timer table; then every part is
 * exercised and, where the firmware can tell, read back (Firmata PIN_STATE_QUERY).
 */
import type { Firmata } from 'firmata-io';
import {
  BOARDS,
  isMekongError,
  type Kit,
  type Lang,
  MekongError,
  pinNumber,
} from '../robot/index.ts';
import type { Clock } from './clock.ts';
import { ALARM_TIMER } from './firmware-timers.ts';
import type { HardwareRobot } from './hardware-robot.ts';
import { SERVO_PWM_RANGE } from './kit-parts.ts';
import { motorOptions } from './motor-controllers.ts';
import { WATCHDOG_DEFAULT_MS } from './protocol/mekong-sysex.ts';

export type CheckStatus = 'pass' | 'warn' | 'fail' | 'info';

export interface DoctorCheck {
  part: string;
  status: CheckStatus;
  detail: string;
  /** What to do about a warning or a failure. */
  fix?: string;
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

/** Wiring checks that need no board: PWM pins and the servo/tone timer conflict. */
export function wiringChecks(kit: Kit): DoctorCheck[] {
  const checks: DoctorCheck[] = [];
  const board = BOARDS[kit.board];
  const pwmPins = motorOptions(kit.motors, (p) => pinOf(kit, p)).map((o) => o.pins.pwm);
  const notPwm = pwmPins.filter((p) => !(board.pwmPins as readonly number[]).includes(p));
  checks.push(
    notPwm.length === 0
      ? { part: 'motor pins', status: 'pass', detail: `PWM on pins ${pwmPins.join(' and ')}` }
      : {
          part: 'motor pins',
          status: 'fail',
          detail: `pin ${notPwm.join(', ')} cannot do PWM on a ${kit.board}, so that motor cannot change speed`,
          fix: `Move the motor driver's speed wire to one of pins ${board.pwmPins.join(', ')} and change motors in the kit file.`,
        },
  );
  const alarm = ALARM_TIMER[kit.board];
  const users = [kit.servo ? 'servo' : null, kit.buzzer ? 'buzzer' : null].filter(Boolean);
  const clash = pwmPins.filter((p) => (alarm.losesPwm as readonly number[]).includes(p));
  if (users.length > 0 && clash.length > 0) {
    checks.push({
      part: 'timers',
      status: 'warn',
      detail: `the ${users.join(' and ')} use ${alarm.timer}, which also makes the PWM of motor pin ${clash.join(', ')}: that motor runs only full or off while the ${users.join(' or ')} works`,
      fix: `Move that motor's speed wire to a PWM pin that is not ${alarm.losesPwm.join(' or ')} (e.g. ${board.pwmPins.filter((p) => !(alarm.losesPwm as readonly number[]).includes(p)).join(', ')}).`,
    });
  } else {
    checks.push({
      part: 'timers',
      status: 'pass',
      detail: `no motor PWM pin shares ${alarm.timer} with the servo or buzzer`,
    });
  }
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
  checks.push({
    part: 'firmware',
    status: 'pass',
    detail: `${firmware.name} ${firmware.version} (Firmata ${firmware.protocol})`,
  });
  checks.push(
    watchdogMs === WATCHDOG_DEFAULT_MS
      ? {
          part: 'watchdog',
          status: 'pass',
          detail: `motors stop ${watchdogMs} ms after the computer goes quiet`,
        }
      : {
          part: 'watchdog',
          status: 'warn',
          detail: Number.isNaN(watchdogMs) ? 'the board did not say' : `set to ${watchdogMs} ms`,
          fix: 'Flash the current Mekong firmware.',
        },
  );
  await robot.wait(250);
  checks.push({
    part: 'link',
    status: 'pass',
    detail: `heartbeat round trip ${Number.isNaN(robot.roundTripMs) ? '?' : Math.round(robot.roundTripMs)} ms`,
  });
  checks.push(
    identity === null
      ? { part: 'identity', status: 'info', detail: 'no robot name stored on the board' }
      : identity.kitId && identity.kitId !== kit.id
        ? {
            part: 'identity',
            status: 'warn',
            detail: `the board says it is "${identity.name}", a ${identity.kitId} kit, not ${kit.id}`,
            fix: `Run again with --kit ${identity.kitId}, or store the right kit on the board.`,
          }
        : {
            part: 'identity',
            status: 'pass',
            detail: `"${identity.name}" (${identity.kitId || 'no kit stored'})`,
          },
  );
  checks.push(...wiringChecks(kit));
  checks.push(await checkMotors(robot, io, clock));
  if (kit.ultrasonic) checks.push(await checkUltrasonic(robot));
  if (kit.lineSensors) {
    const raw = (await robot.lineRaw()) as unknown as Record<string, number>;
    const values = Object.entries(raw).map(([id, v]) => `${id} ${Math.round(v * 100) / 100}`);
    checks.push({
      part: 'line sensors',
      status: 'pass',
      detail: `${values.join(', ')} (0 = dark line, 1 = light floor)`,
    });
  }
  if (kit.servo) checks.push(await checkServo(robot, io, clock, pinOf(kit, kit.servo.pin)));
  if (kit.led) checks.push(await checkLed(robot, io, clock));
  if (kit.buzzer) {
    await robot.beep(880, 150);
    const state = await pinState(io, clock, pinOf(kit, kit.buzzer.pin));
    checks.push(
      state && state.mode === io.MODES.OUTPUT
        ? { part: 'buzzer', status: 'pass', detail: 'played 880 Hz for 150 ms (did you hear it?)' }
        : {
            part: 'buzzer',
            status: 'fail',
            detail: 'the board did not take the tone',
            fix: `Check the buzzer wire on pin ${kit.buzzer.pin}.`,
          },
    );
  }
  if (kit.button) {
    const pressed = await robot.button();
    checks.push({
      part: 'button',
      status: 'pass',
      detail: pressed ? 'pressed now' : 'not pressed now',
    });
  }
  return checks;
}

async function checkMotors(robot: HardwareRobot, io: Firmata, clock: Clock): Promise<DoctorCheck> {
  const { kit } = robot;
  const [left, right] = motorOptions(kit.motors, (p) => pinOf(kit, p));
  const sides = [
    { name: 'left', options: left, invert: kit.motors.left.invert, drive: [40, 0] as const },
    { name: 'right', options: right, invert: kit.motors.right.invert, drive: [0, 40] as const },
  ];
  const problems: string[] = [];
  for (const side of sides) {
    robot.drive(side.drive[0], side.drive[1]);
    await robot.wait(150);
    const state = await pinState(io, clock, side.options.pins.pwm);
    robot.stop();
    await robot.wait(50);
    const speed = Math.round(0.4 * 255);
    const forwardDir = !side.invert;
    const expected = side.options.invertPWM && forwardDir ? 255 - speed : speed;
    if (!state || state.mode !== io.MODES.PWM || state.value !== expected)
      problems.push(
        `${side.name} (PWM pin ${side.options.pins.pwm} reads ${state ? state.value : 'nothing'}, expected ${expected})`,
      );
  }
  return problems.length === 0
    ? {
        part: 'motors',
        status: 'pass',
        detail: 'left and right took 40 % power (did both wheels turn forward?)',
      }
    : {
        part: 'motors',
        status: 'fail',
        detail: `the board did not take the motor speed: ${problems.join('; ')}`,
        fix: 'Check that the kit file names the pins your driver is wired to.',
      };
}

async function checkUltrasonic(robot: HardwareRobot): Promise<DoctorCheck> {
  const us = robot.kit.ultrasonic;
  const first = await robot.distance();
  const cm = Number.isFinite(first) ? first : await robot.distance();
  if (Number.isFinite(cm))
    return { part: 'ultrasonic', status: 'pass', detail: `reads ${cm.toFixed(1)} cm` };
  const wiring =
    us?.type === 'hc-sr04' ? `trig → ${us.trig}, echo → ${us.echo}` : `signal → ${us?.pin}`;
  return {
    part: 'ultrasonic',
    status: 'fail',
    detail: 'no echo: the sensor measured nothing',
    fix: `Check the trig/echo pins (${wiring}) and the sensor's 5 V and GND, then hold your hand 20 cm in front of it and run the doctor again.`,
  };
}

async function checkServo(
  robot: HardwareRobot,
  io: Firmata,
  clock: Clock,
  pin: number,
): Promise<DoctorCheck> {
  await robot.servo(45);
  const state = await pinState(io, clock, pin);
  await robot.servo(90);
  const [min, max] = SERVO_PWM_RANGE;
  const expectedUs = Math.round(min + (45 / 180) * (max - min));
  if (state && state.mode === io.MODES.SERVO && Math.abs(state.value - expectedUs) <= 4)
    return {
      part: 'servo',
      status: 'pass',
      detail: `turned to 45° (${state.value} µs pulses) and back to 90°`,
    };
  return {
    part: 'servo',
    status: 'fail',
    detail: `the board did not take the servo position (pin ${pin} reads ${state ? state.value : 'nothing'})`,
    fix: `Check the servo's signal wire on pin ${pin}.`,
  };
}

async function checkLed(robot: HardwareRobot, io: Firmata, clock: Clock): Promise<DoctorCheck> {
  const led = robot.kit.led;
  robot.led(true);
  await robot.wait(300);
  const state =
    led?.type === 'single' ? await pinState(io, clock, pinOf(robot.kit, led.pin)) : null;
  robot.led(false);
  if (led?.type === 'ws2812')
    return {
      part: 'led',
      status: 'pass',
      detail: `${led.count} RGB LEDs lit white for 0.3 s (did you see them?)`,
    };
  if (state && state.value === 1) return { part: 'led', status: 'pass', detail: 'lit for 0.3 s' };
  return {
    part: 'led',
    status: 'fail',
    detail: 'the LED pin did not go high',
    fix: `Check the LED on pin ${led?.pin}.`,
  };
}

/** A connection failure as a failed check with its fix (wrong firmware → the flash command). */
export function connectionCheck(error: unknown, lang: Lang): DoctorCheck {
  if (!isMekongError(error)) throw error;
  const { message, suggestion } = error.text(lang);
  const part = error.code === 'PORT_UNAVAILABLE' ? 'port' : 'firmware';
  return { part, status: 'fail', detail: message, fix: suggestion };
}

/** Connects, runs every check and closes; never throws for a robot problem. */
export async function runDoctor(options: {
  kit: Kit;
  port: string;
  lang: Lang;
  connect: () => Promise<HardwareRobot>;
}): Promise<DoctorReport> {
  const { kit, port, lang } = options;
  let robot: HardwareRobot;
  try {
    robot = await options.connect();
  } catch (error) {
    const checks = [connectionCheck(error, lang), ...wiringChecks(kit)];
    return { port, kit: kit.id, firmware: null, checks, ok: false };
  }
  let checks: DoctorCheck[];
  try {
    checks = await exerciseParts(robot);
  } catch (error) {
    if (!(error instanceof MekongError)) throw error;
    checks = [connectionCheck(error, lang)];
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
