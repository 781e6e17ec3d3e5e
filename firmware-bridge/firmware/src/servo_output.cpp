#include "servo_output.h"

#include <Arduino.h>
#include <util/atomic.h>

#include "alarm_timer.h"

namespace {

constexpr uint16_t kFrameUs = 20000;
constexpr uint8_t kNoSlot = 0xFF;

struct Slot {
  uint8_t pin;  // kNoSlot when free
  uint8_t mask;
  volatile uint8_t* out;
  uint16_t minUs;
  uint16_t maxUs;
  volatile uint16_t ticks;  // pulse width; 0 = no position yet
};

Slot slots[kMaxServos];
bool slotsReady = false;
// Pin whose pulse is high now (mask 0: none); next slot to pulse; ticks used this frame.
volatile uint8_t* highOut = nullptr;
uint8_t highMask = 0;
uint8_t nextSlot = 0;
uint16_t frameUsed = 0;

void initSlots() {
  if (slotsReady) return;
  for (Slot& slot : slots) slot.pin = kNoSlot;
  slotsReady = true;
}

Slot* findSlot(uint8_t pin) {
  initSlots();
  for (Slot& slot : slots) {
    if (slot.pin == pin) return &slot;
  }
  return nullptr;
}

uint16_t onAlarm() {
  if (highMask) {
    *highOut &= ~highMask;
    highMask = 0;
  }
  for (uint8_t i = nextSlot; i < kMaxServos; ++i) {
    const uint16_t ticks = slots[i].ticks;
    if (slots[i].pin != kNoSlot && ticks != 0) {
      highOut = slots[i].out;
      highMask = slots[i].mask;
      *highOut |= highMask;
      nextSlot = i + 1;
      frameUsed += ticks;
      return ticks;
    }
  }
  nextSlot = 0;
  const uint16_t frame = alarmTicksFromMicros(kFrameUs);
  const uint16_t used = frameUsed;
  frameUsed = 0;
  if (used == 0) return 0;  // nothing to drive: free the timer
  return used + kAlarmMinTicks < frame ? frame - used : kAlarmMinTicks;
}

}  // namespace

bool servoAttach(uint8_t pin) {
  if (findSlot(pin)) return true;
  Slot* slot = findSlot(kNoSlot);
  if (!slot) return false;
  digitalWrite(pin, LOW);
  pinMode(pin, OUTPUT);
  ATOMIC_BLOCK(ATOMIC_RESTORESTATE) {
    slot->mask = digitalPinToBitMask(pin);
    slot->out = portOutputRegister(digitalPinToPort(pin));
    slot->minUs = kServoDefaultMinUs;
    slot->maxUs = kServoDefaultMaxUs;
    slot->ticks = 0;
    slot->pin = pin;
  }
  return true;
}

void servoDetach(uint8_t pin) {
  Slot* slot = findSlot(pin);
  if (!slot) return;
  // A pulse in progress is cut short; the pin ends low either way.
  ATOMIC_BLOCK(ATOMIC_RESTORESTATE) {
    if (highMask == slot->mask && highOut == slot->out) {
      *highOut &= ~highMask;
      highMask = 0;
    }
    slot->ticks = 0;
    slot->pin = kNoSlot;
  }
}

void servoDetachAll() {
  initSlots();
  for (Slot& slot : slots) {
    if (slot.pin != kNoSlot) servoDetach(slot.pin);
  }
}

void servoSetRange(uint8_t pin, uint16_t minUs, uint16_t maxUs) {
  Slot* slot = findSlot(pin);
  if (!slot || minUs >= maxUs) return;
  slot->minUs = minUs;
  slot->maxUs = maxUs;
}

uint16_t servoWrite(uint8_t pin, uint16_t value) {
  Slot* slot = findSlot(pin);
  if (!slot) return 0;
  uint16_t us;
  if (value < kServoDefaultMinUs) {
    const uint16_t degrees = value > 180 ? 180 : value;
    us = slot->minUs + static_cast<uint32_t>(slot->maxUs - slot->minUs) * degrees / 180;
  } else {
    us = value < slot->minUs ? slot->minUs : (value > slot->maxUs ? slot->maxUs : value);
  }
  ATOMIC_BLOCK(ATOMIC_RESTORESTATE) { slot->ticks = alarmTicksFromMicros(us); }
  if (!alarmRunning(kAlarmServo)) alarmStart(kAlarmServo, onAlarm, kAlarmMinTicks);
  return us;
}
