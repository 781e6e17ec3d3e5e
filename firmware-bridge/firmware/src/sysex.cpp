#include "sysex.h"

#include <avr/pgmspace.h>

#include "firmata_constants.h"
#include "mekong_protocol.h"

namespace {

struct Entry {
  uint8_t command;
  SysexHandler handler;
};

const Entry kEntries[] PROGMEM = {
    {firmata::kReportFirmware, sysexReportFirmware},
    {firmata::kCapabilityQuery, sysexCapabilityQuery},
    {firmata::kAnalogMappingQuery, sysexAnalogMappingQuery},
    {firmata::kPinStateQuery, sysexPinStateQuery},
    {firmata::kExtendedAnalog, sysexExtendedAnalog},
    {firmata::kSamplingInterval, sysexSamplingInterval},
    {firmata::kServoConfig, sysexServoConfig},
    {firmata::kPingRead, sysexPingRead},
    {mekong::kTone, sysexTone},
    {mekong::kPingTwoPin, sysexPingTwoPin},
    {mekong::kWatchdog, sysexWatchdog},
    {mekong::kHeartbeat, sysexHeartbeat},
    {mekong::kIdentityWrite, sysexIdentityWrite},
    {mekong::kIdentityRead, sysexIdentityRead},
    {mekong::kRgbLed, sysexRgbLed},
};

}  // namespace

void runSysex(const uint8_t* data, uint8_t length) {
  for (const Entry& entry : kEntries) {
    if (pgm_read_byte(&entry.command) == data[0]) {
      const SysexHandler handler = reinterpret_cast<SysexHandler>(pgm_read_ptr(&entry.handler));
      handler(data + 1, length - 1);
      return;
    }
  }
}
