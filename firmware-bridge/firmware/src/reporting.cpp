#include "reporting.h"

#include <Arduino.h>

#include "board.h"
#include "firmata_constants.h"
#include "firmata_out.h"
#include "pin_table.h"

namespace {

uint16_t analogMask = 0;
uint16_t digitalMask = 0;
uint8_t lastPortValue[kPortCount];
uint16_t lastPortReportMs[kPortCount];
uint16_t intervalMs = kDefaultSamplingIntervalMs;
uint32_t lastSampleMs = 0;

void sampleAnalog() {
  for (uint8_t channel = 0; channel < kAnalogChannels; ++channel) {
    if (!(analogMask & (1 << channel))) continue;
    if (pinsMode(analogChannelPin(channel)) != firmata::kModeAnalog) continue;
    outAnalog(channel, analogRead(channel));
  }
}

}  // namespace

void reportingReset(uint32_t nowMs) {
  analogMask = 0;
  digitalMask = 0;
  intervalMs = kDefaultSamplingIntervalMs;
  lastSampleMs = nowMs;
}

void reportAnalog(uint8_t channel, bool on) {
  if (channel >= kAnalogChannels) return;
  if (on) {
    analogMask |= 1 << channel;
  } else {
    analogMask &= ~(1 << channel);
  }
}

void reportDigital(uint8_t port, bool on) {
  if (port >= kPortCount) return;
  if (!on) {
    digitalMask &= ~(1 << port);
    return;
  }
  digitalMask |= 1 << port;
  lastPortValue[port] = pinsReadInputPort(port);
  lastPortReportMs[port] = static_cast<uint16_t>(millis());
  outDigitalPort(port, lastPortValue[port]);
}

void reportingSetInterval(uint16_t ms) {
  intervalMs = ms < 1 ? 1 : (ms > 16383 ? 16383 : ms);
}

void reportingPoll(uint32_t nowMs) {
  for (uint8_t port = 0; port < kPortCount; ++port) {
    if (!(digitalMask & (1 << port))) continue;
    const uint8_t value = pinsReadInputPort(port);
    if (value == lastPortValue[port]) continue;
    const uint16_t now16 = static_cast<uint16_t>(nowMs);
    if (static_cast<uint16_t>(now16 - lastPortReportMs[port]) < kDigitalReportGapMs) continue;
    lastPortValue[port] = value;
    lastPortReportMs[port] = now16;
    outDigitalPort(port, value);
  }
  if (analogMask == 0) {
    lastSampleMs = nowMs;
    return;
  }
  if (nowMs - lastSampleMs >= intervalMs) {
    // Keep the cadence, but do not burst to catch up after a long stall.
    lastSampleMs = nowMs - lastSampleMs >= 2u * intervalMs ? nowMs : lastSampleMs + intervalMs;
    sampleAnalog();
  }
}
