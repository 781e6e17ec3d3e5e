/**
 * Serial ports as Linux's sysfs shows them, for machines without `udevadm`. serialport 13
 * lists Linux ports by running `udevadm info -e`; where that program is missing (containers,
 * minimal installs, this project's own test machine) the list call fails with "spawn
 * udevadm ENOENT", and `mekong list` and `mekong flash` failed with it. The kernel has what
 * we use: every tty under /sys/class/tty with a `device` link is a real port (virtual
 * consoles and pseudo-terminals have none), and a USB one finds its ids in the USB device
 * folder above its interface (`idVendor`, `idProduct`, `manufacturer`, `serial`).
 */
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { SerialPortInfo } from './serial-transport.ts';

/**
 * Every tty with a device behind it, with its USB ids and names where it is a USB device.
 * @param root the file system root holding `sys/class/tty` (tests pass a folder of fakes).
 */
export async function listSysfsPorts(root = '/'): Promise<SerialPortInfo[]> {
  const classDir = join(root, 'sys/class/tty');
  const ports: SerialPortInfo[] = [];
  for (const name of await readdir(classDir)) {
    const device = await realpath(join(classDir, name, 'device')).catch(() => null);
    if (device === null) continue;
    const usb = await usbDeviceAbove(device, join(root, 'sys'));
    ports.push({ path: `/dev/${name}`, ...(usb ? await usbInfo(usb) : {}) });
  }
  return ports.sort((a, b) => a.path.localeCompare(b.path));
}

/** The nearest folder at or above `folder` that has `idVendor` (a USB device), or null. */
async function usbDeviceAbove(folder: string, sysRoot: string): Promise<string | null> {
  for (let dir = folder; dir.startsWith(sysRoot) && dir !== sysRoot; dir = dirname(dir)) {
    if (await isFile(join(dir, 'idVendor'))) return dir;
  }
  return null;
}

async function usbInfo(dir: string): Promise<Omit<SerialPortInfo, 'path'>> {
  const read = (file: string) =>
    readFile(join(dir, file), 'utf8').then(
      (text) => text.trim() || undefined,
      () => undefined,
    );
  const [vendorId, productId, manufacturer, serialNumber] = await Promise.all(
    ['idVendor', 'idProduct', 'manufacturer', 'serial'].map(read),
  );
  return {
    ...(manufacturer ? { manufacturer } : {}),
    ...(serialNumber ? { serialNumber } : {}),
    ...(vendorId ? { vendorId: vendorId.toLowerCase() } : {}),
    ...(productId ? { productId: productId.toLowerCase() } : {}),
  };
}

async function isFile(path: string): Promise<boolean> {
  return stat(path).then(
    (s) => s.isFile(),
    () => false,
  );
}
