// Robot identity in EEPROM: a robot name and a kit id, up to 16 bytes each.
// Layout (byte address):
//   0      magic 0x4D ('M'), written last so a torn write reads as "no identity"
//   1      layout version (1)
//   2      name length, 3..18 name bytes
//   19     kit id length, 20..35 kit id bytes
// Writes are spread over loop() calls (one byte per ~3.4 ms EEPROM cycle) so the serial
// line keeps being served.
#pragma once

#include <stdint.h>

struct Identity {
  bool valid;
  uint8_t nameLength;
  uint8_t kitLength;
  uint8_t name[16];
  uint8_t kit[16];
};

// Starts a write; false (nothing written) when a field is longer than 16 bytes.
bool identityWrite(const uint8_t* name, uint8_t nameLength, const uint8_t* kit,
                   uint8_t kitLength);
bool identityBusy();
void identityRead(Identity& out);
// Advances a pending write. Call from loop().
void identityPoll();
