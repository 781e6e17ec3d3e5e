#include "firmata_parser.h"

#include "firmata_constants.h"

FirmataParser::FirmataParser(CommandLengthFn commandLength, CommandFn runCommand,
                             SysexFn runSysex)
    : commandLength_(commandLength), runCommand_(runCommand), runSysex_(runSysex) {}

void FirmataParser::reset() {
  state_ = State::Idle;
  count_ = 0;
  overflow_ = false;
}

void FirmataParser::feed(uint8_t value) {
  if (value & 0x80) {
    if (state_ == State::Sysex && value == firmata::kEndSysex) {
      state_ = State::Idle;
      if (!overflow_ && count_ > 0) runSysex_(sysex_, count_);
      return;
    }
    startCommand(value);
    return;
  }
  switch (state_) {
    case State::Idle:
      return;
    case State::Data:
      data_[count_++] = value;
      if (count_ == needed_) {
        state_ = State::Idle;
        runCommand_(command_, data_);
      }
      return;
    case State::Sysex:
      if (count_ < kSysexCapacity) {
        sysex_[count_++] = value;
      } else {
        overflow_ = true;
      }
      return;
  }
}

void FirmataParser::startCommand(uint8_t command) {
  state_ = State::Idle;
  count_ = 0;
  if (command == firmata::kStartSysex) {
    overflow_ = false;
    state_ = State::Sysex;
    return;
  }
  const int8_t needed = commandLength_(command);
  if (needed < 0 || needed > static_cast<int8_t>(sizeof(data_))) return;
  if (needed == 0) {
    runCommand_(command, data_);
    return;
  }
  command_ = command;
  needed_ = static_cast<uint8_t>(needed);
  state_ = State::Data;
}
