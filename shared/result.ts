/** The envelope every Api call returns across a transport, so callers never see a thrown error. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** A refusal or failure the user can read: a stable code plus a sentence naming what went wrong. */
export interface ApiError {
  code: 'invalid_argument' | 'no_case' | 'not_found' | 'bad_input' | 'busy' | 'forbidden' | 'internal';
  message: string;
}

/** Wraps a value as a successful Result. */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/** Wraps an error as a failed Result. */
export function err<T = never>(code: ApiError['code'], message: string): Result<T> {
  return { ok: false, error: { code, message } };
}
