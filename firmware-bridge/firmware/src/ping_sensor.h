// Ultrasonic echo timing (HC-SR04, Parallax Ping) without blocking the main loop:
// a trigger pulse, then pin-change interrupts time-stamp the echo edges (micros(), 4 µs
// steps). Requests queue up and run one at a time. Mega pins without a pin-change interrupt
// fall back to a blocking pulseIn() capped at kPingBlockingCapUs.
#pragma once

#include <stdint.h>

constexpr uint8_t kPingQueueLength = 4;
constexpr uint32_t kPingBlockingCapUs = 40000;

// Called when a measurement ends: duration of the echo pulse in µs, 0 on timeout.
typedef void (*PingReply)(uint8_t trigPin, uint8_t echoPin, bool twoPin, uint32_t durationUs);

void pingSetReply(PingReply reply);
// One pin for trigger and echo (johnny-five PING_READ): pulse `level` for pulseOutUs, then
// time the echo pulse at `level`.
bool pingRequestOnePin(uint8_t pin, bool level, uint16_t pulseOutUs, uint32_t timeoutUs);
// Separate trigger and echo pins (HC-SR04): 10 µs high trigger, time the high echo.
bool pingRequestTwoPin(uint8_t trigPin, uint8_t echoPin, uint32_t timeoutUs);
void pingPoll();
void pingReset();
