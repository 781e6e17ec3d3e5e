// Every Firmata byte this firmware reads or writes, by name.
#pragma once

#include <stdint.h>

namespace firmata {

// Channel messages: the low nibble carries the port, pin or analog channel.
constexpr uint8_t kDigitalMessage = 0x90;  // 90|port lsb7 msb7, both directions
constexpr uint8_t kReportAnalog = 0xC0;    // C0|channel on/off
constexpr uint8_t kReportDigital = 0xD0;   // D0|port on/off
constexpr uint8_t kAnalogMessage = 0xE0;   // E0|pin lsb7 msb7, both directions

// System messages.
constexpr uint8_t kStartSysex = 0xF0;
constexpr uint8_t kSetPinMode = 0xF4;          // F4 pin mode
constexpr uint8_t kSetDigitalPinValue = 0xF5;  // F5 pin value
constexpr uint8_t kEndSysex = 0xF7;
constexpr uint8_t kReportVersion = 0xF9;  // F9 (query) / F9 major minor (reply)
constexpr uint8_t kSystemReset = 0xFF;

// Sysex commands (the byte after F0).
constexpr uint8_t kAnalogMappingQuery = 0x69;
constexpr uint8_t kAnalogMappingResponse = 0x6A;
constexpr uint8_t kCapabilityQuery = 0x6B;
constexpr uint8_t kCapabilityResponse = 0x6C;
constexpr uint8_t kPinStateQuery = 0x6D;
constexpr uint8_t kPinStateResponse = 0x6E;
constexpr uint8_t kExtendedAnalog = 0x6F;
constexpr uint8_t kServoConfig = 0x70;
constexpr uint8_t kPingRead = 0x75;  // johnny-five's PingFirmata request/reply
constexpr uint8_t kReportFirmware = 0x79;
constexpr uint8_t kSamplingInterval = 0x7A;

// Pin modes as advertised in the capability response.
constexpr uint8_t kModeInput = 0x00;
constexpr uint8_t kModeOutput = 0x01;
constexpr uint8_t kModeAnalog = 0x02;
constexpr uint8_t kModePwm = 0x03;
constexpr uint8_t kModeServo = 0x04;
constexpr uint8_t kModePullup = 0x0B;
constexpr uint8_t kModePing = 0x75;     // johnny-five checks for this before PING_READ
constexpr uint8_t kModeIgnore = 0x7F;   // pin reserved (serial RX/TX); no mode can be set

// Resolutions (bits) advertised per mode.
constexpr uint8_t kDigitalResolution = 1;
constexpr uint8_t kAnalogResolution = 10;
constexpr uint8_t kPwmResolution = 8;
constexpr uint8_t kServoResolution = 14;

// Ends one pin's list in the capability response; "no channel" in analog mapping.
constexpr uint8_t kListEnd = 0x7F;

}  // namespace firmata
