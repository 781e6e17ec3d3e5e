/**
 * What johnny-five and its `firmata` package get when they require "serialport" in this
 * package (package.json "overrides" link it here): serialport 8's API on serialport 13,
 * with our firmware's heartbeat.
 *
 * johnny-five 2.1 was written for serialport 8: `new five.Board({ port })` makes firmata
 * call `new SerialPort(path, options)`, and `new five.Board()` calls `serialport.list()`.
 * serialport 13 (the one we use: prebuilt binaries, where serialport 8 needs a compiler
 * that teachers' laptops lack) exports `{ SerialPort }` taking `{ path, ... }`, so both
 * forms failed ("Transport is not a constructor", "serialport.list is not a function").
 *
 * Our firmware switches its outputs off after 0.5 s without a byte from the host
 * (PROTOCOL.md, "03 WATCHDOG"), and a plain johnny-five program sends nothing while it
 * only waits, so this port sends HEARTBEAT `F0 04 F7` every 200 ms: the motors run while
 * the program runs and stop half a second after the cable comes out or the program ends.
 * It starts once the board has spoken, so the bootloader that runs while the board resets
 * on open never sees it (a stream of bytes keeps the Mega's bootloader from starting the
 * program). Other Firmata firmware ignores the message (sysex 04 is user-defined).
 *
 * Plain JavaScript, not TypeScript: Node loads it from johnny-five's require(), without
 * our TypeScript hooks.
 */
'use strict';

const { readdir } = require('node:fs/promises');
const { SerialPort: SerialPort13 } = require('serialport');

/** HEARTBEAT (firmware/PROTOCOL.md "04 HEARTBEAT"): feeds the watchdog, no reply. */
const HEARTBEAT = [0xf0, 0x04, 0xf7];

/** Heartbeat period, ms: under the firmware's 500 ms watchdog with room for a late timer. */
const HEARTBEAT_MS = 200;

/** The USB serial ports johnny-five looks for on Linux (it takes the first). */
const USB_TTY = /^tty(USB|ACM)\d+$/;

/**
 * serialport 8's port: `new SerialPort(path, options?, openCallback?)`, opened at once.
 * serialport 13 does the work; options are serialport 13's (`baudRate`, default 9600 as
 * in serialport 8).
 */
class SerialPort extends SerialPort13 {
  /** @type {ReturnType<typeof setInterval> | undefined} */
  #heartbeat;

  /**
   * @param {string} path
   * @param {Record<string, unknown> | ((error: Error | null) => void)} [options]
   * @param {(error: Error | null) => void} [openCallback]
   */
  constructor(path, options = {}, openCallback = undefined) {
    const [settings, callback] =
      typeof options === 'function' ? [{}, options] : [options, openCallback];
    super({ baudRate: 9600, ...settings, path }, callback);
    this.once('data', () => this.#startHeartbeat());
    this.once('close', () => clearInterval(this.#heartbeat));
  }

  #startHeartbeat() {
    if (!this.isOpen) return;
    this.#heartbeat = setInterval(() => {
      if (this.isOpen) this.write(Buffer.from(HEARTBEAT));
    }, HEARTBEAT_MS);
    // The open port keeps a program alive; the heartbeat alone never does.
    this.#heartbeat.unref();
  }

  /**
   * serialport's list of ports. On Linux without `udevadm` (which serialport runs) it
   * fails; then the USB serial ports in /dev are what johnny-five needs.
   * @override
   * @returns {Promise<{ path: string }[]>}
   */
  static list() {
    return SerialPort13.list().catch((/** @type {unknown} */ error) => {
      if (process.platform !== 'linux') throw error;
      return usbTtys('/dev');
    });
  }
}

/**
 * The USB serial ports (ttyUSB*, ttyACM*) in a /dev folder, sorted.
 * @param {string} devDir
 * @returns {Promise<{ path: string }[]>}
 */
async function usbTtys(devDir) {
  const names = await readdir(devDir);
  return names
    .filter((name) => USB_TTY.test(name))
    .sort()
    .map((name) => ({ path: `${devDir}/${name}` }));
}

module.exports = SerialPort;
module.exports.SerialPort = SerialPort;
module.exports.HEARTBEAT = HEARTBEAT;
module.exports.HEARTBEAT_MS = HEARTBEAT_MS;
module.exports.usbTtys = usbTtys;
