#include "system_state.h"

#include <Arduino.h>

#include "host_watchdog.h"
#include "pin_table.h"
#include "ping_sensor.h"
#include "reporting.h"
#include "rgb_led.h"
#include "tone_output.h"

void systemReset() {
  const uint32_t now = millis();
  toneStop();
  pingReset();
  pinsReset();
  rgbReset();
  reportingReset(now);
  hostWatchdogReset(now);
}

void systemEnterSafeState() {
  toneStop();
  pinsSafeState();
}
