// Mekong sysex extensions (user range 0x01..0x0F). Byte tables: ../PROTOCOL.md.
#pragma once

#include <stdint.h>

namespace mekong {

constexpr uint8_t kTone = 0x01;            // F0 01 pin freq(14) duration(14) F7
constexpr uint8_t kPingTwoPin = 0x02;      // F0 02 trig echo timeout(4x pair) F7
constexpr uint8_t kWatchdog = 0x03;        // F0 03 [limit(14)] F7 -> F0 03 limit(14) F7
constexpr uint8_t kHeartbeat = 0x04;       // F0 04 [token] F7 -> F0 04 token F7 if a token was sent
constexpr uint8_t kIdentityWrite = 0x05;   // F0 05 nameLen kitLen name(pairs) kit(pairs) F7
constexpr uint8_t kIdentityRead = 0x06;    // F0 06 F7 -> F0 06 valid nameLen kitLen name kit F7
constexpr uint8_t kRgbLed = 0x07;          // F0 07 pin index r(pair) g(pair) b(pair) F7

// Watchdog default limit (ms) after boot and after SYSTEM_RESET; 0 turns it off.
constexpr uint16_t kWatchdogDefaultMs = 500;

// Tone frequency range (Hz); requests outside are clamped.
constexpr uint16_t kToneMinHz = 31;
constexpr uint16_t kToneMaxHz = 10000;

// HC-SR04 trigger pulse (µs) for the two-pin request; also the minimum for PING_READ.
constexpr uint16_t kPingTriggerUs = 10;
// Longest accepted trigger pulse (µs) and echo timeout (µs); larger requests are clamped.
constexpr uint16_t kPingMaxPulseOutUs = 1000;
constexpr uint32_t kPingMaxTimeoutUs = 1000000UL;

// Identity field capacity in bytes (UTF-8 allowed, so fewer characters for non-ASCII).
constexpr uint8_t kIdentityFieldBytes = 16;

// RGB chain: index kRgbAllLeds sets every LED; the chain holds at most kRgbMaxLeds.
constexpr uint8_t kRgbMaxLeds = 12;
constexpr uint8_t kRgbAllLeds = 0x7F;

}  // namespace mekong
