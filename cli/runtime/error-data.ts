import { type ErrorData, MekongError } from '../../robot/errors.ts';

/** The MekongError that `data` describes (its params were checked when it was first made). */
export function fromData(data: ErrorData): MekongError {
  return MekongError.restore(data.code, data.params, data);
}
