#include "commands.h"

#include <avr/pgmspace.h>

#include "board.h"
#include "firmata_codec.h"
#include "firmata_constants.h"
#include "firmata_out.h"
#include "pin_table.h"
#include "reporting.h"
#include "system_state.h"

using namespace firmata;

namespace {

typedef void (*Handler)(uint8_t command, const uint8_t* data);

struct Entry {
  uint8_t key;  // high nibble for channel messages, the whole byte for system messages
  uint8_t dataBytes;
  Handler handler;
};

void digitalMessage(uint8_t command, const uint8_t* data) {
  pinsWriteDigitalPort(command & 0x0F, static_cast<uint8_t>(decode14(data[0], data[1])));
}

void reportAnalogMessage(uint8_t command, const uint8_t* data) {
  const uint8_t channel = command & 0x0F;
  const bool on = data[0] != 0;
  // johnny-five's Sensor sends only this, so the pin is put in ANALOG mode here.
  if (on && channel < kAnalogChannels) pinsSetMode(analogChannelPin(channel), kModeAnalog);
  reportAnalog(channel, on);
}

void reportDigitalMessage(uint8_t command, const uint8_t* data) {
  reportDigital(command & 0x0F, data[0] != 0);
}

void analogMessage(uint8_t command, const uint8_t* data) {
  pinsWriteAnalog(command & 0x0F, decode14(data[0], data[1]));
}

void setPinMode(uint8_t, const uint8_t* data) { pinsSetMode(data[0], data[1]); }

void setDigitalPinValue(uint8_t, const uint8_t* data) { pinsWriteDigitalPin(data[0], data[1]); }

void reportVersion(uint8_t, const uint8_t*) { outVersion(); }

void systemResetMessage(uint8_t, const uint8_t*) { systemReset(); }

const Entry kEntries[] PROGMEM = {
    {kDigitalMessage, 2, digitalMessage},
    {kReportAnalog, 1, reportAnalogMessage},
    {kReportDigital, 1, reportDigitalMessage},
    {kAnalogMessage, 2, analogMessage},
    {kSetPinMode, 2, setPinMode},
    {kSetDigitalPinValue, 2, setDigitalPinValue},
    {kReportVersion, 0, reportVersion},
    {kSystemReset, 0, systemResetMessage},
};

bool find(uint8_t command, Entry& out) {
  const uint8_t key = command < 0xF0 ? (command & 0xF0) : command;
  for (const Entry& entry : kEntries) {
    if (pgm_read_byte(&entry.key) == key) {
      memcpy_P(&out, &entry, sizeof(out));
      return true;
    }
  }
  return false;
}

}  // namespace

int8_t commandLength(uint8_t command) {
  Entry entry;
  return find(command, entry) ? static_cast<int8_t>(entry.dataBytes) : -1;
}

void runCommand(uint8_t command, const uint8_t* data) {
  Entry entry;
  if (find(command, entry)) entry.handler(command, data);
}
