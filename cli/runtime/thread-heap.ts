import { MekongError } from '../../robot/errors.ts';
import { PROGRAM_THREAD_HEAP_MB } from './grade-threads.js';

/**
 * The error of a program whose thread outgrew its heap (PROGRAM_THREAD_HEAP_MB), if
 * `error` (a worker thread's) says it did; the thread is gone, the process is not.
 */
export function outOfHeap(error: unknown): MekongError | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  if (code !== 'ERR_WORKER_OUT_OF_MEMORY') return undefined;
  return new MekongError('HOST_OUT_OF_MEMORY', { limitMb: PROGRAM_THREAD_HEAP_MB });
}
