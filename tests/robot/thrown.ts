import { isMekongError, type MekongError } from '../../robot/index.ts';

/** The MekongError `fn` throws; any other error is thrown on, and none at all fails the test. */
export function thrown(fn: () => unknown): MekongError {
  try {
    fn();
  } catch (error) {
    if (isMekongError(error)) return error;
    throw error;
  }
  throw new Error('expected a MekongError, but nothing was thrown');
}

/** The MekongError `promise` rejects with; any other error is thrown on, fulfilment fails the test. */
export function rejection(promise: Promise<unknown>): Promise<MekongError> {
  return promise.then(
    () => {
      throw new Error('expected a MekongError, but the promise was fulfilled');
    },
    (error: unknown) => {
      if (isMekongError(error)) return error;
      throw error;
    },
  );
}
