// Types for firmata-io 2.3.0 (it ships none): only what firmware-bridge uses.
declare module 'firmata-io' {
  import type { EventEmitter } from 'node:events';

  export interface FirmataPin {
    supportedModes: number[];
    /** 127 when the pin has no analog channel. */
    analogChannel: number;
    mode?: number;
    value?: number;
    /** Value reported by PIN_STATE_QUERY (duty, servo µs, level). */
    state?: number;
  }

  export interface FirmataOptions {
    /** ms to wait for the unasked REPORT_VERSION before asking for it. Default 5000. */
    reportVersionTimeout?: number;
    samplingInterval?: number;
    skipCapabilities?: boolean;
  }

  /** The transport firmata-io drives: emits 'open', 'data' (Buffer), 'close', 'error'. */
  export interface FirmataTransportLike extends EventEmitter {
    write(data: Buffer, callback?: (error?: Error | null) => void): unknown;
  }

  export class Firmata extends EventEmitter {
    constructor(transport: FirmataTransportLike, options?: FirmataOptions);
    static SYSEX_RESPONSE: Record<number, ((board: Firmata) => void) | undefined>;
    readonly MODES: Readonly<Record<string, number>>;
    readonly HIGH: 1;
    readonly LOW: 0;
    isReady: boolean;
    versionReceived: boolean;
    version: { major?: number; minor?: number };
    firmware: { name?: string; version?: { major: number; minor: number } };
    pins: FirmataPin[];
    analogPins: number[];
    transport: FirmataTransportLike;
    /** Bytes written but not yet confirmed by the transport. */
    pending: number;
    reportVersionTimeoutId?: ReturnType<typeof setTimeout>;
    reportVersion(callback: () => void): void;
    queryFirmware(callback: () => void): void;
    pinMode(pin: number, mode: number): this;
    digitalWrite(pin: number, value: 0 | 1): this;
    analogWrite(pin: number, value: number): this;
    pingRead(
      options: { pin: number; value: 0 | 1; pulseOut?: number; timeout?: number },
      callback: (microseconds: number) => void,
    ): void;
    /** Asks the firmware for a pin's mode and value; `pins[pin]` holds them in `callback`. */
    queryPinState(pin: number, callback: () => void): void;
    sysexCommand(message: number[]): this;
    sysexResponse(command: number, handler: (this: Firmata, data: number[]) => void): this;
    clearSysexResponse(command: number): void;
    reset(): void;
  }

  interface BindTransport {
    (transport: unknown): typeof Firmata;
    Firmata: typeof Firmata;
  }

  const bindTransport: BindTransport;
  export default bindTransport;
}
