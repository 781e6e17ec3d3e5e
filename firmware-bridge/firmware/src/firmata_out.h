// Writes Firmata messages to the host serial line.
#pragma once

#include <stdint.h>

void outBegin();
void outByte(uint8_t value);
void outSysexBegin(uint8_t command);
void outSysexEnd();
// 14-bit value as (LSB7, MSB7).
void out14(uint16_t value);
// One 8-bit byte as the pair (LSB7, MSB7).
void outBytePair(uint8_t value);
// 32-bit value as 4 big-endian bytes, each as a (LSB7, MSB7) pair.
void outBe32Pairs(uint32_t value);

void outAnalog(uint8_t channel, uint16_t value);
void outDigitalPort(uint8_t port, uint8_t value);
void outVersion();
void outFirmware();
