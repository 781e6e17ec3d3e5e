/**
 * The kit's parts as johnny-five components on one connected board, built from the kit
 * profile, plus the Mekong sysex for what johnny-five cannot do well (two-pin HC-SR04,
 * one-message tones, WS2812 LEDs). Everything here writes to the board at once; timing
 * belongs to HardwareRobot.
 */
import type { Firmata } from 'firmata-io';
import five, {
  type Board,
  type Button,
  type Led,
  type Motor,
  type Sensor,
  type Servo,
} from 'johnny-five';
import {
  BOARDS,
  type Kit,
  type KitPin,
  type LineRawReading,
  type LineSensorId,
  type LineSensorSpec,
  type LineSpec,
  lineRawOf,
  pinNumber,
  pwmDuty,
  reflectanceOfLevel,
  SERVO_PULSE_RANGE_US,
  ultrasonicReading,
} from '../../robot/index.ts';
import { MEKONG_PING_TWO_PIN } from '../protocol/firmata-stream.ts';
import {
  decodePingTwoPin,
  ECHO_US_PER_CM,
  pingTwoPinMessage,
  rgbMessage,
  toneMessage,
} from '../protocol/mekong-sysex.ts';
import { replyEvent } from '../protocol/sysex-router.ts';
import { type Clock, sleep } from './clock.ts';
import { LatchedOutputs } from './latched-outputs.ts';
import { MOTOR_PIN_WRITES, motorOptions } from './motor-controllers.ts';

/** Longest echo we wait for, µs (about 5 m: past the HC-SR04's 4 m range). */
export const ECHO_TIMEOUT_US = 30_000;
/**
 * The firmware answers every ranging request (0 when no echo came), so a missing reply
 * means a lost link, which the link monitor reports; this only bounds the wait, ms.
 */
const PING_REPLY_TIMEOUT_MS = 1000;

/** johnny-five's direction records (Motor.dir() takes them). */
const FORWARD = { name: 'forward', value: 1 } as const;
const REVERSE = { name: 'reverse', value: 0 } as const;

type MotorState = { motor: Motor; direction: 1 | -1 | 0; speed: number; invert: boolean };

export class KitParts {
  private readonly pin: (pin: KitPin) => number;
  private readonly motors: [MotorState, MotorState];
  private readonly servo: Servo | null;
  private readonly led: Led | null;
  private readonly button: Button | Sensor | null;
  private readonly lineSensors = new Map<LineSensorId, Sensor>();
  private readonly latched: LatchedOutputs;

  constructor(
    readonly kit: Kit,
    private readonly board: Board,
    private readonly io: Firmata,
    private readonly clock: Clock,
  ) {
    this.pin = (pin) => {
      const n = pinNumber(kit.board, pin);
      if (n === undefined) throw new Error(`kit ${kit.id}: pin ${pin} does not exist`);
      return n;
    };
    const [left, right] = motorOptions(kit.motors, this.pin);
    this.latched = new LatchedOutputs(io);
    // johnny-five's Motor writes its pins when it is built (stopped, forward).
    for (const { pins } of [left, right])
      for (const [key, pin] of Object.entries(pins) as [keyof typeof pins, number][])
        this.latched.addPin(pin, MOTOR_PIN_WRITES[key]);
    this.motors = [
      {
        motor: new five.Motor({ ...left, board }),
        direction: 0,
        speed: 0,
        invert: kit.motors.left.invert,
      },
      {
        motor: new five.Motor({ ...right, board }),
        direction: 0,
        speed: 0,
        invert: kit.motors.right.invert,
      },
    ];
    this.servo = kit.servo
      ? new five.Servo({ board, pin: this.pin(kit.servo.pin), pwmRange: [...SERVO_PULSE_RANGE_US] })
      : null;
    this.led =
      kit.led?.type === 'single' ? new five.Led({ board, pin: this.pin(kit.led.pin) }) : null;
    const button = kit.button;
    this.button =
      button?.type === 'digital'
        ? new five.Button({ board, pin: this.pin(button.pin), isPullup: button.activeLow })
        : button?.type === 'analog'
          ? new five.Sensor({ board, pin: analogName(kit, button.pin), enabled: false })
          : null;
    const line = kit.lineSensors;
    for (const s of line?.sensors ?? []) {
      this.lineSensors.set(
        s.id,
        line?.output === 'analog'
          ? new five.Sensor({ board, pin: analogName(kit, s.pin), enabled: false })
          : new five.Sensor({ board, pin: this.pin(s.pin), type: 'digital', enabled: false }),
      );
    }
  }

  /** Wheel powers, percent -100..100 (the kit's `invert` flips a side). */
  setPowers(left: number, right: number): void {
    this.prepareDirections(left, right);
    this.setMotor(this.motors[0], left);
    this.setMotor(this.motors[1], right);
  }

  /**
   * Sets the direction pins (motors off) of every motor that changes direction, so that a
   * following setPowers() only sends the two PWM values: both wheels then start as close
   * together as they stop. Returns whether anything was sent.
   */
  prepareDirections(left: number, right: number): boolean {
    let sent = false;
    for (const [state, percent] of [
      [this.motors[0], left],
      [this.motors[1], right],
    ] as const) {
      const { direction } = this.target(state, percent);
      if (direction === 0 || direction === state.direction) continue;
      state.motor.dir(direction > 0 ? FORWARD : REVERSE);
      state.direction = direction;
      state.speed = 0;
      sent = true;
    }
    return sent;
  }

  private target(state: MotorState, percent: number): { direction: 1 | -1 | 0; speed: number } {
    const signed = state.invert ? -percent : percent;
    const speed = pwmDuty(signed);
    return { direction: speed === 0 ? 0 : signed > 0 ? 1 : -1, speed };
  }

  private setMotor(state: MotorState, percent: number): void {
    const { direction, speed } = this.target(state, percent);
    if (speed === 0) {
      if (state.speed !== 0) state.motor.stop();
    } else if (direction === state.direction) {
      if (speed !== state.speed) state.motor.start(speed);
    } else {
      if (direction > 0) state.motor.forward(speed);
      else state.motor.reverse(speed);
      state.direction = direction;
    }
    state.speed = speed;
  }

  /** Forgets what was sent (the board's watchdog may have switched the outputs off). */
  forgetOutputs(): void {
    for (const state of this.motors) {
      state.direction = 0;
      state.speed = -1;
    }
  }

  /**
   * Writes the outputs again as last set: motor speed and direction pins, the LED, and
   * the servo once it has been moved. Called every heartbeat, so a lost or garbled
   * message is corrected within one period.
   */
  refreshOutputs(): void {
    this.latched.refresh();
  }

  /** Pan servo to `deg` 0..180. */
  servoTo(deg: number): void {
    if (!this.servo || !this.kit.servo) return;
    this.servo.to(deg);
    this.latched.addPin(this.pin(this.kit.servo.pin), 'analog');
  }

  /** 'on', 'off' or '#rrggbb' (a single LED lights for any colour). */
  setLed(state: string): void {
    const led = this.kit.led;
    if (!led) return;
    if (led.type === 'single') {
      if (state === 'off') this.led?.off();
      else this.led?.on();
      this.latched.addPin(this.pin(led.pin), 'digital');
      return;
    }
    const hex = state === 'on' ? '#ffffff' : state === 'off' ? '#000000' : state;
    const rgb = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)) as [
      number,
      number,
      number,
    ];
    // One message per LED of the kit, never "all 12": the firmware writes the chain with
    // interrupts off (30 µs per LED), and a long chain would drop serial bytes meanwhile.
    const messages = Array.from({ length: led.count }, (_, index) =>
      rgbMessage(this.pin(led.pin), index, ...rgb),
    );
    for (const message of messages) this.io.sysexCommand(message);
    this.latched.setSysex('rgb', messages);
  }

  /** A whole beep in one message; the board times it. */
  tone(hz: number, ms: number): void {
    const buzzer = this.kit.buzzer;
    if (buzzer) this.io.sysexCommand(toneMessage(this.pin(buzzer.pin), hz, ms));
  }

  /** One ultrasonic reading, cm (ULTRASONIC_RANGE_CM), Infinity when nothing answers in range. */
  async readDistance(): Promise<number> {
    const us = this.kit.ultrasonic;
    if (!us) return Number.POSITIVE_INFINITY;
    const echoUs =
      us.type === 'hc-sr04'
        ? await this.pingTwoPin(this.pin(us.trig), this.pin(us.echo))
        : await this.pingOnePin(this.pin(us.pin));
    if (echoUs === null || echoUs === 0) return Number.POSITIVE_INFINITY;
    return ultrasonicReading(echoUs / ECHO_US_PER_CM);
  }

  /**
   * PING_READ exactly as johnny-five's Proximity (HCSR04 controller) sends it, one reading
   * per call: Proximity itself polls every 65 ms with timers it never clears, which would
   * keep the process alive and write to a closed port after an unplug.
   */
  private pingOnePin(pin: number): Promise<number | null> {
    return this.withTimeout((resolve) => {
      this.io.pingRead({ pin, value: 1, pulseOut: 5, timeout: ECHO_TIMEOUT_US }, resolve);
    });
  }

  private pingTwoPin(trig: number, echo: number): Promise<number | null> {
    return this.withTimeout((resolve) => {
      const event = replyEvent(MEKONG_PING_TWO_PIN);
      const onReply = (data: number[]) => {
        const reply = decodePingTwoPin(data);
        if (reply.trig !== trig || reply.echo !== echo) return;
        this.io.off(event, onReply);
        resolve(reply.echoUs);
      };
      this.io.on(event, onReply);
      this.io.sysexCommand(pingTwoPinMessage(trig, echo, ECHO_TIMEOUT_US));
    });
  }

  private withTimeout(start: (resolve: (us: number) => void) => void): Promise<number | null> {
    return new Promise((resolve) => {
      let done = false;
      const cancel = this.clock.setTimer(PING_REPLY_TIMEOUT_MS, () => {
        done = true;
        resolve(null);
      });
      start((us) => {
        if (done) return;
        done = true;
        cancel();
        resolve(us);
      });
    });
  }

  /** Floor reflectance under `sensor` as its module reports it, 0..1 (digital: 0 or 1). */
  lineReflectance(spec: LineSpec, sensor: LineSensorSpec): number {
    const raw = this.lineSensors.get(sensor.id)?.raw ?? 0;
    return reflectanceOfLevel(spec, spec.output === 'digital' ? raw : raw / 1023);
  }

  /** Floor reflectance under each line sensor, 0..1 (digital modules give 0 or 1). */
  readLineRaw(): LineRawReading {
    return lineRawOf(this.kit.lineSensors, (sensor, spec) => this.lineReflectance(spec, sensor));
  }

  /** Whether the button is pressed now. */
  readButton(): boolean {
    const button = this.kit.button;
    if (!button || !this.button) return false;
    if (this.button instanceof five.Button) return this.button.isDown;
    if (button.type !== 'analog') return false;
    return (this.button.raw ?? 1023) < button.pressedBelow;
  }

  /** Waits until every sensor has reported once (after connecting), at most `ms`. */
  async settle(ms: number): Promise<void> {
    const sensors = [...this.lineSensors.values()];
    if (this.button instanceof five.Sensor) sensors.push(this.button);
    const end = this.clock.now() + ms;
    while (sensors.some((s) => s.raw === null) && this.clock.now() < end)
      await sleep(this.clock, 5);
  }
}

/** 'A3' style name of an analog kit pin (johnny-five reads analog sensors by channel). */
function analogName(kit: Kit, pin: KitPin): string {
  if (typeof pin === 'string') return pin;
  return `A${pin - BOARDS[kit.board].analogBase}`;
}
