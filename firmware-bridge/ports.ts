/**
 * Which serial ports are probably robots: USB vendor/product ids of the boards and
 * USB-serial chips found on donated kits, as data.
 */
import type { SerialPortInfo } from './transport/serial-transport.ts';

export interface UsbBoardGuess {
  vendorId: string;
  /** null: any product of this vendor. */
  productId: string | null;
  guess: string;
}

export const USB_BOARD_GUESSES: readonly UsbBoardGuess[] = [
  { vendorId: '2341', productId: null, guess: 'Arduino (genuine Uno, Mega, Nano)' },
  { vendorId: '2a03', productId: null, guess: 'Arduino (arduino.org Uno, Mega)' },
  { vendorId: '1a86', productId: '7523', guess: 'CH340 USB-serial (Uno/Nano clone, mBot)' },
  { vendorId: '0403', productId: '6001', guess: 'FTDI FT232 USB-serial (older Nano)' },
  { vendorId: '10c4', productId: 'ea60', guess: 'CP210x USB-serial (clone board)' },
];

export interface RobotPort extends SerialPortInfo {
  /** What the board probably is, from its USB ids. */
  guess: string;
}

/** The board guess for a port's USB ids, or null for an unknown device. */
export function guessBoard(vendorId?: string, productId?: string): string | null {
  const vendor = vendorId?.toLowerCase();
  const product = productId?.toLowerCase();
  const match = USB_BOARD_GUESSES.find(
    (g) => g.vendorId === vendor && (g.productId === null || g.productId === product),
  );
  return match?.guess ?? null;
}

/**
 * USB serial ports with a board guess. Built-in serial ports (/dev/ttyS*, without USB ids)
 * are left out: no robot is ever there.
 */
export function robotPorts(ports: readonly SerialPortInfo[]): RobotPort[] {
  return ports
    .filter((p) => !/^\/dev\/ttyS\d+$/.test(p.path) && p.vendorId !== undefined)
    .map((p) => ({
      ...p,
      guess: guessBoard(p.vendorId, p.productId) ?? 'unknown USB serial device',
    }))
    .sort((a, b) => a.path.localeCompare(b.path));
}
