#include "host_watchdog.h"

#include "mekong_protocol.h"

namespace {

uint32_t lastByteMs = 0;
uint16_t limit = mekong::kWatchdogDefaultMs;
bool tripped = false;

}  // namespace

void hostWatchdogReset(uint32_t nowMs) {
  limit = mekong::kWatchdogDefaultMs;
  hostWatchdogFeed(nowMs);
}

void hostWatchdogFeed(uint32_t nowMs) {
  lastByteMs = nowMs;
  tripped = false;
}

void hostWatchdogSetLimit(uint16_t limitMs) { limit = limitMs; }

uint16_t hostWatchdogLimit() { return limit; }

bool hostWatchdogExpired(uint32_t nowMs) {
  if (limit == 0 || tripped || nowMs - lastByteMs <= limit) return false;
  tripped = true;
  return true;
}
