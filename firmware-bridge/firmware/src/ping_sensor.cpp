#include "ping_sensor.h"

#include <Arduino.h>
#include <util/atomic.h>

#include "mekong_protocol.h"

namespace {

struct Request {
  uint8_t trigPin;
  uint8_t echoPin;
  bool twoPin;
  bool level;
  uint16_t pulseOutUs;
  uint32_t timeoutUs;
};

enum class Phase : uint8_t { Idle, WaitIdle, WaitStart, WaitEnd, Done };

Request queue[kPingQueueLength];
uint8_t queueHead = 0;
uint8_t queueCount = 0;

Request active;
uint32_t startedUs = 0;
volatile Phase phase = Phase::Idle;
volatile uint32_t riseUs = 0;
volatile uint32_t fallUs = 0;
volatile uint8_t* echoIn = nullptr;
uint8_t echoMask = 0;
volatile uint8_t* pcmsk = nullptr;
uint8_t pcmskBit = 0;
uint8_t pcicrBit = 0;
PingReply replyFn = nullptr;

bool enqueue(const Request& request) {
  if (queueCount == kPingQueueLength) return false;
  queue[(queueHead + queueCount) % kPingQueueLength] = request;
  ++queueCount;
  return true;
}

void disarm() {
  if (pcmsk) *pcmsk &= ~(1 << pcmskBit);
  pcmsk = nullptr;
  phase = Phase::Idle;
}

void finish(uint32_t durationUs) {
  disarm();
  if (replyFn) replyFn(active.trigPin, active.echoPin, active.twoPin, durationUs);
}

void trigger(const Request& r) {
  const uint8_t idle = r.level ? LOW : HIGH;
  const uint8_t pulse = r.level ? HIGH : LOW;
  digitalWrite(r.trigPin, idle);
  pinMode(r.trigPin, OUTPUT);
  delayMicroseconds(2);
  digitalWrite(r.trigPin, pulse);
  delayMicroseconds(r.pulseOutUs);
  digitalWrite(r.trigPin, idle);
  pinMode(r.echoPin, INPUT);
}

void start(const Request& r) {
  active = r;
  trigger(r);
  startedUs = micros();
  volatile uint8_t* mask = digitalPinToPCMSK(r.echoPin);
  if (!mask) {
    // No pin-change interrupt on this pin (some Mega pins): measure in place.
    uint32_t timeout = r.timeoutUs < kPingBlockingCapUs ? r.timeoutUs : kPingBlockingCapUs;
    finish(pulseIn(r.echoPin, r.level ? HIGH : LOW, timeout));
    return;
  }
  ATOMIC_BLOCK(ATOMIC_RESTORESTATE) {
    const uint8_t port = digitalPinToPort(r.echoPin);
    echoIn = portInputRegister(port);
    echoMask = digitalPinToBitMask(r.echoPin);
    const bool atLevel = ((*echoIn & echoMask) != 0) == r.level;
    phase = atLevel ? Phase::WaitIdle : Phase::WaitStart;
    pcmsk = mask;
    pcmskBit = digitalPinToPCMSKbit(r.echoPin);
    pcicrBit = digitalPinToPCICRbit(r.echoPin);
    *pcmsk |= 1 << pcmskBit;
    PCIFR = 1 << pcicrBit;
    PCICR |= 1 << pcicrBit;
  }
}

inline void onPinChange() {
  if (phase == Phase::Idle || phase == Phase::Done) return;
  const bool atLevel = ((*echoIn & echoMask) != 0) == active.level;
  const Phase now = phase;
  if (now == Phase::WaitIdle) {
    if (!atLevel) phase = Phase::WaitStart;
  } else if (now == Phase::WaitStart) {
    if (atLevel) {
      riseUs = micros();
      phase = Phase::WaitEnd;
    }
  } else if (!atLevel) {
    fallUs = micros();
    phase = Phase::Done;
  }
}

}  // namespace

ISR(PCINT0_vect) { onPinChange(); }
ISR(PCINT1_vect) { onPinChange(); }
ISR(PCINT2_vect) { onPinChange(); }

void pingSetReply(PingReply reply) { replyFn = reply; }

bool pingRequestOnePin(uint8_t pin, bool level, uint16_t pulseOutUs, uint32_t timeoutUs) {
  Request r;
  r.trigPin = pin;
  r.echoPin = pin;
  r.twoPin = false;
  r.level = level;
  r.pulseOutUs = pulseOutUs < mekong::kPingTriggerUs      ? mekong::kPingTriggerUs
                 : pulseOutUs > mekong::kPingMaxPulseOutUs ? mekong::kPingMaxPulseOutUs
                                                           : pulseOutUs;
  r.timeoutUs = timeoutUs > mekong::kPingMaxTimeoutUs ? mekong::kPingMaxTimeoutUs : timeoutUs;
  return enqueue(r);
}

bool pingRequestTwoPin(uint8_t trigPin, uint8_t echoPin, uint32_t timeoutUs) {
  Request r;
  r.trigPin = trigPin;
  r.echoPin = echoPin;
  r.twoPin = true;
  r.level = true;
  r.pulseOutUs = mekong::kPingTriggerUs;
  r.timeoutUs = timeoutUs > mekong::kPingMaxTimeoutUs ? mekong::kPingMaxTimeoutUs : timeoutUs;
  return enqueue(r);
}

void pingPoll() {
  Phase now = phase;
  if (now == Phase::Done) {
    uint32_t rise;
    uint32_t fall;
    ATOMIC_BLOCK(ATOMIC_RESTORESTATE) {
      rise = riseUs;
      fall = fallUs;
    }
    finish(fall - rise);
    now = Phase::Idle;
  } else if (now != Phase::Idle && micros() - startedUs > active.timeoutUs) {
    finish(0);
    now = Phase::Idle;
  }
  if (now == Phase::Idle && queueCount > 0) {
    const Request next = queue[queueHead];
    queueHead = (queueHead + 1) % kPingQueueLength;
    --queueCount;
    start(next);
  }
}

void pingReset() {
  ATOMIC_BLOCK(ATOMIC_RESTORESTATE) { disarm(); }
  queueCount = 0;
  queueHead = 0;
}
