#include "pin_table.h"

#include <Arduino.h>

#include "alarm_timer.h"
#include "board.h"
#include "firmata_constants.h"
#include "firmata_out.h"
#include "servo_output.h"
#include "tone_output.h"

using namespace firmata;

namespace {

uint8_t modes[kTotalPins];
// OUTPUT: level; INPUT: pull-up on (1) or off; PWM: duty 0..255; SERVO: pulse µs.
uint16_t values[kTotalPins];

bool pwmOnAlarmTimer(uint8_t pin) { return alarmTimerClaimed() && alarmPinLosesPwm(pin); }

// While the alarm timer is claimed its PWM pins can only be fully on or off.
void pwmWrite(uint8_t pin, uint8_t duty) {
  if (pwmOnAlarmTimer(pin)) {
    digitalWrite(pin, duty >= 128 ? HIGH : LOW);
  } else {
    analogWrite(pin, duty);
  }
}

void writeDigital(uint8_t pin, bool high) {
  const uint8_t mode = modes[pin];
  if (mode != kModeOutput && mode != kModeInput) return;
  if (mode == kModeOutput && tonePin() == pin) toneStop();
  digitalWrite(pin, high ? HIGH : LOW);  // on an INPUT pin this switches the pull-up
  values[pin] = high ? 1 : 0;
}

void applyMode(uint8_t pin, uint8_t mode) {
  switch (mode) {
    case kModeOutput:
      digitalWrite(pin, LOW);
      pinMode(pin, OUTPUT);
      break;
    case kModePwm:
      pinMode(pin, OUTPUT);
      pwmWrite(pin, 0);
      break;
    case kModePullup:
      pinMode(pin, INPUT_PULLUP);
      break;
    case kModeServo:
      break;  // servoAttach() drives the pin
    default:  // INPUT, ANALOG, PING: high impedance, no pull-up
      if (pinIsDigital(pin)) {
        digitalWrite(pin, LOW);
        pinMode(pin, INPUT);
      }
      break;
  }
}

void sendMode(uint8_t mode, uint8_t resolution) {
  outByte(mode);
  outByte(resolution);
}

}  // namespace

void pinsReset() {
  servoDetachAll();
  for (uint8_t pin = 0; pin < kTotalPins; ++pin) {
    values[pin] = 0;
    if (!pinIsUsable(pin)) {
      modes[pin] = kModeIgnore;
      continue;
    }
    const uint8_t mode = pinAnalogChannel(pin) != kListEnd ? kModeAnalog : kModeInput;
    applyMode(pin, mode);
    modes[pin] = mode;
  }
}

uint8_t pinsMode(uint8_t pin) { return pin < kTotalPins ? modes[pin] : kModeIgnore; }

bool pinSupportsMode(uint8_t pin, uint8_t mode) {
  if (!pinIsUsable(pin)) return false;
  switch (mode) {
    case kModeInput:
    case kModeOutput:
    case kModePullup:
    case kModeServo:
    case kModePing:
      return pinIsDigital(pin);
    case kModeAnalog:
      return pinAnalogChannel(pin) != kListEnd;
    case kModePwm:
      return pinHasPwm(pin);
    default:
      return false;
  }
}

bool pinsSetMode(uint8_t pin, uint8_t mode) {
  if (!pinSupportsMode(pin, mode)) return false;
  const uint8_t previous = modes[pin];
  if (previous == kModeServo && mode == kModeServo) return true;  // keep its position
  if (previous == kModeServo) servoDetach(pin);
  if (tonePin() == pin) toneStop();
  if (mode == kModeServo && !servoAttach(pin)) return false;
  applyMode(pin, mode);
  modes[pin] = mode;
  values[pin] = mode == kModePullup ? 1 : 0;
  return true;
}

void pinsWriteDigitalPort(uint8_t port, uint8_t value) {
  for (uint8_t bit = 0; bit < 8; ++bit) {
    const uint16_t pin = port * 8 + bit;
    if (pin >= kTotalPins) return;
    // A port message is about the port's other pins (an LED, a motor direction): a tone
    // on one of its pins plays on; only that pin's own write or mode change stops it.
    if (tonePin() == pin) continue;
    writeDigital(pin, value & (1 << bit));
  }
}

void pinsWriteDigitalPin(uint8_t pin, uint8_t value) {
  if (pin < kTotalPins) writeDigital(pin, value != 0);
}

void pinsWriteAnalog(uint8_t pin, uint32_t value) {
  if (pin >= kTotalPins) return;
  if (modes[pin] == kModePwm) {
    const uint8_t duty = value > 255 ? 255 : static_cast<uint8_t>(value);
    values[pin] = duty;
    pwmWrite(pin, duty);
  } else if (modes[pin] == kModeServo) {
    values[pin] = servoWrite(pin, value > 0xFFFF ? 0xFFFF : static_cast<uint16_t>(value));
  }
}

uint8_t pinsReadInputPort(uint8_t port) {
  uint8_t value = 0;
  for (uint8_t bit = 0; bit < 8; ++bit) {
    const uint16_t pin = port * 8 + bit;
    if (pin >= kTotalPins) break;
    const uint8_t mode = modes[pin];
    if ((mode == kModeInput || mode == kModePullup) && digitalRead(pin) == HIGH) {
      value |= 1 << bit;
    }
  }
  return value;
}

void pinsSafeState() {
  for (uint8_t pin = 0; pin < kTotalPins; ++pin) {
    if (modes[pin] == kModePwm) {
      values[pin] = 0;
      pwmWrite(pin, 0);
    } else if (modes[pin] == kModeOutput) {
      values[pin] = 0;
      digitalWrite(pin, LOW);
    }
  }
}

void pinsOnAlarmClaim(bool claimed) {
  for (uint8_t pin : kAlarmPwmPins) {
    if (pin >= kTotalPins || modes[pin] != kModePwm) continue;
    const uint8_t duty = static_cast<uint8_t>(values[pin]);
    if (claimed) {
      digitalWrite(pin, duty >= 128 ? HIGH : LOW);
    } else {
      analogWrite(pin, duty);
    }
  }
}

void pinsSendCapabilities() {
  outSysexBegin(kCapabilityResponse);
  for (uint8_t pin = 0; pin < kTotalPins; ++pin) {
    if (pinSupportsMode(pin, kModeInput)) sendMode(kModeInput, kDigitalResolution);
    if (pinSupportsMode(pin, kModeOutput)) sendMode(kModeOutput, kDigitalResolution);
    if (pinSupportsMode(pin, kModeAnalog)) sendMode(kModeAnalog, kAnalogResolution);
    if (pinSupportsMode(pin, kModePwm)) sendMode(kModePwm, kPwmResolution);
    if (pinSupportsMode(pin, kModeServo)) sendMode(kModeServo, kServoResolution);
    if (pinSupportsMode(pin, kModePullup)) sendMode(kModePullup, kDigitalResolution);
    if (pinSupportsMode(pin, kModePing)) sendMode(kModePing, kDigitalResolution);
    outByte(kListEnd);
  }
  outSysexEnd();
}

void pinsSendAnalogMapping() {
  outSysexBegin(kAnalogMappingResponse);
  for (uint8_t pin = 0; pin < kTotalPins; ++pin) outByte(pinAnalogChannel(pin));
  outSysexEnd();
}

void pinsSendState(uint8_t pin) {
  if (pin >= kTotalPins) return;
  outSysexBegin(kPinStateResponse);
  outByte(pin);
  outByte(modes[pin]);
  uint16_t state = values[pin];
  do {
    outByte(state & 0x7F);
    state >>= 7;
  } while (state != 0);
  outSysexEnd();
}
