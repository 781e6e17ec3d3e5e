#include "alarm_timer.h"

#include <avr/interrupt.h>
#include <avr/io.h>
#include <util/atomic.h>

#if defined(__AVR_ATmega2560__)
#define ALARM_TCCRA TCCR5A
#define ALARM_TCCRB TCCR5B
#define ALARM_TCNT TCNT5
#define ALARM_OCRA OCR5A
#define ALARM_OCRB OCR5B
#define ALARM_TIMSK TIMSK5
#define ALARM_TIFR TIFR5
#define ALARM_OCIEA OCIE5A
#define ALARM_OCIEB OCIE5B
#define ALARM_OCFA OCF5A
#define ALARM_OCFB OCF5B
#define ALARM_COMPA_vect TIMER5_COMPA_vect
#define ALARM_COMPB_vect TIMER5_COMPB_vect
typedef uint16_t AlarmCount;
#define ALARM_COUNTER_WRAPS 0  // every delay fits the 16-bit counter
// Normal mode, /8. The core's setup is 8-bit phase-correct PWM, /64.
#define ALARM_CLAIM_TCCRB (1 << CS51)
#define ALARM_CORE_TCCRA (1 << WGM50)
#define ALARM_CORE_TCCRB ((1 << CS51) | (1 << CS50))
#else
#define ALARM_TCCRA TCCR2A
#define ALARM_TCCRB TCCR2B
#define ALARM_TCNT TCNT2
#define ALARM_OCRA OCR2A
#define ALARM_OCRB OCR2B
#define ALARM_TIMSK TIMSK2
#define ALARM_TIFR TIFR2
#define ALARM_OCIEA OCIE2A
#define ALARM_OCIEB OCIE2B
#define ALARM_OCFA OCF2A
#define ALARM_OCFB OCF2B
#define ALARM_COMPA_vect TIMER2_COMPA_vect
#define ALARM_COMPB_vect TIMER2_COMPB_vect
typedef uint8_t AlarmCount;
#define ALARM_COUNTER_WRAPS 1  // delays are cut into steps of at most one counter wrap
// Normal mode, /32. The core's setup is 8-bit phase-correct PWM, /64.
#define ALARM_CLAIM_TCCRB ((1 << CS21) | (1 << CS20))
#define ALARM_CORE_TCCRA (1 << WGM20)
#define ALARM_CORE_TCCRB (1 << CS22)
#endif

namespace {

AlarmHandler handlers[2] = {nullptr, nullptr};
volatile uint16_t remaining[2] = {0, 0};
volatile uint8_t runningMask = 0;
bool claimed = false;
AlarmClaimListener claimListener = nullptr;

// Next compare step. On the 8-bit counter a delay is cut into steps of at most one
// wrap (256 ticks, i.e. adding 0), never leaving a step shorter than kAlarmMinTicks,
// so a compare value is never set behind the running counter.
inline uint16_t takeStep(uint8_t channel) {
  const uint16_t left = remaining[channel];
#if ALARM_COUNTER_WRAPS
  constexpr uint16_t kWrap = 256;
  uint16_t step = left;
  if (left >= kWrap + kAlarmMinTicks) {
    step = kWrap;
  } else if (left > kWrap) {
    step = left - kWrap / 2;
  }
  remaining[channel] = left - step;
  return step;
#else
  remaining[channel] = 0;
  return left;
#endif
}

// First step, counted from the counter's value now: never a full wrap, because a compare
// value equal to the running counter may match at once on the silicon.
inline uint16_t takeFirstStep(uint8_t channel) {
#if ALARM_COUNTER_WRAPS
  constexpr uint16_t kHalfWrap = 128;
  const uint16_t left = remaining[channel];
  if (left > kHalfWrap + kAlarmMinTicks) {
    remaining[channel] = left - kHalfWrap;
    return kHalfWrap;
  }
#endif
  return takeStep(channel);
}

inline void onCompare(uint8_t channel, volatile AlarmCount& ocr) {
  if (remaining[channel] == 0) {
    uint16_t next = handlers[channel]();
    if (next == 0) {
      ALARM_TIMSK &= ~(1 << (channel == kAlarmServo ? ALARM_OCIEA : ALARM_OCIEB));
      runningMask &= ~(1 << channel);
      return;
    }
    remaining[channel] = next < kAlarmMinTicks ? kAlarmMinTicks : next;
  }
  ocr = static_cast<AlarmCount>(ocr + takeStep(channel));
}

}  // namespace

ISR(ALARM_COMPA_vect) { onCompare(kAlarmServo, ALARM_OCRA); }
ISR(ALARM_COMPB_vect) { onCompare(kAlarmTone, ALARM_OCRB); }

void alarmSetClaimListener(AlarmClaimListener listener) { claimListener = listener; }

void alarmStart(AlarmChannel channel, AlarmHandler handler, uint16_t firstDelayTicks) {
  const bool claimNow = !claimed;
  if (claimNow) {
    claimed = true;
    // Tell PWM users first so no analogWrite touches the timer after it is reconfigured.
    if (claimListener) claimListener(true);
  }
  ATOMIC_BLOCK(ATOMIC_RESTORESTATE) {
    if (claimNow) {
      ALARM_TIMSK = 0;
      ALARM_TCCRA = 0;  // normal mode, compare outputs disconnected
      ALARM_TCCRB = ALARM_CLAIM_TCCRB;
    }
    handlers[channel] = handler;
    remaining[channel] = firstDelayTicks < kAlarmMinTicks ? kAlarmMinTicks : firstDelayTicks;
    const uint16_t step = takeFirstStep(channel);
    const uint8_t flag = channel == kAlarmServo ? ALARM_OCFA : ALARM_OCFB;
    const uint8_t enable = channel == kAlarmServo ? ALARM_OCIEA : ALARM_OCIEB;
    const AlarmCount at = static_cast<AlarmCount>(ALARM_TCNT + step);
    if (channel == kAlarmServo) {
      ALARM_OCRA = at;
    } else {
      ALARM_OCRB = at;
    }
    ALARM_TIFR = 1 << flag;  // drop a stale match
    ALARM_TIMSK |= 1 << enable;
    runningMask |= 1 << channel;
  }
}

void alarmStop(AlarmChannel channel) {
  ATOMIC_BLOCK(ATOMIC_RESTORESTATE) {
    ALARM_TIMSK &= ~(1 << (channel == kAlarmServo ? ALARM_OCIEA : ALARM_OCIEB));
    runningMask &= ~(1 << channel);
    remaining[channel] = 0;
  }
}

bool alarmRunning(AlarmChannel channel) { return runningMask & (1 << channel); }

bool alarmTimerClaimed() { return claimed; }

void alarmPoll() {
  if (!claimed || runningMask != 0) return;
  ATOMIC_BLOCK(ATOMIC_RESTORESTATE) {
    ALARM_TIMSK = 0;
    ALARM_TCCRA = ALARM_CORE_TCCRA;
    ALARM_TCCRB = ALARM_CORE_TCCRB;
  }
  claimed = false;
  if (claimListener) claimListener(false);
}

bool alarmPinLosesPwm(uint8_t pin) {
  for (uint8_t p : kAlarmPwmPins) {
    if (p == pin) return true;
  }
  return false;
}
