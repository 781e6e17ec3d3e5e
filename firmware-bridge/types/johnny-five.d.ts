// Types for johnny-five 2.1.0 (it ships none): only the parts firmware-bridge builds.
declare module 'johnny-five' {
  import type { EventEmitter } from 'node:events';
  import type { Firmata } from 'firmata-io';

  export interface BoardOptions {
    /** A connected Firmata; without it johnny-five opens `port` with serialport. */
    io?: Firmata;
    /** Serial port path; without `io` and `port` johnny-five takes the first USB port. */
    port?: string;
    repl?: boolean;
    debug?: boolean;
    sigint?: boolean;
    /** ms johnny-five waits for "ready" before its own error. */
    timeout?: number;
  }

  export class Board extends EventEmitter {
    constructor(options?: BoardOptions);
    readonly io: Firmata;
    isReady: boolean;
    /** johnny-five's connect timeout (cleared when the board is ready). */
    timer: ReturnType<typeof setTimeout> | null;
  }

  interface ComponentOptions {
    board: Board;
  }

  export class Led {
    constructor(options: ComponentOptions & { pin: number });
    on(): this;
    off(): this;
    /** Toggles every `ms` ms (johnny-five's timer) until `stop()`. */
    blink(ms: number): this;
    stop(): this;
  }

  export interface MotorOptions extends ComponentOptions {
    pins: { pwm: number; dir?: number; cdir?: number };
    /** PWM values (0..255) below this are sent as 0. Default 30. */
    threshold?: number;
    /** Send 255 - speed while the direction pin is high (drivers with two PWM inputs). */
    invertPWM?: boolean;
  }

  export class Motor {
    constructor(options: MotorOptions);
    /** speed 0..255 */
    forward(speed: number): this;
    reverse(speed: number): this;
    stop(): this;
    /** speed 0..255 in the current direction */
    start(speed: number): this;
    /** Sets the direction pins with the motor off. */
    dir(direction: { name: 'forward' | 'reverse'; value: 0 | 1 }): this;
  }

  export class Servo {
    constructor(options: ComponentOptions & { pin: number; pwmRange?: [number, number] });
    /** degrees 0..180 */
    to(degrees: number): this;
  }

  export class Button extends EventEmitter {
    constructor(options: ComponentOptions & { pin: number; isPullup?: boolean; invert?: boolean });
    readonly isDown: boolean;
  }

  export class Sensor extends EventEmitter {
    constructor(
      options: ComponentOptions & {
        pin: number | string;
        type?: 'analog' | 'digital';
        /** false: no event timer (read `raw` instead). */
        enabled?: boolean;
      },
    );
    /** Last reading: 0..1023 (analog) or 0/1 (digital); null before the first. */
    readonly raw: number | null;
    disable(): this;
  }

  export class Proximity extends EventEmitter {
    constructor(options: ComponentOptions & { controller: string; pin: number | string });
    readonly cm: number;
  }

  /** A Piezo controller: property descriptors (initialize, frequency, tone, noTone, …). */
  export type PiezoController = Record<string, PropertyDescriptor>;

  export class Piezo {
    constructor(options: ComponentOptions & { pin: number; controller?: PiezoController });
    readonly isPlaying: boolean;
    /** `hz` Hz for `ms` ms. */
    frequency(hz: number, ms?: number): this;
    /** A note name such as 'A4' or 'c#5', for `ms` ms. */
    note(note: string, ms: number): this;
    /** A song: notes and beats, as johnny-five's Piezo.play takes them. */
    play(
      tune: { song: (string | number | null | [string | number | null, number])[]; tempo?: number },
      done?: () => void,
    ): this;
    noTone(): this;
    off(): this;
  }

  const five: {
    Board: typeof Board;
    Led: typeof Led;
    Motor: typeof Motor;
    Servo: typeof Servo;
    Button: typeof Button;
    Sensor: typeof Sensor;
    Proximity: typeof Proximity;
    Piezo: typeof Piezo;
  };
  export default five;
}
