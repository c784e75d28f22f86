import type { ErrorCode } from '../../shared/errors';

/** The error code an HTTP status means when the vendor's body says nothing more precise. */
export function codeForStatus(status: number): ErrorCode {
  if (status === 401) return 'auth';
  if (status === 403) return 'permission';
  if (status === 404 || status === 410) return 'not-found';
  if (status === 400 || status === 422) return 'validation';
  if (status === 409) return 'conflict';
  if (status === 429) return 'rate-limited';
  if (status >= 500) return 'server';
  // 405, 415 and friends: we sent something the vendor does not understand.
  return 'validation';
}
