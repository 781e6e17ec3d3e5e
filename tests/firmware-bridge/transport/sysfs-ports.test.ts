/**
 * Listing serial ports where `udevadm` is missing: serialport's list fails with "spawn
 * udevadm ENOENT", and the ports come from a sysfs tree (a fake one in a temp folder,
 * laid out as Linux 6 lays out a CH340, an Arduino Uno's 16U2, a built-in port and a
 * virtual console).
 */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { flashCommand } from '../../../cli/commands/flash.ts';
import { listCommand } from '../../../cli/commands/list.ts';
import { wallClock } from '../../../firmware-bridge/bridge/clock.ts';
import { listSerialPorts } from '../../../firmware-bridge/transport/serial-transport.ts';
import { listSysfsPorts } from '../../../firmware-bridge/transport/sysfs-ports.ts';

const now = () => performance.now();

interface FakeTty {
  name: string;
  /** Under /sys/devices; none for a virtual tty. */
  device?: string;
  /** Files of the USB device folder above `device`. */
  usb?: Record<string, string>;
}

/** A fake root with /sys/class/tty/<name> links into /sys/devices, as the kernel has them. */
function fakeSysfs(ttys: FakeTty[]) {
  const root = mkdtempSync(join(tmpdir(), 'mekong-sysfs-'));
  const classDir = join(root, 'sys/class/tty');
  mkdirSync(classDir, { recursive: true });
  for (const tty of ttys) {
    const ttyDir = join(root, 'sys/devices', tty.device ?? 'virtual', 'tty', tty.name);
    mkdirSync(ttyDir, { recursive: true });
    symlinkSync(relative(classDir, ttyDir), join(classDir, tty.name));
    if (tty.device) {
      const deviceDir = join(root, 'sys/devices', tty.device);
      symlinkSync(relative(ttyDir, deviceDir), join(ttyDir, 'device'));
    }
    if (tty.usb && tty.device) {
      // The ids live in the USB device folder, the interface's parent (1-1 above 1-1:1.0).
      const usbDir = join(root, 'sys/devices', dirname(tty.device));
      for (const [file, text] of Object.entries(tty.usb))
        writeFileSync(join(usbDir, file), `${text}\n`);
    }
  }
  return root;
}

const udevadmMissing = async () => {
  throw Object.assign(new Error('spawn udevadm ENOENT'), {
    code: 'ENOENT',
    syscall: 'spawn udevadm',
  });
};

const CLASSROOM: FakeTty[] = [
  { name: 'tty0' },
  { name: 'ttyS0', device: 'pnp0/00:00/00:00:0/00:00:0.0' },
  {
    name: 'ttyUSB0',
    device: 'pci0000:00/0000:00:14.0/usb1/1-1/1-1:1.0/ttyUSB0',
    usb: { idVendor: '1a86', idProduct: '7523', manufacturer: '' },
  },
  {
    name: 'ttyACM0',
    device: 'pci0000:00/0000:00:14.0/usb1/1-2/1-2:1.0',
    usb: {
      idVendor: '2341',
      idProduct: '0043',
      manufacturer: 'Arduino (www.arduino.cc)',
      serial: '95530343',
    },
  },
];

describe('serial ports without udevadm', () => {
  it('reads ports and their USB ids from sysfs; virtual ttys are left out', async () => {
    expect(await listSysfsPorts(fakeSysfs(CLASSROOM))).toEqual([
      {
        path: '/dev/ttyACM0',
        manufacturer: 'Arduino (www.arduino.cc)',
        serialNumber: '95530343',
        vendorId: '2341',
        productId: '0043',
      },
      { path: '/dev/ttyS0' },
      { path: '/dev/ttyUSB0', vendorId: '1a86', productId: '7523' },
    ]);
  });

  it('falls back to sysfs on Linux when serialport cannot run udevadm, and not elsewhere', async () => {
    const sysfsRoot = fakeSysfs(CLASSROOM);
    const ports = await listSerialPorts({ osList: udevadmMissing, platform: 'linux', sysfsRoot });
    expect(ports.map((p) => p.path)).toEqual(['/dev/ttyACM0', '/dev/ttyS0', '/dev/ttyUSB0']);
    await expect(
      listSerialPorts({ osList: udevadmMissing, platform: 'darwin', sysfsRoot }),
    ).rejects.toThrow('udevadm');
  });

  it('`mekong list` and `mekong flash --all` work from the sysfs list', async () => {
    const sysfsRoot = fakeSysfs(CLASSROOM);
    const listPorts = () =>
      listSerialPorts({ osList: udevadmMissing, platform: 'linux', sysfsRoot });
    let out = '';
    const io = { stdout: { write: (t: string) => (out += t) }, stderr: { write: () => true } };
    const open = () => {
      throw new Error('not probed');
    };
    expect(await listCommand({ lang: 'en' }, io, now, { listPorts, open })).toBe(0);
    expect(out).toBe(
      '/dev/ttyACM0  Arduino (genuine Uno, Mega, Nano) [2341:0043]\n' +
        '/dev/ttyUSB0  CH340 USB-serial (Uno/Nano clone, mBot) [1a86:7523]\n',
    );

    // No USB board in this tree: flash says so instead of crashing.
    const bare = fakeSysfs(CLASSROOM.slice(0, 2));
    const system = {
      listPorts: () =>
        listSerialPorts({ osList: udevadmMissing, platform: 'linux', sysfsRoot: bare }),
      openPort: open,
      clock: wallClock(now),
    };
    await expect(flashCommand({ all: true, lang: 'en' }, io, now, system)).rejects.toMatchObject({
      code: 'FLASH_NO_BOARD',
    });
  });
});
