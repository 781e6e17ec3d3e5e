/** Loudness of the buzzer, 0..1: a square wave is loud, and a classroom has 30 of them. */
const VOLUME = 0.08;

/**
 * The robot's buzzer through Web Audio: one square-wave oscillator per beep, at the beep's
 * pitch for its duration; a new beep cuts the one still sounding, as a buzzer does. The
 * audio context is made at the first beep, not before: making one held the page's thread
 * for 1050 ms in headless Chromium here (then 10-90 ms), which a program that never beeps
 * should not pay. Browsers let a page that has had a click make sound.
 */
export class Beeper {
  private context: AudioContext | undefined;
  private sounding: OscillatorNode | undefined;
  private muted = false;

  constructor(private readonly createContext: () => AudioContext | undefined) {}

  /** Call from a click or a key press: a context the browser suspended may sound again. */
  unlock(): void {
    if (this.context?.state === 'suspended') void this.context.resume();
  }

  /** Sounds `hz` (Hz) for `ms` (wall ms), unless muted. */
  play(hz: number, ms: number): void {
    if (this.muted || hz <= 0 || ms <= 0) return;
    this.context ??= this.createContext();
    const context = this.context;
    if (!context) return;
    this.silence();
    const oscillator = context.createOscillator();
    oscillator.type = 'square';
    oscillator.frequency.value = hz;
    const gain = context.createGain();
    gain.gain.value = VOLUME;
    oscillator.connect(gain).connect(context.destination);
    oscillator.start();
    oscillator.stop(context.currentTime + ms / 1000);
    this.sounding = oscillator;
  }

  get isMuted(): boolean {
    return this.muted;
  }

  setMuted(muted: boolean): void {
    this.muted = muted;
    if (muted) this.silence();
  }

  /** Stops the beep now sounding (Stop, Reset, mute). */
  silence(): void {
    try {
      this.sounding?.stop();
    } catch {
      // It had already stopped.
    }
    this.sounding = undefined;
  }
}
