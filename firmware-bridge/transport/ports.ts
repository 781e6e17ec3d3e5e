/**
 * Which serial ports are probably robots: USB vendor/product ids of the boards and
 * USB-serial chips found on donated kits, as data.
 */
import { anyPhrase, type CodedText, type PhraseCode, phrase } from '../../robot/index.ts';
import type { SerialPortInfo } from './serial-transport.ts';
import '../texts/index.ts';

export interface UsbBoardGuess {
  vendorId: string;
  /** null: any product of this vendor. */
  productId: string | null;
  /** A phrase of PHRASES, worded in the reader's language when shown. */
  guess: PhraseCode;
}

export const USB_BOARD_GUESSES: readonly UsbBoardGuess[] = [
  { vendorId: '2341', productId: null, guess: 'guessArduino' },
  { vendorId: '2a03', productId: null, guess: 'guessArduinoOrg' },
  { vendorId: '1a86', productId: '7523', guess: 'guessCh340' },
  { vendorId: '0403', productId: '6001', guess: 'guessFtdi' },
  { vendorId: '10c4', productId: 'ea60', guess: 'guessCp210x' },
];

export interface RobotPort extends SerialPortInfo {
  /** What the board probably is, from its USB ids (a phrase: localize it to show it). */
  guess: CodedText<PhraseCode>;
}

/** The board guess for a port's USB ids, or null for an unknown device. */
export function guessBoard(vendorId?: string, productId?: string): CodedText<PhraseCode> | null {
  const vendor = vendorId?.toLowerCase();
  const product = productId?.toLowerCase();
  const match = USB_BOARD_GUESSES.find(
    (g) => g.vendorId === vendor && (g.productId === null || g.productId === product),
  );
  return match ? anyPhrase(match.guess) : null;
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
      guess: guessBoard(p.vendorId, p.productId) ?? phrase('guessUnknown'),
    }))
    .sort((a, b) => a.path.localeCompare(b.path));
}
