import type { QuickJSHandle } from 'quickjs-emscripten-core';
import { MekongError } from '../errors.ts';
import type { SyncMethod } from '../robot.ts';
import { type CompiledProgram, compileProgram, type Position } from './compile.ts';
import {
  readIdle,
  readMainFailure,
  readMainState,
  settleWithError,
  settleWithValue,
  takeDeferred,
} from './mailbox.ts';
import { type MemoryWatch, watchMemory } from './memory-watch.ts';
import { CONSOLE_LEVELS, FAILURE_DEFAULTS, type FailureInfo, MAILBOX } from './prelude/index.ts';
import { runawayLoop } from './runaway-loop.ts';
import type { CallResult, ProgramOptions, ProgramRun, ProgramStep, RunnerLimits } from './types.ts';
import { DEFAULT_LIMITS, RECORD_LIMITS, StopProgram } from './types.ts';
import { createVm, releaseVm, startMain, type Vm } from './vm.ts';
import { classifyFailure, mb, rebase, studentPosition } from './vm-errors.ts';
import { call, callNumber, readPlain, readRecord, toVm, VmThrew } from './vm-values.ts';

/** Extra heap granted after a failure so the error can still be read out of a full heap. */
const DESCRIBE_HEADROOM_BYTES = 16 * 1024 * 1024;

/**
 * Creates a program run: one QuickJS runtime + context, the prelude, the student's code.
 * Nothing is compiled or evaluated before `start()`.
 */
export function createProgram(options: ProgramOptions): ProgramRun {
  return new ProgramSession(options);
}

type State = 'new' | 'running' | 'waiting' | 'ended' | 'disposed';

/**
 * Why the runner stops a program from outside, when it does. Only the one of highest
 * priority is kept (see `#stop`); the step the program ends with is derived from it.
 */
type StopReason =
  /** The host, or the runner itself, threw: start/resume rethrow it. */
  | { kind: 'crashed'; error: unknown }
  /** dispose() was called from a host callback: the run ends STOPPED. */
  | { kind: 'disposed' }
  /** A limit ran out (the host's, see StopProgram, or the output's): the run ends with `error`. */
  | { kind: 'limit'; error: MekongError }
  /** The host's native stack overflowed inside a callback: TOO_DEEP. */
  | { kind: 'tooDeep' }
  /** The VM's heap is over its limit: OUT_OF_MEMORY. */
  | { kind: 'outOfMemory' }
  /** The slice ran over its time budget: NEVER_WAITS. */
  | { kind: 'neverWaits' };

/** Which reason wins when several apply, highest first (the first of a kind stays). */
const STOP_PRIORITY: Record<StopReason['kind'], number> = {
  crashed: 6,
  disposed: 5,
  limit: 4,
  tooDeep: 3,
  outOfMemory: 2,
  neverWaits: 1,
};

/**
 * Reasons that halt the VM at once: every interrupt poll stops it (even while describing
 * a failure) and nothing more reaches the host. Over memory or time, the VM still gets
 * to describe what it threw.
 */
const HALTS: Record<StopReason['kind'], boolean> = {
  crashed: true,
  disposed: true,
  limit: false,
  tooDeep: true,
  outOfMemory: false,
  neverWaits: false,
};

class ProgramSession implements ProgramRun {
  readonly #options: ProgramOptions;
  readonly #limits: RunnerLimits;
  readonly #fileName: string;
  #state: State = 'new';
  #vm: Vm | undefined;
  #program: CompiledProgram | undefined;
  #memory: MemoryWatch | undefined;
  /** Wall time (injected clock) when the current slice began, ms. */
  #sliceStart = 0;
  #describing = false;
  #stopReason: StopReason | undefined;
  /** Over the slice budget, waiting one more interrupt poll for a sync call to stop at. */
  #overdue = false;
  /** The host's native stack overflowed inside WebAssembly: never touch the runtime again. */
  #poisoned = false;
  #logCount = 0;
  #logChars = 0;
  /** The latest MekongErrors handed to the VM (RECORD_LIMITS), by the id the VM error carries. */
  readonly #robotErrors = new Map<number, MekongError>();
  #nextErrorId = 0;
  /**
   * The slice goes on across a refused call (CallResult `refused`): the program has not
   * waited, so its budget keeps running from where the slice began.
   */
  #goesOn = false;
  #rejectionPending = false;
  /** Call site of the call the driver is working on (trackLines only). */
  #currentSite: Position | undefined;
  /** Deferred sync calls the VM holds, as read when it went idle; undefined once it ran. */
  #idleDeferred: number | undefined;

  constructor(options: ProgramOptions) {
    this.#options = options;
    this.#limits = { ...DEFAULT_LIMITS, ...options.limits };
    this.#fileName = options.fileName ?? `program.${options.language}`;
  }

  start(): ProgramStep {
    if (this.#state !== 'new')
      throw new Error(`start() called on a program that is ${this.#state}`);
    return this.#run(() => this.#setup() ?? this.#advance());
  }

  resume(result: CallResult): ProgramStep {
    if (this.#state !== 'waiting') {
      throw new Error(`resume() called on a program that is ${this.#state}, not waiting`);
    }
    this.#goesOn = !result.ok && result.refused === true;
    return this.#run(() => this.#spent() ?? this.#deliver(result) ?? this.#advance());
  }

  dispose(): void {
    if (this.#state === 'running') {
      // Called from a host callback while the VM runs: unwind it first, free it in #run.
      this.#stop({ kind: 'disposed' });
      return;
    }
    this.#release();
    this.#state = 'disposed';
  }

  /** Runs one slice (start or resume) and turns every way it can end into a step. */
  #run(body: () => ProgramStep): ProgramStep {
    this.#state = 'running';
    if (!this.#goesOn) this.#sliceStart = this.#options.now();
    this.#options.onSliceStart?.();
    this.#idleDeferred = undefined;
    let step: ProgramStep;
    try {
      step = body();
    } catch (error) {
      step = this.#stepFromException(error);
    }
    try {
      this.#applyDeferred();
    } catch (error) {
      this.#stop({ kind: 'crashed', error });
    }
    const reason = this.#stopReason;
    if (reason?.kind === 'crashed') {
      this.#release();
      this.#state = 'ended';
      throw reason.error;
    }
    if (reason?.kind === 'disposed') {
      this.#release();
      this.#state = 'disposed';
      return { kind: 'failed', error: new MekongError('STOPPED') };
    }
    if (step.kind === 'call') {
      this.#state = 'waiting';
    } else {
      this.#release();
      this.#state = 'ended';
    }
    return step;
  }

  /**
   * A slice that went on across refused calls and is over its budget fails here: in a
   * loop of refused calls, the VM runs too little between two of them to be polled often.
   */
  #spent(): ProgramStep | undefined {
    if (!this.#goesOn || this.#options.now() - this.#sliceStart <= this.#limits.sliceMs) {
      return undefined;
    }
    this.#stop({ kind: 'neverWaits' });
    return this.#fail(undefined);
  }

  #stepFromException(error: unknown): ProgramStep {
    if (error instanceof VmThrew) return this.#fail(error.reason);
    if (error instanceof MekongError) return { kind: 'failed', error };
    if (isStackOverflow(error) && this.#vm) {
      // The host's native stack overflowed inside WebAssembly: QuickJS was cut off
      // mid-operation, so its runtime cannot be trusted, not even to be freed.
      this.#poisoned = true;
      return { kind: 'failed', error: new MekongError('TOO_DEEP'), quickjsDamaged: true };
    }
    this.#stop({ kind: 'crashed', error });
    return { kind: 'failed', error: new MekongError('STOPPED') };
  }

  /** Records why the program is stopped, unless a reason of higher priority already is. */
  #stop(reason: StopReason): void {
    const current = this.#stopReason;
    if (!current || STOP_PRIORITY[reason.kind] > STOP_PRIORITY[current.kind]) {
      this.#stopReason = reason;
    }
  }

  /** Whether the VM must stop at once (see HALTS). */
  #halting(): boolean {
    return this.#stopReason !== undefined && HALTS[this.#stopReason.kind];
  }

  /** Compiles and starts the program; a failed step when it does not compile. */
  #setup(): ProgramStep | undefined {
    const { quickjs, source, language, trackLines, randomSeed, simulatedTime } = this.#options;
    this.#program = compileProgram(source, language, this.#fileName);
    this.#memory = watchMemory(quickjs, this.#limits.memoryBytes);
    this.#vm = createVm(
      quickjs,
      {
        memoryBytes: this.#limits.memoryBytes,
        trackLines: trackLines === true,
        randomSeed,
        simulatedTime: simulatedTime === true,
      },
      {
        interrupt: () => this.#shouldInterrupt(),
        callSync: (method, args) => this.#callSync(method, args),
        flush: () => this.#flush(),
        log: (level, text) => this.#log(level, text),
      },
    );
    // The student's code gets its whole slice, however long compiling took.
    this.#sliceStart = this.#options.now();
    this.#options.onSliceStart?.();
    const started = startMain(
      this.#vm,
      this.#program.code,
      this.#fileName,
      this.#limits.stackBytes,
    );
    return 'thrown' in started ? this.#fail(started.thrown) : undefined;
  }

  /** Runs the VM's jobs to quiescence, then reports the next call, the end or a failure. */
  #advance(): ProgramStep {
    const vm = this.#requireVm();
    const thrown = vm.direct.runJobs();
    if (thrown) return this.#fail(thrown);
    if (this.#memory?.exceeded()) this.#stop({ kind: 'outOfMemory' });
    if (this.#overdue) this.#stop({ kind: 'neverWaits' });
    if (this.#stopReason) {
      return this.#fail(readMainState(vm) === 2 ? readMainFailure(vm) : undefined);
    }
    if (this.#rejectionPending) {
      this.#rejectionPending = false;
      const error = this.#robotErrors.get(callNumber(vm.context, vm.api.unhandled));
      if (error) return { kind: 'failed', error: rebase(error, this.#currentSite) };
    }
    const idle = readIdle(vm, this.#options.trackLines === true);
    this.#idleDeferred = idle.deferredCount;
    const next = idle.call;
    if (next) {
      const { method, args, site } = next;
      this.#currentSite = site
        ? studentPosition(site, this.#fileName, this.#requireProgram())
        : undefined;
      return { kind: 'call', method, args, ...this.#currentSite };
    }
    const mainState = readMainState(vm);
    if (mainState === 2) return this.#fail(readMainFailure(vm));
    if (mainState === 1) return { kind: 'done' };
    return { kind: 'failed', error: new MekongError('WAITS_FOREVER') };
  }

  /** Settles the call returned by the last step; a failed step if that threw. */
  #deliver(result: CallResult): ProgramStep | undefined {
    const vm = this.#requireVm();
    if (result.ok) {
      const thrown = settleWithValue(vm, result.value);
      return thrown ? this.#fail(thrown) : undefined;
    }
    const id = this.#keepError(result.error);
    settleWithError(vm, String(result.error.code), result.error.message, id);
    this.#rejectionPending = true;
    return undefined;
  }

  /** Keeps `error` to name it if the program rethrows it; returns its id. */
  #keepError(error: MekongError): number {
    const id = this.#nextErrorId++;
    this.#robotErrors.set(id, error);
    this.#robotErrors.delete(id - RECORD_LIMITS.robotErrors);
    return id;
  }

  /**
   * A limit ran out in a host callback: the program ends with `error`, placed where the
   * student's code made the call (the VM's stack now), as nothing it throws can be caught.
   */
  #stopAtLimit(error: MekongError): void {
    let at: Position | undefined;
    try {
      const { context, api } = this.#requireVm();
      const site = call(context, api.site);
      at = studentPosition(context.getString(site), this.#fileName, this.#requireProgram());
      site.dispose();
    } catch {
      // No place, then: the error still says what ran out.
    }
    this.#stop({ kind: 'limit', error: rebase(error, at) });
  }

  /** Whether nothing more reaches the host: the VM halts, or a limit ran out. */
  #refusing(): boolean {
    return this.#halting() || this.#stopReason?.kind === 'limit';
  }

  /**
   * Hands the sync calls the VM deferred to the host, in order (or drops them once the
   * program is being stopped: they would have been refused). Called before every other host
   * call and at the end of every slice, so the host sees every call in program order. A
   * poisoned VM cannot be read: its last deferred calls are lost (the robot stops anyway).
   */
  #applyDeferred(): void {
    const vm = this.#vm;
    if (!vm || this.#poisoned || !this.#options.simulatedTime) return;
    const calls = takeDeferred(vm, this.#idleDeferred);
    this.#idleDeferred = undefined;
    if (this.#refusing()) return;
    for (const { method, args } of calls) {
      try {
        this.#options.host.callSync(method, args);
      } catch (error) {
        if (error instanceof StopProgram) {
          this.#stopAtLimit(error.error);
          return;
        }
        // The host accepted these arguments before: refusing them now breaks its contract.
        const detail = error instanceof Error ? error.message : String(error);
        throw new Error(`the host refused a deferred robot.${method}(): ${detail}`);
      }
    }
  }

  /** The VM's list of deferred calls is full. */
  #flush() {
    const { context } = this.#requireVm();
    try {
      this.#applyDeferred();
      return context.undefined;
    } catch (error) {
      return this.#abortFromCallback(error);
    }
  }

  /** A sync robot method, called by the VM. */
  #callSync(method: SyncMethod, argHandles: QuickJSHandle[]) {
    const { context, api } = this.#requireVm();
    // Stopping: nothing more reaches the host; the throw unwinds until the interrupt poll.
    if (this.#refusing()) return { error: context.undefined };
    const owned: QuickJSHandle[] = [];
    try {
      this.#applyDeferred();
      if (this.#refusing()) return { error: context.undefined };
      const args = argHandles.map((handle) => this.#argument(handle));
      const value = this.#options.host.callSync(method, args);
      if (this.#refusing()) return { error: context.undefined };
      const handle = toVm(context, api, value, owned);
      const index = owned.indexOf(handle);
      if (index >= 0) owned.splice(index, 1); // quickjs-emscripten frees the returned handle
      return handle;
    } catch (error) {
      if (error instanceof StopProgram) {
        this.#stopAtLimit(error.error);
        return { error: context.undefined };
      }
      if (!(error instanceof MekongError)) return this.#abortFromCallback(error);
      const id = this.#keepError(error);
      const args = [context.newString(error.code), context.newString(error.message)];
      args.push(context.newNumber(id));
      owned.push(...args);
      // quickjs-emscripten throws the handle into the VM and frees it.
      const made = context.callFunction(api.error, context.undefined, args);
      return { error: made.error ?? made.value };
    } finally {
      for (const handle of owned) handle.dispose();
    }
  }

  /** A console line from the VM; returns whether more lines are welcome. */
  #log(level: QuickJSHandle, text: QuickJSHandle) {
    const { context } = this.#requireVm();
    try {
      if (this.#refusing()) return { error: context.undefined };
      this.#applyDeferred();
      if (this.#refusing()) return { error: context.undefined };
      const line = context.getString(text);
      const { outputLines: lines, outputChars: chars } = this.#limits;
      this.#logCount++;
      this.#logChars += line.length;
      if (this.#logCount > lines || this.#logChars > chars) {
        this.#stopAtLimit(new MekongError('TOO_MUCH_OUTPUT', { lines, chars }));
        return { error: context.undefined };
      }
      const name = CONSOLE_LEVELS[context.getNumber(level)] ?? 'log';
      this.#options.host.log(name, line);
      return context.true;
    } catch (error) {
      return this.#abortFromCallback(error);
    }
  }

  /** A failure inside a VM callback: stop the VM; #run reports TOO_DEEP or rethrows. */
  #abortFromCallback(error: unknown) {
    // A VM call inside the callback threw (e.g. out of memory): throw that on into the VM.
    if (error instanceof VmThrew) return { error: error.reason };
    this.#stop(isStackOverflow(error) ? { kind: 'tooDeep' } : { kind: 'crashed', error });
    return { error: this.#requireVm().context.undefined };
  }

  /** A VM value passed to the host: primitives as they are, anything else described. */
  #argument(handle: QuickJSHandle): unknown {
    const { context, api } = this.#requireVm();
    const type = context.typeof(handle);
    if (type !== 'string' && type !== 'object') return readPlain(context, handle);
    const plain = call(context, api.plain, [handle]);
    const value = readPlain(context, plain);
    plain.dispose();
    return value;
  }

  #shouldInterrupt(): boolean {
    if (this.#halting()) return true;
    // A limit ran out: stop here, but let the VM still say where (as over time or memory).
    if (this.#stopReason?.kind === 'limit' && !this.#describing) return true;
    // Polled while the binding is installed too: that is our code, which always ends.
    if (!this.#vm) return false;
    try {
      if (!this.#describing && this.#memory?.exceeded()) {
        this.#stop({ kind: 'outOfMemory' });
        return true;
      }
      if (this.#options.now() - this.#sliceStart <= this.#limits.sliceMs) return false;
      // First time over budget: let the next sync call park the VM in its wrapper (see
      // the prelude), so the stop is reported at that call; stop at the next poll anyway.
      if (!this.#describing && !this.#overdue) {
        this.#overdue = true;
        const { context, api } = this.#requireVm();
        context.setProp(api.box, MAILBOX.overdue, context.true);
        return false;
      }
    } catch (error) {
      this.#abortFromCallback(error);
      return true;
    }
    if (!this.#describing) this.#stop({ kind: 'neverWaits' });
    return true;
  }

  /** The failed step for the value that ended the program (if any); frees `reason`. */
  #fail(reason: QuickJSHandle | undefined): ProgramStep {
    const info = reason ? this.#describe(reason) : undefined;
    const program = this.#requireProgram();
    const stop = this.#stopReason;
    const loop =
      stop?.kind === 'neverWaits' && info?.isError
        ? runawayLoop(info.stack, this.#fileName, program)
        : undefined;
    const at = info?.isError ? studentPosition(info.stack, this.#fileName, program) : undefined;
    // Stopped between refused calls, outside the student's code: at the call refused last.
    const where = loop ?? at ?? (this.#goesOn ? this.#currentSite : undefined) ?? {};
    let error: MekongError;
    if (stop) error = this.#stopError(stop, where);
    else if (info) {
      const context = { program, fileName: this.#fileName, limits: this.#limits };
      const robotError = (id: number) => this.#robotErrors.get(id);
      error = classifyFailure(info, { ...context, robotError });
    } else {
      error = new MekongError('RUNTIME_ERROR', { line: '?', column: '?', detail: 'unknown error' });
    }
    return { kind: 'failed', error };
  }

  /** The error a program stopped from outside ends with, at `where` in its code. */
  #stopError(reason: StopReason, where: Partial<Position>): MekongError {
    const { memoryBytes, sliceMs } = this.#limits;
    switch (reason.kind) {
      case 'tooDeep':
        return new MekongError('TOO_DEEP', {}, where);
      case 'outOfMemory':
        return new MekongError('OUT_OF_MEMORY', { limitMb: mb(memoryBytes) }, where);
      case 'neverWaits':
        return new MekongError('NEVER_WAITS', { ms: sliceMs }, where);
      case 'limit':
        if (reason.error.line !== undefined || where.line === undefined) return reason.error;
        return rebase(reason.error, where as Position);
      // #run reports these itself; the step is never seen.
      case 'disposed':
      case 'crashed':
        return new MekongError('STOPPED');
    }
  }

  /** Asks the prelude what `reason` is, with a fresh time slice and some spare heap. */
  #describe(reason: QuickJSHandle): FailureInfo | undefined {
    const { runtime, context, api } = this.#requireVm();
    this.#describing = true;
    this.#sliceStart = this.#options.now();
    runtime.setMemoryLimit(this.#limits.memoryBytes + DESCRIBE_HEADROOM_BYTES);
    try {
      const result = context.callFunction(api.describe, context.undefined, reason);
      if (result.error) {
        result.error.dispose();
        return undefined;
      }
      const info = readRecord(context, result.value, FAILURE_DEFAULTS);
      result.value.dispose();
      return info;
    } finally {
      reason.dispose();
      this.#describing = false;
    }
  }

  #requireVm(): Vm {
    if (!this.#vm) throw new Error('the program has no VM (not started, or already ended)');
    return this.#vm;
  }

  #requireProgram(): CompiledProgram {
    if (!this.#program) throw new Error('the program was not compiled');
    return this.#program;
  }

  /** Frees the VM; a poisoned one is abandoned (freeing it would abort the module). */
  #release(): void {
    const vm = this.#vm;
    this.#vm = undefined;
    if (vm && !this.#poisoned) releaseVm(vm);
  }
}

function isStackOverflow(error: unknown): boolean {
  return error instanceof RangeError && /call stack/i.test(error.message);
}
