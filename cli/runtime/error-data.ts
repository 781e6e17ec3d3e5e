import { type ErrorCode, type ErrorParams, MekongError } from '../../robot/errors.ts';

/** A MekongError as data (errors lose their class when they cross threads). */
export interface ErrorData {
  code: ErrorCode;
  params: ErrorParams;
  line?: number;
  column?: number;
}

export function errorData(error: MekongError | null): ErrorData | null {
  if (!error) return null;
  const { code, params, line, column } = error;
  return {
    code,
    params,
    ...(line === undefined ? {} : { line }),
    ...(column === undefined ? {} : { column }),
  };
}

/** The MekongError that `data` describes (its params were checked when it was first made). */
export function fromData(data: ErrorData): MekongError {
  return MekongError.restore(data.code, data.params, data);
}
