#include "rgb_led.h"

#include <Arduino.h>
#include <string.h>

#include "mekong_protocol.h"

namespace {

constexpr uint8_t kNoPin = 0xFF;
// Extra cycles (16 MHz) on top of the branch and stores. As compiled (and measured on the
// emulated board by tests/firmware/rgb-led.test.ts): 0-bit 375 ns high, 1-bit 813 ns high,
// lows 625..750 ns inside a byte and 2 µs between bytes. WS2812B: 0-bit high 250..550 ns,
// 1-bit high 650..950 ns, any low 450..5000 ns.
constexpr uint8_t kZeroHighCycles = 1;
constexpr uint8_t kZeroLowCycles = 6;
constexpr uint8_t kOneHighCycles = 9;
constexpr uint8_t kOneLowCycles = 2;

uint8_t chainPin = kNoPin;
uint8_t chainLength = 0;
uint8_t grb[mekong::kRgbMaxLeds * 3];

// The high time carries the bit; a low time may stretch up to ~5 µs without a reset.
void sendByte(volatile uint8_t* out, uint8_t high, uint8_t low, uint8_t value) {
  for (uint8_t bit = 0; bit < 8; ++bit) {
    if (value & 0x80) {
      *out = high;
      __builtin_avr_delay_cycles(kOneHighCycles);
      *out = low;
      __builtin_avr_delay_cycles(kOneLowCycles);
    } else {
      *out = high;
      __builtin_avr_delay_cycles(kZeroHighCycles);
      *out = low;
      __builtin_avr_delay_cycles(kZeroLowCycles);
    }
    value <<= 1;
  }
}

void show() {
  if (chainPin == kNoPin) return;
  volatile uint8_t* out = portOutputRegister(digitalPinToPort(chainPin));
  const uint8_t mask = digitalPinToBitMask(chainPin);
  const uint8_t savedSreg = SREG;
  cli();
  const uint8_t high = *out | mask;
  const uint8_t low = *out & ~mask;
  for (uint8_t i = 0; i < chainLength * 3; ++i) sendByte(out, high, low, grb[i]);
  SREG = savedSreg;
  // The chain latches after >= 280 µs low; the next update is at least a message away.
}

}  // namespace

void rgbSet(uint8_t pin, uint8_t index, uint8_t red, uint8_t green, uint8_t blue) {
  if (index >= mekong::kRgbMaxLeds && index != mekong::kRgbAllLeds) return;
  if (pin != chainPin) {
    chainPin = pin;
    chainLength = 0;
    memset(grb, 0, sizeof(grb));
    digitalWrite(pin, LOW);
    pinMode(pin, OUTPUT);
  }
  const uint8_t first = index == mekong::kRgbAllLeds ? 0 : index;
  const uint8_t last = index == mekong::kRgbAllLeds ? mekong::kRgbMaxLeds - 1 : index;
  for (uint8_t i = first; i <= last; ++i) {
    grb[3 * i] = green;
    grb[3 * i + 1] = red;
    grb[3 * i + 2] = blue;
  }
  if (last + 1 > chainLength) chainLength = last + 1;
  show();
}

void rgbReset() {
  memset(grb, 0, sizeof(grb));
  show();
  chainPin = kNoPin;
  chainLength = 0;
}
