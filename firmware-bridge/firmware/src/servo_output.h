// Servo pulses on any digital pin, scheduled from the alarm timer (channel A), so the
// Arduino core's Timer1 PWM (pins 9/10 on the Uno) keeps working. Pulses go out one servo
// after another inside a 20 ms frame; a servo gets no pulse until its first position.
#pragma once

#include <stdint.h>

constexpr uint8_t kMaxServos = 8;
constexpr uint16_t kServoDefaultMinUs = 544;
constexpr uint16_t kServoDefaultMaxUs = 2400;

bool servoAttach(uint8_t pin);
void servoDetach(uint8_t pin);
void servoDetachAll();
// Pulse range for degree writes and the clamp for µs writes.
void servoSetRange(uint8_t pin, uint16_t minUs, uint16_t maxUs);
// value < 544: degrees (0..180, larger is 180); otherwise µs, clamped to the range.
// Returns the pulse width in µs now sent.
uint16_t servoWrite(uint8_t pin, uint16_t value);
