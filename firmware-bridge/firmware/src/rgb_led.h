// WS2812 ("NeoPixel") chain on one pin, e.g. the two LEDs of the mBot's mCore (pin 13).
// Bit-banged with interrupts off: about 30 µs per LED, so a full chain of 12 blocks
// interrupts for ~360 µs (servo pulses can stretch by that much while colours change).
#pragma once

#include <stdint.h>

// Sets LED `index` (0-based, or mekong::kRgbAllLeds) to (r, g, b) and refreshes the chain.
// A different pin starts a new chain.
void rgbSet(uint8_t pin, uint8_t index, uint8_t red, uint8_t green, uint8_t blue);
// Turns every LED of the current chain off and forgets the chain.
void rgbReset();
