// Non-blocking square-wave tone on any digital pin, toggled from the alarm timer
// (channel B). One tone at a time; a new tone replaces the old one.
#pragma once

#include <stdint.h>

// hz is clamped to mekong::kToneMinHz..kToneMaxHz; durationMs 0 plays until toneStop().
void tonePlay(uint8_t pin, uint16_t hz, uint16_t durationMs);
// Silences the tone and leaves its pin low.
void toneStop();
bool tonePlaying();
// Pin the tone plays on, or 0xFF when silent.
uint8_t tonePin();
