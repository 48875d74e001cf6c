/** The first AssayError a call fails with (alone, or first of several); anything else is rethrown. */
import { AssayError, AssayErrors } from '../../src/diagnostics/error.js';

function firstProblem(error: unknown): AssayError {
  if (error instanceof AssayError) return error;
  if (error instanceof AssayErrors && error.errors[0] !== undefined) return error.errors[0];
  throw error;
}

export function failure(run: () => unknown): AssayError {
  try {
    run();
  } catch (error) {
    return firstProblem(error);
  }
  throw new Error('expected a failure');
}

export async function failureAsync(run: () => Promise<unknown>): Promise<AssayError> {
  try {
    await run();
  } catch (error) {
    return firstProblem(error);
  }
  throw new Error('expected a failure');
}
