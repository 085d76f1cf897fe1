import type { ApiError } from './result';

/** An error meant for the analyst: dispatch passes its code and message through unchanged. */
export class UserError extends Error {
  constructor(
    readonly code: ApiError['code'],
    message: string,
  ) {
    super(message);
    this.name = 'UserError';
  }
}
