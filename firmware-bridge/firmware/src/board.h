// What the board offers, per MCU: pin count, PWM, analog channels.
// The ATmega328P build (Uno, Nano, mBot mCore) adds A6/A7 as analog-only pins 20 and 21:
// the Nano and the mCore (light sensor A6, button A7) wire them; on a DIP Uno they read noise.
#pragma once

#include <Arduino.h>
#include <stdint.h>

#if defined(__AVR_ATmega2560__)
constexpr uint8_t kTotalPins = 70;         // D0..D53, A0..A15 = 54..69
constexpr uint8_t kDigitalPins = 70;       // every pin can be digital
constexpr uint8_t kAnalogChannels = 16;
constexpr uint8_t kFirstAnalogPin = 54;
#elif defined(__AVR_ATmega328P__)
constexpr uint8_t kTotalPins = 22;         // D0..D13, A0..A5 = 14..19, A6/A7 = 20/21
constexpr uint8_t kDigitalPins = 20;       // A6/A7 are analog-only
constexpr uint8_t kAnalogChannels = 8;
constexpr uint8_t kFirstAnalogPin = 14;
#else
#error "MekongFirmata supports the ATmega328P (Uno, Nano) and the ATmega2560 (Mega)"
#endif

// Firmata ports are groups of 8 pin numbers, not AVR ports.
constexpr uint8_t kPortCount = (kTotalPins + 7) / 8;

// Pins 0 and 1 carry the host's serial line and never change mode.
inline bool pinIsUsable(uint8_t pin) { return pin >= 2 && pin < kTotalPins; }

inline bool pinIsDigital(uint8_t pin) { return pin >= 2 && pin < kDigitalPins; }

inline bool pinHasPwm(uint8_t pin) { return pinIsDigital(pin) && digitalPinHasPWM(pin); }

// Analog channel of a pin, or 0x7F when the pin has none.
inline uint8_t pinAnalogChannel(uint8_t pin) {
  if (pin < kFirstAnalogPin || pin >= kFirstAnalogPin + kAnalogChannels) return 0x7F;
  return pin - kFirstAnalogPin;
}

inline uint8_t analogChannelPin(uint8_t channel) { return kFirstAnalogPin + channel; }
