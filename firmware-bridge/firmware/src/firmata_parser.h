// Byte-level Firmata reader: frames host bytes into commands and sysex messages.
// Robust by construction: every buffer is bounded, a command byte always starts afresh
// (aborting an unfinished message), stray data bytes and unknown commands are skipped,
// and a sysex longer than the buffer is dropped whole at its F7.
#pragma once

#include <stdint.h>

// Data bytes a command byte takes, or -1 when the command is unknown (skipped).
typedef int8_t (*CommandLengthFn)(uint8_t command);
typedef void (*CommandFn)(uint8_t command, const uint8_t* data);
// data[0] is the sysex command; length counts it.
typedef void (*SysexFn)(const uint8_t* data, uint8_t length);

class FirmataParser {
 public:
  // Longest sysex kept (command byte plus data); longer ones are dropped.
  static constexpr uint8_t kSysexCapacity = 80;

  FirmataParser(CommandLengthFn commandLength, CommandFn runCommand, SysexFn runSysex);
  void reset();
  void feed(uint8_t value);

 private:
  enum class State : uint8_t { Idle, Data, Sysex };
  void startCommand(uint8_t command);

  CommandLengthFn commandLength_;
  CommandFn runCommand_;
  SysexFn runSysex_;
  State state_ = State::Idle;
  uint8_t command_ = 0;
  uint8_t needed_ = 0;
  uint8_t count_ = 0;
  bool overflow_ = false;
  uint8_t data_[2] = {0, 0};
  uint8_t sysex_[kSysexCapacity];
};
