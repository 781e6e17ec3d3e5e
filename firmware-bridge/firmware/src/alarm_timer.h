// Two independent one-shot alarms on one hardware timer, each re-armed by its handler.
// Servo pulses use channel A, tones channel B. The timer runs free in normal mode and each
// alarm adds its delay to its compare register, so timing never drifts with ISR latency.
//
// Timer used (its PWM pins lose PWM while an alarm runs; see PROTOCOL.md):
//   ATmega328P: Timer2 (8-bit, /32 = 2 µs ticks)  -> pins 3 and 11
//   ATmega2560: Timer5 (16-bit, /8 = 0.5 µs ticks) -> pins 44, 45 and 46
// While no alarm runs the timer is handed back to the Arduino core's PWM setup.
#pragma once

#include <stdint.h>

#if defined(__AVR_ATmega2560__)
constexpr uint32_t kAlarmTicksPerSecond = 2000000UL;
constexpr uint16_t kAlarmMinTicks = 64;  // 32 µs: shortest delay an alarm may ask for
constexpr uint8_t kAlarmPwmPins[] = {44, 45, 46};
#else
constexpr uint32_t kAlarmTicksPerSecond = 500000UL;
constexpr uint16_t kAlarmMinTicks = 16;  // 32 µs
constexpr uint8_t kAlarmPwmPins[] = {3, 11};
#endif

inline uint16_t alarmTicksFromMicros(uint16_t us) {
  return static_cast<uint16_t>(static_cast<uint32_t>(us) * (kAlarmTicksPerSecond / 500000UL) / 2);
}

enum AlarmChannel : uint8_t { kAlarmServo = 0, kAlarmTone = 1 };

// Called from the timer ISR at the alarm time; returns ticks until the next call,
// or 0 to stop the channel. Returned delays shorter than kAlarmMinTicks are stretched.
typedef uint16_t (*AlarmHandler)();
// Told (outside interrupts) when the timer is taken from or handed back to PWM.
typedef void (*AlarmClaimListener)(bool claimed);

void alarmSetClaimListener(AlarmClaimListener listener);
void alarmStart(AlarmChannel channel, AlarmHandler handler, uint16_t firstDelayTicks);
void alarmStop(AlarmChannel channel);
bool alarmRunning(AlarmChannel channel);
bool alarmTimerClaimed();
// Hands the timer back to PWM once both channels have stopped. Call from loop().
void alarmPoll();
bool alarmPinLosesPwm(uint8_t pin);
