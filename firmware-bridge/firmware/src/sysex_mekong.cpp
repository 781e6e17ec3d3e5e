// Mekong extension sysex messages; byte tables in ../PROTOCOL.md.
#include "board.h"
#include "firmata_codec.h"
#include "firmata_constants.h"
#include "firmata_out.h"
#include "host_watchdog.h"
#include "identity_store.h"
#include "mekong_protocol.h"
#include "ping_sensor.h"
#include "pin_table.h"
#include "rgb_led.h"
#include "sysex.h"
#include "tone_output.h"

namespace {

bool identityReplyPending = false;

void sendPingResult(uint8_t trigPin, uint8_t echoPin, bool twoPin, uint32_t durationUs) {
  if (twoPin) {
    outSysexBegin(mekong::kPingTwoPin);
    outByte(trigPin);
    outByte(echoPin);
  } else {
    outSysexBegin(firmata::kPingRead);
    outByte(trigPin & 0x7F);
    outByte(trigPin >> 7);
  }
  outBe32Pairs(durationUs);
  outSysexEnd();
}

void sendIdentity() {
  Identity identity;
  identityRead(identity);
  outSysexBegin(mekong::kIdentityRead);
  outByte(identity.valid ? 1 : 0);
  outByte(identity.nameLength);
  outByte(identity.kitLength);
  for (uint8_t i = 0; i < identity.nameLength; ++i) outBytePair(identity.name[i]);
  for (uint8_t i = 0; i < identity.kitLength; ++i) outBytePair(identity.kit[i]);
  outSysexEnd();
}

void sendWatchdogLimit() {
  outSysexBegin(mekong::kWatchdog);
  out14(hostWatchdogLimit());
  outSysexEnd();
}

}  // namespace

void mekongInit() {
  identityReplyPending = false;
  pingSetReply(sendPingResult);
}

void mekongPoll() {
  identityPoll();
  if (identityReplyPending && !identityBusy()) {
    identityReplyPending = false;
    sendIdentity();
  }
}

// F0 01 pin freq(lsb msb) duration(lsb msb) F7; freq 0 stops, duration 0 plays on.
void sysexTone(const uint8_t* payload, uint8_t length) {
  if (length < 5) return;
  const uint8_t pin = payload[0];
  const uint16_t hz = decode14(payload[1], payload[2]);
  if (hz == 0) {
    toneStop();
    return;
  }
  if (!pinsSetMode(pin, firmata::kModeOutput)) return;
  tonePlay(pin, hz, decode14(payload[3], payload[4]));
}

// F0 02 trig echo timeout(4 BE bytes as pairs) F7
void sysexPingTwoPin(const uint8_t* payload, uint8_t length) {
  if (length < 10) return;
  const uint8_t trig = payload[0];
  const uint8_t echo = payload[1];
  if (!pinSupportsMode(trig, firmata::kModePing) || !pinSupportsMode(echo, firmata::kModePing)) {
    return;
  }
  if (pinsMode(trig) != firmata::kModePing) pinsSetMode(trig, firmata::kModePing);
  if (pinsMode(echo) != firmata::kModePing) pinsSetMode(echo, firmata::kModePing);
  if (!pingRequestTwoPin(trig, echo, decodeBe32Pairs(payload + 2))) {
    sendPingResult(trig, echo, true, 0);
  }
}

// F0 03 F7 (query) or F0 03 limit(lsb msb) F7; replies F0 03 limit(lsb msb) F7.
void sysexWatchdog(const uint8_t* payload, uint8_t length) {
  if (length >= 2) hostWatchdogSetLimit(decode14(payload[0], payload[1]));
  sendWatchdogLimit();
}

// F0 04 F7 feeds the watchdog (as every byte does); F0 04 token F7 is echoed back.
void sysexHeartbeat(const uint8_t* payload, uint8_t length) {
  if (length < 1) return;
  outSysexBegin(mekong::kHeartbeat);
  outByte(payload[0]);
  outSysexEnd();
}

// F0 05 nameLen kitLen name(pairs) kit(pairs) F7; replies like an identity read once stored.
void sysexIdentityWrite(const uint8_t* payload, uint8_t length) {
  identityReplyPending = true;
  if (length < 2) return;
  const uint8_t nameLength = payload[0];
  const uint8_t kitLength = payload[1];
  constexpr uint8_t kMax = mekong::kIdentityFieldBytes;
  if (nameLength > kMax || kitLength > kMax) return;
  if (length != 2 + 2 * nameLength + 2 * kitLength) return;
  uint8_t name[kMax];
  uint8_t kit[kMax];
  const uint8_t* pairs = payload + 2;
  for (uint8_t i = 0; i < nameLength; ++i, pairs += 2) name[i] = decodeBytePair(pairs);
  for (uint8_t i = 0; i < kitLength; ++i, pairs += 2) kit[i] = decodeBytePair(pairs);
  identityWrite(name, nameLength, kit, kitLength);
}

// F0 06 F7 -> F0 06 valid nameLen kitLen name(pairs) kit(pairs) F7
void sysexIdentityRead(const uint8_t*, uint8_t) { identityReplyPending = true; }

// F0 07 pin index r(pair) g(pair) b(pair) F7; index 0x7F sets every LED.
void sysexRgbLed(const uint8_t* payload, uint8_t length) {
  if (length < 8) return;
  const uint8_t pin = payload[0];
  if (!pinSupportsMode(pin, firmata::kModeOutput)) return;
  if (pinsMode(pin) != firmata::kModeOutput) pinsSetMode(pin, firmata::kModeOutput);
  rgbSet(pin, payload[1], decodeBytePair(payload + 2), decodeBytePair(payload + 4),
         decodeBytePair(payload + 6));
}
