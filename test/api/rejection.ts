// Awaits an API call that must fail, and hands back its ApiError for assertions.
import { isApiError, type ApiError } from '../../src/api/errors.js';

/** Resolves with the rejection of `promise`, failing the test when it resolves instead. */
export async function rejection(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    if (isApiError(error)) return error;
    throw error;
  }
  throw new Error('expected the call to reject');
}
