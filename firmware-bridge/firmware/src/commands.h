// Handlers for Firmata's non-sysex messages, looked up by command byte.
#pragma once

#include <stdint.h>

// Data bytes the command takes, or -1 for an unknown command.
int8_t commandLength(uint8_t command);
void runCommand(uint8_t command, const uint8_t* data);
