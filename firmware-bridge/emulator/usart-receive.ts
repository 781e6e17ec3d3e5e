/**
 * Received-byte flags of an avr8js USART as the ATmega datasheet has them. avr8js 0.21.1
 * loses a received byte that the firmware has not read yet when the firmware writes
 * UCSRnA (it stores only U2X and MPCM, so RXC reads 0) or writes UCSRnB with the receiver
 * left on (it clears RXC and its pending interrupt). The Arduino core does both in its
 * transmit interrupt, so a byte arriving while the firmware transmits was dropped now and
 * then: a johnny-five motor command lost, a wheel that never started (lesson 6 on the
 * emulated board while a line sensor flickered). On the real chip RXC and UDRE are read-only
 * and RXC clears only when UDRn is read or the receiver is switched off.
 */
import type { CPU, CPUMemoryHook, usart0Config } from 'avr8js';

/** UCSRnA: receive complete; data register empty (both read-only). */
const RXC = 0x80;
const UDRE = 0x20;
/** UCSRnB: receive complete interrupt enable; receiver enable. */
const RXCIE = 0x80;
const RXEN = 0x10;

/** Wraps the USART's register hooks (install after creating the AVRUSART). */
export function keepReceivedBytes(cpu: CPU, config: typeof usart0Config): void {
  const { UCSRA, UCSRB } = config;
  const receiveComplete = {
    address: config.rxCompleteInterrupt,
    flagRegister: UCSRA,
    flagMask: RXC,
    enableRegister: UCSRB,
    enableMask: RXCIE,
  };
  const flags = () => cpu.data[UCSRA] ?? 0;
  const writeA = cpu.writeHooks[UCSRA] as CPUMemoryHook;
  cpu.writeHooks[UCSRA] = (value, oldValue, address, mask) => {
    const kept = flags() & (RXC | UDRE);
    const handled = writeA(value, oldValue, address, mask);
    cpu.data[UCSRA] = (flags() & ~(RXC | UDRE)) | kept;
    return handled;
  };
  const writeB = cpu.writeHooks[UCSRB] as CPUMemoryHook;
  cpu.writeHooks[UCSRB] = (value, oldValue, address, mask) => {
    const unread = (flags() & RXC) !== 0;
    const handled = writeB(value, oldValue, address, mask);
    // setInterruptFlag reads the enable bit from UCSRB, which now holds `value`.
    if (unread && value & RXEN) cpu.setInterruptFlag(receiveComplete);
    else if (unread) cpu.clearInterrupt(receiveComplete);
    return handled;
  };
}
