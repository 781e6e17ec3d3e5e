// Pure 7-bit codec helpers: Firmata data bytes carry 7 bits each.
#pragma once

#include <stdint.h>

// 14-bit value from (LSB7, MSB7).
inline uint16_t decode14(uint8_t lsb, uint8_t msb) {
  return static_cast<uint16_t>((lsb & 0x7F) | (static_cast<uint16_t>(msb & 0x7F) << 7));
}

// One 8-bit byte sent as the pair (LSB7, MSB7): bit 7 travels in the second byte.
inline uint8_t decodeBytePair(const uint8_t* pair) {
  return static_cast<uint8_t>((pair[0] & 0x7F) | ((pair[1] & 0x01) << 7));
}

// 32-bit value sent as 4 big-endian bytes, each as a (LSB7, MSB7) pair: 8 data bytes.
inline uint32_t decodeBe32Pairs(const uint8_t* pairs) {
  uint32_t value = 0;
  for (uint8_t i = 0; i < 4; ++i) {
    value = (value << 8) | decodeBytePair(pairs + 2 * i);
  }
  return value;
}

// Value of up to 4 little-endian 7-bit bytes (EXTENDED_ANALOG).
inline uint32_t decodeLe7(const uint8_t* bytes, uint8_t count) {
  uint32_t value = 0;
  for (uint8_t i = 0; i < count && i < 4; ++i) {
    value |= static_cast<uint32_t>(bytes[i] & 0x7F) << (7 * i);
  }
  return value;
}
