/**
 * A USB serial port (serialport 13, prebuilt binaries). The only file that imports
 * serialport (besides johnny-five-serialport/, what johnny-five itself requires):
 * everything else takes a Transport.
 */
import { stat } from 'node:fs/promises';
import { SerialPort } from 'serialport';
import { MekongError, phrase, type TextParam } from '../../robot/index.ts';
import { MEKONG_BAUD } from '../protocol/mekong-sysex.ts';
import { listSysfsPorts } from './sysfs-ports.ts';
import { Transport } from './transport.ts';
import '../texts/index.ts';

/** A serial port as the operating system lists it (ids are lower-case hex, no 0x). */
export interface SerialPortInfo {
  path: string;
  manufacturer?: string;
  serialNumber?: string;
  vendorId?: string;
  productId?: string;
}

/** How to list ports: the operating system's list (serialport's), and where sysfs is. */
export interface PortListing {
  /** Default serialport's `SerialPort.list()` (on Linux it runs `udevadm`). */
  osList?: () => Promise<SerialPortInfo[]>;
  /** Default `process.platform`. */
  platform?: NodeJS.Platform;
  /** Root of the file system read when the OS list fails on Linux. Default '/'. */
  sysfsRoot?: string;
}

/**
 * Every serial port the operating system knows (built-in ones too). On Linux, when
 * serialport's list fails (no `udevadm` on this machine), the ports come from sysfs.
 */
export async function listSerialPorts(listing: PortListing = {}): Promise<SerialPortInfo[]> {
  const { osList = serialportList, platform = process.platform, sysfsRoot = '/' } = listing;
  try {
    return await osList();
  } catch (error) {
    if (platform !== 'linux') throw error;
    return listSysfsPorts(sysfsRoot).catch(() => Promise.reject(error));
  }
}

async function serialportList(): Promise<SerialPortInfo[]> {
  const ports = await SerialPort.list();
  return ports.map((p) => ({
    path: p.path,
    ...(p.manufacturer ? { manufacturer: p.manufacturer } : {}),
    ...(p.serialNumber ? { serialNumber: p.serialNumber } : {}),
    ...(p.vendorId ? { vendorId: p.vendorId.toLowerCase() } : {}),
    ...(p.productId ? { productId: p.productId.toLowerCase() } : {}),
  }));
}

/**
 * Whether `path` is there to open: listed by the OS (Windows COM ports), or present as a
 * device file (also finds socat's pseudo-terminals, which are not listed).
 */
export async function serialPortPresent(path: string): Promise<boolean> {
  if ((await listSerialPorts()).some((p) => p.path === path)) return true;
  if (process.platform === 'win32') return false;
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

export class SerialTransport extends Transport {
  readonly description: string;
  private port: SerialPort | null = null;

  constructor(
    readonly path: string,
    private readonly baudRate = MEKONG_BAUD,
  ) {
    super();
    this.description = path;
  }

  protected openLink(): Promise<void> {
    const port = new SerialPort({ path: this.path, baudRate: this.baudRate, autoOpen: false });
    this.port = port;
    port.on('data', (data: Buffer) => this.received(data));
    port.on('close', (error?: { disconnected?: boolean }) => {
      this.markClosed(error?.disconnected ? phrase('usbUnplugged') : phrase('serialPortClosed'));
    });
    port.on('error', (error: Error) => this.markClosed(error.message));
    return new Promise((resolve, reject) => {
      port.open((error) => {
        if (!error) {
          resolve();
          return;
        }
        reject(
          new MekongError('PORT_UNAVAILABLE', { port: this.path, detail: openProblem(error) }),
        );
      });
    });
  }

  protected writeLink(data: Buffer, callback?: (error?: Error | null) => void): void {
    this.port?.write(data, (error) => callback?.(error ?? null));
  }

  protected closeLink(): Promise<void> {
    const port = this.port;
    if (!port?.isOpen) return Promise.resolve();
    // Let the last bytes (the motors' stop) leave before the port closes.
    return new Promise((resolve) => port.drain(() => port.close(() => resolve())));
  }
}

/** The OS's reason, in words a teacher can act on. */
function openProblem(error: Error): TextParam {
  const text = error.message;
  if (/ENOENT|No such file|cannot find/i.test(text)) return phrase('noSuchPort');
  if (/EACCES|Permission denied|Access denied/i.test(text)) return phrase('portPermission');
  if (/EBUSY|Resource busy|cannot lock/i.test(text)) return phrase('portBusy');
  return text;
}
