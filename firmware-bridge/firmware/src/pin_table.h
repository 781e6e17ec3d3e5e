// Firmata's view of every pin: its mode and the last value the host wrote to it.
// All mode changes and host writes go through here so the watchdog and reports know
// what each pin is doing.
#pragma once

#include <stdint.h>

// Back to power-on state: digital pins INPUT, analog-capable pins ANALOG, servos detached.
void pinsReset();
uint8_t pinsMode(uint8_t pin);
// True if the mode was applied; unsupported (pin, mode) pairs are ignored.
bool pinsSetMode(uint8_t pin, uint8_t mode);
bool pinSupportsMode(uint8_t pin, uint8_t mode);
// DIGITAL_MESSAGE: OUTPUT pins follow their bit, INPUT pins switch their pull-up.
void pinsWriteDigitalPort(uint8_t port, uint8_t value);
void pinsWriteDigitalPin(uint8_t pin, uint8_t value);
// ANALOG_MESSAGE / EXTENDED_ANALOG: PWM duty (0..255) or servo position.
void pinsWriteAnalog(uint8_t pin, uint32_t value);
// Levels of the INPUT/PULLUP pins of a Firmata port (other bits 0).
uint8_t pinsReadInputPort(uint8_t port);
// Host watchdog: every PWM pin to duty 0, every OUTPUT pin low. Modes stay.
void pinsSafeState();
// Keeps PWM pins on the alarm timer correct while it is claimed (see alarm_timer.h).
void pinsOnAlarmClaim(bool claimed);

void pinsSendCapabilities();
void pinsSendAnalogMapping();
void pinsSendState(uint8_t pin);
