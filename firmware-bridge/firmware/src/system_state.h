// Whole-firmware state changes: power-on/SYSTEM_RESET defaults and the watchdog stop.
#pragma once

// Everything back to power-on defaults except the identity in EEPROM.
void systemReset();
// Host went silent: outputs off (see PROTOCOL.md, "Watchdog").
void systemEnterSafeState();
