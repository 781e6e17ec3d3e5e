// Sysex handlers (Firmata's and Mekong's), looked up by the sysex command byte.
#pragma once

#include <stdint.h>

// data[0] is the sysex command; length counts it. Unknown commands are ignored.
void runSysex(const uint8_t* data, uint8_t length);

// payload: the bytes after the command; length: their count.
typedef void (*SysexHandler)(const uint8_t* payload, uint8_t length);

// Firmata's sysex handlers (sysex_firmata.cpp).
void sysexReportFirmware(const uint8_t* payload, uint8_t length);
void sysexCapabilityQuery(const uint8_t* payload, uint8_t length);
void sysexAnalogMappingQuery(const uint8_t* payload, uint8_t length);
void sysexPinStateQuery(const uint8_t* payload, uint8_t length);
void sysexExtendedAnalog(const uint8_t* payload, uint8_t length);
void sysexSamplingInterval(const uint8_t* payload, uint8_t length);
void sysexServoConfig(const uint8_t* payload, uint8_t length);
void sysexPingRead(const uint8_t* payload, uint8_t length);

// Mekong's sysex handlers (sysex_mekong.cpp).
void sysexTone(const uint8_t* payload, uint8_t length);
void sysexPingTwoPin(const uint8_t* payload, uint8_t length);
void sysexWatchdog(const uint8_t* payload, uint8_t length);
void sysexHeartbeat(const uint8_t* payload, uint8_t length);
void sysexIdentityWrite(const uint8_t* payload, uint8_t length);
void sysexIdentityRead(const uint8_t* payload, uint8_t length);
void sysexRgbLed(const uint8_t* payload, uint8_t length);
// Sends replies that waited for hardware (ping results, identity after a write).
void mekongInit();
void mekongPoll();
