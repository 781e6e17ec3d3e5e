#include "tone_output.h"

#include <Arduino.h>
#include <util/atomic.h>

#include "alarm_timer.h"
#include "mekong_protocol.h"

namespace {

uint8_t pinNow = 0xFF;
volatile uint8_t* toggleReg = nullptr;  // PINx: writing the mask toggles the pin
volatile uint8_t* outReg = nullptr;
uint8_t mask = 0;
bool endless = false;
uint32_t togglesLeft = 0;
// Half period = quotient ticks, plus one tick whenever the remainder accumulator
// overflows: the average frequency is exact although ticks are whole.
uint16_t quotient = 0;
uint16_t remainder = 0;
uint16_t hzNow = 1;
uint16_t accumulator = 0;

uint16_t onAlarm() {
  *toggleReg = mask;
  if (!endless && --togglesLeft == 0) {
    *outReg &= ~mask;
    return 0;
  }
  accumulator += remainder;
  if (accumulator >= hzNow) {
    accumulator -= hzNow;
    return quotient + 1;
  }
  return quotient;
}

}  // namespace

void tonePlay(uint8_t pin, uint16_t hz, uint16_t durationMs) {
  toneStop();
  if (hz < mekong::kToneMinHz) hz = mekong::kToneMinHz;
  if (hz > mekong::kToneMaxHz) hz = mekong::kToneMaxHz;
  // Edges: the first rise happens here, the ISR makes the other 2 * cycles - 1.
  const uint32_t cycles = (static_cast<uint32_t>(hz) * durationMs + 500) / 1000;
  if (durationMs != 0 && cycles == 0) return;
  digitalWrite(pin, LOW);
  pinMode(pin, OUTPUT);
  const uint32_t halfSecondTicks = kAlarmTicksPerSecond / 2;
  ATOMIC_BLOCK(ATOMIC_RESTORESTATE) {
    const uint8_t port = digitalPinToPort(pin);
    toggleReg = portInputRegister(port);
    outReg = portOutputRegister(port);
    mask = digitalPinToBitMask(pin);
    endless = durationMs == 0;
    togglesLeft = 2 * cycles - 1;
    hzNow = hz;
    quotient = static_cast<uint16_t>(halfSecondTicks / hz);
    remainder = static_cast<uint16_t>(halfSecondTicks % hz);
    accumulator = 0;
    *outReg |= mask;
  }
  pinNow = pin;
  alarmStart(kAlarmTone, onAlarm, quotient);
}

void toneStop() {
  // Only a tone still playing owns its pin; after it ends the pin may serve something else.
  const bool playing = alarmRunning(kAlarmTone);
  alarmStop(kAlarmTone);
  if (playing) {
    ATOMIC_BLOCK(ATOMIC_RESTORESTATE) { *outReg &= ~mask; }
  }
  mask = 0;
  pinNow = 0xFF;
}

bool tonePlaying() { return alarmRunning(kAlarmTone); }

uint8_t tonePin() { return tonePlaying() ? pinNow : 0xFF; }
