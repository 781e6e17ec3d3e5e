// Unsolicited reports to the host: analog channels every sampling interval and
// digital ports whenever an input pin changes.
#pragma once

#include <stdint.h>

constexpr uint16_t kDefaultSamplingIntervalMs = 19;
// Shortest time (ms) between two reports of one digital port. A sensor flickering at the
// edge of a line would otherwise fill the serial line with reports; the latest value is
// still sent as soon as the gap is over.
constexpr uint16_t kDigitalReportGapMs = 8;

void reportingReset(uint32_t nowMs);
void reportAnalog(uint8_t channel, bool on);
// Sends the port's input levels at once when turned on, then on every change.
void reportDigital(uint8_t port, bool on);
// Clamped to 1..16383 ms.
void reportingSetInterval(uint16_t intervalMs);
void reportingPoll(uint32_t nowMs);
