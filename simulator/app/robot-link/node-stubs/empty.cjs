// Stands in for a Node-only package johnny-five can require in the page (serialport,
// browser-serialport, firmata, repl, os): our code always passes its own `io` and
// `repl: false`, so none of them is ever used there.
module.exports = {};
