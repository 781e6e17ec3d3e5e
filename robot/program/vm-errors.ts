import { MekongError } from '../errors.ts';
import { ROBOT_METHODS } from '../robot.ts';
import { type CompiledProgram, calleeStart, type Position, syntaxError } from './compile.ts';
import { runtimeDetail } from './engine-messages.ts';
import { FORBIDDEN_GLOBALS } from './forbidden-globals.ts';
import type { FailureInfo } from './prelude/layout.ts';

export interface FailureContext {
  program: CompiledProgram;
  fileName: string;
  limits: { memoryBytes: number };
  /** The robot error the VM's error with this id stands for, if it is still kept. */
  robotError: (id: number) => MekongError | undefined;
}

const FORBIDDEN: ReadonlySet<string> = new Set(FORBIDDEN_GLOBALS);

/**
 * The first frame of `stack` in the student's file, mapped to the student's source. A
 * position on a call's `(` moves to the start of the callee (see `calleeStart`) unless
 * `exact` (syntax errors point at the offending token).
 */
export function studentPosition(
  stack: string,
  fileName: string,
  program: CompiledProgram,
  exact = false,
): Position | undefined {
  for (const frame of stack.split('\n')) {
    const match = /^\s*at (?:.*? \()?(.*):(\d+):(\d+)\)?$/.exec(frame);
    if (match && match[1] === fileName) {
      const at = program.toSource(Number(match[2]), Number(match[3]));
      return at && !exact ? calleeStart(program.lines, at) : at;
    }
  }
  return undefined;
}

/** Turns an uncaught error (or value) of the program into the MekongError students read. */
export function classifyFailure(info: FailureInfo, context: FailureContext): MekongError {
  const { program, fileName } = context;
  const syntax = info.name === 'SyntaxError';
  const at = info.isError ? studentPosition(info.stack, fileName, program, syntax) : undefined;
  const where = at ?? {};
  const robotError = info.id >= 0 ? context.robotError(info.id) : undefined;
  if (robotError) {
    return rebase(robotError, at);
  }
  if (info.feature !== '') return new MekongError('NOT_ALLOWED', { feature: info.feature }, where);
  if (!info.isError) {
    return new MekongError(
      'RUNTIME_ERROR',
      { line: '?', column: '?', detail: `uncaught ${info.text}` },
      where,
    );
  }
  const { name, message } = info;
  if (syntax && at) {
    // Overflowing the stack while parsing is nesting, not recursion.
    return message === 'stack overflow'
      ? new MekongError('TOO_NESTED', {}, at)
      : syntaxError(message, at, program.lines);
  }
  if (
    message === 'out of memory' ||
    message === 'string too long' ||
    /^out of memory/.test(message)
  ) {
    return new MekongError('OUT_OF_MEMORY', { limitMb: mb(context.limits.memoryBytes) }, where);
  }
  if (message === 'stack overflow' || message === 'Maximum call stack size exceeded') {
    return new MekongError('TOO_DEEP', {}, where);
  }
  const notDefined = /^'(.+)' is not defined$/.exec(message);
  if (name === 'ReferenceError' && notDefined?.[1] !== undefined && FORBIDDEN.has(notDefined[1])) {
    return new MekongError('NOT_ALLOWED', { feature: notDefined[1] }, where);
  }
  if (/^could not load module/.test(message)) {
    return new MekongError('NOT_ALLOWED', { feature: 'import' }, where);
  }
  const callee =
    name === 'TypeError' && message === 'not a function' && at
      ? calleeAt(program.lines, at)
      : undefined;
  return new MekongError(
    'RUNTIME_ERROR',
    {
      line: at?.line ?? '?',
      column: at?.column ?? '?',
      detail: runtimeDetail(callee ? notAFunction(callee) : `${name}: ${message}`),
    },
    where,
  );
}

/** The called expression (`robot.distanse`) starting at a call position, if it reads as one. */
function calleeAt(lines: readonly string[], at: Position): string | undefined {
  const text = lines[at.line - 1]?.slice(at.column - 1) ?? '';
  return /^([A-Za-z_$][\w$]*(?:\s*\.\s*[A-Za-z_$][\w$]*)*)\s*\(/
    .exec(text)?.[1]
    ?.replace(/\s+/g, '');
}

/** QuickJS says only "not a function": name the callee, and the robot's calls for a typo. */
function notAFunction(callee: string): string {
  const robotCall = /^robot\.(.+)$/.exec(callee)?.[1];
  if (robotCall !== undefined && !(ROBOT_METHODS as readonly string[]).includes(robotCall)) {
    return `TypeError: ${callee} is not a function: the robot has no "${robotCall}" (it has ${ROBOT_METHODS.join(', ')})`;
  }
  return `TypeError: ${callee} is not a function`;
}

/** The same error (code and params) at the student's position. */
export function rebase(error: MekongError, at: Position | undefined): MekongError {
  return at ? MekongError.restore(error.code, error.params, at) : error;
}

export function mb(bytes: number): number {
  return Math.round((bytes / (1024 * 1024)) * 10) / 10;
}
