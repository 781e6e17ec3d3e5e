// MekongFirmata: a Firmata 2.5 subset for johnny-five plus Mekong extensions.
// Written from the protocol description; see ../PROTOCOL.md.
#include <Arduino.h>

#include "alarm_timer.h"
#include "commands.h"
#include "firmata_out.h"
#include "firmata_parser.h"
#include "host_watchdog.h"
#include "ping_sensor.h"
#include "pin_table.h"
#include "reporting.h"
#include "sysex.h"
#include "system_state.h"

namespace {

// Bytes handled per loop pass, so reports and sensors are served during a flood.
constexpr uint8_t kMaxBytesPerPass = 32;

FirmataParser parser(commandLength, runCommand, runSysex);

}  // namespace

void setup() {
  outBegin();
  alarmSetClaimListener(pinsOnAlarmClaim);
  mekongInit();
  systemReset();
  outVersion();
  outFirmware();
}

void loop() {
  for (uint8_t i = 0; i < kMaxBytesPerPass && Serial.available() > 0; ++i) {
    const uint8_t value = static_cast<uint8_t>(Serial.read());
    hostWatchdogFeed(millis());
    parser.feed(value);
  }
  const uint32_t now = millis();
  if (hostWatchdogExpired(now)) systemEnterSafeState();
  reportingPoll(now);
  pingPoll();
  mekongPoll();
  alarmPoll();
}
