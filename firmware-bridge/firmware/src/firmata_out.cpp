#include "firmata_out.h"

#include <Arduino.h>

#include "firmata_constants.h"
#include "firmware_version.h"

void outBegin() { Serial.begin(kSerialBaud); }

void outByte(uint8_t value) { Serial.write(value); }

void outSysexBegin(uint8_t command) {
  outByte(firmata::kStartSysex);
  outByte(command);
}

void outSysexEnd() { outByte(firmata::kEndSysex); }

void out14(uint16_t value) {
  outByte(value & 0x7F);
  outByte((value >> 7) & 0x7F);
}

void outBytePair(uint8_t value) {
  outByte(value & 0x7F);
  outByte(value >> 7);
}

void outBe32Pairs(uint32_t value) {
  for (int8_t shift = 24; shift >= 0; shift -= 8) {
    outBytePair(static_cast<uint8_t>(value >> shift));
  }
}

void outAnalog(uint8_t channel, uint16_t value) {
  outByte(firmata::kAnalogMessage | (channel & 0x0F));
  out14(value);
}

void outDigitalPort(uint8_t port, uint8_t value) {
  outByte(firmata::kDigitalMessage | (port & 0x0F));
  outByte(value & 0x7F);
  outByte(value >> 7);
}

void outVersion() {
  outByte(firmata::kReportVersion);
  outByte(kProtocolMajor);
  outByte(kProtocolMinor);
}

void outFirmware() {
  static const char kName[] PROGMEM = MEKONG_FIRMWARE_NAME;
  outSysexBegin(firmata::kReportFirmware);
  outByte(kFirmwareMajor);
  outByte(kFirmwareMinor);
  for (uint8_t i = 0; i < sizeof(kName) - 1; ++i) {
    outBytePair(pgm_read_byte(&kName[i]));
  }
  outSysexEnd();
}
