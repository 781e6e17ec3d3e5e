// Safety watchdog for host silence: when no byte has arrived from the host for longer
// than the limit, the firmware stops the robot once (see PROTOCOL.md for the rule).
// Any host byte feeds it; the next byte after a trip re-arms it.
#pragma once

#include <stdint.h>

void hostWatchdogReset(uint32_t nowMs);
void hostWatchdogFeed(uint32_t nowMs);
// Limit in ms (0 turns the watchdog off).
void hostWatchdogSetLimit(uint16_t limitMs);
uint16_t hostWatchdogLimit();
// True exactly once per silence longer than the limit: the caller then stops the robot.
bool hostWatchdogExpired(uint32_t nowMs);
