import { AppError } from '../../shared/errors';

// An unreadable answer leaves the outcome unknown; for a write that is safe to repeat, repeating
// it is exactly how to settle that.
const TRANSIENT = new Set(['server', 'network', 'timeout', 'rate-limited', 'invalid-response']);

/**
 * Repeats a write that is safe to send twice: setting a status to a fixed value, or deleting one
 * record by id (a repeat finds it gone). Creating is never retried this way. Only transient
 * failures are retried, a few times with a short pause; refusals are thrown at once.
 */
export async function retryIdempotent<T>(
  write: () => Promise<T>,
  options: { attempts?: number; pauseMs?: number } = {},
): Promise<T> {
  const attempts = options.attempts ?? 3;
  let last: unknown;
  for (let i = 0; i < attempts; i++) {
    try {
      return await write();
    } catch (err) {
      last = err;
      const transient =
        err instanceof AppError &&
        TRANSIENT.has(err.code) &&
        // A long Retry-After is the platform asking us to stop, not to try again now.
        !(typeof err.details?.retryAfterMs === 'number' && err.details.retryAfterMs > 5_000);
      if (!transient || i === attempts - 1) throw err;
      await new Promise((resolve) => setTimeout(resolve, (options.pauseMs ?? 100) * (i + 1)));
    }
  }
  throw last;
}
