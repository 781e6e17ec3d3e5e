// Name and versions this firmware announces. Change them here only.
#pragma once

#include <stdint.h>

// Sent in REPORT_FIRMWARE (F0 79 major minor name F7), 7-bit encoded.
#define MEKONG_FIRMWARE_NAME "MekongFirmata"
constexpr uint8_t kFirmwareMajor = 0;
constexpr uint8_t kFirmwareMinor = 1;

// Firmata protocol version sent in REPORT_VERSION (F9 major minor).
constexpr uint8_t kProtocolMajor = 2;
constexpr uint8_t kProtocolMinor = 5;

// Serial speed; firmata-io and johnny-five default to 57600 baud.
constexpr uint32_t kSerialBaud = 57600;
