#include "identity_store.h"

#include <avr/eeprom.h>
#include <string.h>

#include "mekong_protocol.h"

namespace {

constexpr uint8_t kMagic = 0x4D;
constexpr uint8_t kLayoutVersion = 1;
constexpr uint8_t kMagicAddress = 0;
constexpr uint8_t kVersionAddress = 1;
constexpr uint8_t kNameLengthAddress = 2;
constexpr uint8_t kNameAddress = 3;
constexpr uint8_t kKitLengthAddress = 19;
constexpr uint8_t kKitAddress = 20;
constexpr uint8_t kImageSize = 36;

// Bytes to write; step 0 clears the magic, steps 1..35 write the image, the last
// step writes the magic.
uint8_t image[kImageSize];
uint8_t step = 0;
bool busy = false;

uint8_t readByte(uint8_t address) {
  return eeprom_read_byte(reinterpret_cast<const uint8_t*>(address));
}

}  // namespace

bool identityWrite(const uint8_t* name, uint8_t nameLength, const uint8_t* kit,
                   uint8_t kitLength) {
  constexpr uint8_t kMax = mekong::kIdentityFieldBytes;
  if (nameLength > kMax || kitLength > kMax) return false;
  memset(image, 0, sizeof(image));
  image[kMagicAddress] = kMagic;
  image[kVersionAddress] = kLayoutVersion;
  image[kNameLengthAddress] = nameLength;
  memcpy(image + kNameAddress, name, nameLength);
  image[kKitLengthAddress] = kitLength;
  memcpy(image + kKitAddress, kit, kitLength);
  step = 0;
  busy = true;
  return true;
}

bool identityBusy() { return busy; }

void identityPoll() {
  if (!busy || !eeprom_is_ready()) return;
  uint8_t address;
  uint8_t value;
  if (step == 0) {
    address = kMagicAddress;
    value = 0xFF;
  } else if (step < kImageSize) {
    address = step;
    value = image[step];
  } else {
    address = kMagicAddress;
    value = kMagic;
  }
  eeprom_update_byte(reinterpret_cast<uint8_t*>(address), value);
  if (++step > kImageSize) busy = false;
}

void identityRead(Identity& out) {
  memset(&out, 0, sizeof(out));
  if (busy) return;
  if (readByte(kMagicAddress) != kMagic || readByte(kVersionAddress) != kLayoutVersion) return;
  const uint8_t nameLength = readByte(kNameLengthAddress);
  const uint8_t kitLength = readByte(kKitLengthAddress);
  if (nameLength > mekong::kIdentityFieldBytes || kitLength > mekong::kIdentityFieldBytes) return;
  out.valid = true;
  out.nameLength = nameLength;
  out.kitLength = kitLength;
  for (uint8_t i = 0; i < nameLength; ++i) out.name[i] = readByte(kNameAddress + i);
  for (uint8_t i = 0; i < kitLength; ++i) out.kit[i] = readByte(kKitAddress + i);
}
