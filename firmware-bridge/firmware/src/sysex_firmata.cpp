// Firmata's standard sysex messages (and johnny-five's PING_READ).
#include "board.h"
#include "firmata_codec.h"
#include "firmata_constants.h"
#include "firmata_out.h"
#include "ping_sensor.h"
#include "pin_table.h"
#include "reporting.h"
#include "servo_output.h"
#include "sysex.h"

using namespace firmata;

void sysexReportFirmware(const uint8_t*, uint8_t) { outFirmware(); }

void sysexCapabilityQuery(const uint8_t*, uint8_t) { pinsSendCapabilities(); }

void sysexAnalogMappingQuery(const uint8_t*, uint8_t) { pinsSendAnalogMapping(); }

// F0 6D pin F7
void sysexPinStateQuery(const uint8_t* payload, uint8_t length) {
  if (length >= 1) pinsSendState(payload[0]);
}

// F0 6F pin value(7-bit bytes, least significant first, up to 4) F7
void sysexExtendedAnalog(const uint8_t* payload, uint8_t length) {
  if (length < 2) return;
  pinsWriteAnalog(payload[0], decodeLe7(payload + 1, length - 1));
}

// F0 7A lsb msb F7
void sysexSamplingInterval(const uint8_t* payload, uint8_t length) {
  if (length >= 2) reportingSetInterval(decode14(payload[0], payload[1]));
}

// F0 70 pin min(lsb msb) max(lsb msb) F7: attaches the servo like SET_PIN_MODE 4.
void sysexServoConfig(const uint8_t* payload, uint8_t length) {
  if (length < 5) return;
  const uint8_t pin = payload[0];
  if (!pinsSetMode(pin, kModeServo)) return;
  servoSetRange(pin, decode14(payload[1], payload[2]), decode14(payload[3], payload[4]));
}

// F0 75 pin value pulseOut(4 BE bytes as pairs) timeout(4 BE bytes as pairs) F7
void sysexPingRead(const uint8_t* payload, uint8_t length) {
  if (length < 18) return;
  const uint8_t pin = payload[0];
  if (!pinSupportsMode(pin, kModePing)) return;
  if (pinsMode(pin) != kModePing) pinsSetMode(pin, kModePing);
  const uint32_t pulseOut = decodeBe32Pairs(payload + 2);
  const uint32_t timeout = decodeBe32Pairs(payload + 10);
  const uint16_t pulse = pulseOut > 0xFFFF ? 0xFFFF : static_cast<uint16_t>(pulseOut);
  if (!pingRequestOnePin(pin, payload[1] != 0, pulse, timeout)) {
    // Queue full: answer at once so johnny-five, which waits for every reply, goes on.
    outSysexBegin(kPingRead);
    outByte(pin & 0x7F);
    outByte(pin >> 7);
    outBe32Pairs(0);
    outSysexEnd();
  }
}
