// MekongFirmata: a Firmata 2.5 subset for johnny-five plus Mekong extensions.
// Written from the protocol description; see ../PROTOCOL.md.
#include <Arduino.h>
#include <avr/sleep.h>

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

// Nothing to do until the next interrupt (a byte from the host, timer 0's 1 ms tick, an
// echo edge, a serial byte sent): sleep in idle mode, where the timers, PWM, the ADC and
// the serial port keep running. The loop still runs at least every 1.024 ms.
void sleepUntilInterrupt() {
  set_sleep_mode(SLEEP_MODE_IDLE);
  cli();
  if (Serial.available() > 0) {
    sei();
    return;
  }
  sleep_enable();
  // The instruction after sei always runs: an interrupt pending now wakes the sleep at once.
  sei();
  sleep_cpu();
  sleep_disable();
}

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
  sleepUntilInterrupt();
}
