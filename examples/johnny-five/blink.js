// Plain johnny-five on our firmware, as in johnny-five's tutorials: blink the LED on pin 13.
//
//   node examples/johnny-five/blink.js                 the first USB board
//   node examples/johnny-five/blink.js /dev/ttyUSB0    this port
//
// Stop it with Ctrl+C (or .exit in its REPL). docs/hardware.md, "Plain johnny-five".
import five from 'johnny-five';

const port = process.argv[2];
const board = new five.Board(port ? { port } : {});

board.on('ready', () => {
  new five.Led(13).blink(500);
});
