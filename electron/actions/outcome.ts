import { AppError } from '../../shared/errors';

/** How a write ended when the vendor did not say: helpers that read back instead of retrying. */

export type Vendor = 'doctena' | 'docfav';

export function vendorName(vendor: Vendor): string {
  return vendor === 'doctena' ? 'Doctena' : 'Docfav';
}

/** A write that may or may not have reached the vendor (timeout, dropped connection, 5xx). */
export function isOutcomeUnknown(err: unknown): err is AppError {
  return err instanceof AppError && err.details?.outcome === 'unknown';
}

export type Attempt<T> = { ok: true; value: T } | { ok: false; unknown: AppError };

/**
 * Runs one write. A clear refusal is thrown as is; an unknown outcome is handed back so the
 * caller can read the real state. Never retried: a retried write that had gone through doubles it.
 */
export async function attempt<T>(write: () => Promise<T>): Promise<Attempt<T>> {
  try {
    return { ok: true, value: await write() };
  } catch (err) {
    if (isOutcomeUnknown(err)) return { ok: false, unknown: err };
    throw err;
  }
}

/**
 * The vendor did not answer, and reading back straight away did not find the change. That is not
 * proof that nothing was written (a platform may save after our timeout), so the outcome stays
 * unknown and nobody is invited to repeat it: the calendar shows the change if it arrives.
 */
export function notAppliedAfterCheck(err: AppError): AppError {
  return new AppError(err.code, {
    ...err.details,
    outcome: 'unknown',
    checked: true,
    reason: 'not-seen',
  });
}

/** The write went through but could not be read back: say so, so nobody repeats it. */
export function unreadAfterWrite(err: AppError, vendor: Vendor): AppError {
  return new AppError(err.code, { vendor, outcome: 'applied', reason: 'saved-not-read-back' });
}

/** Not-found that means the record is gone, as opposed to a calendar this login cannot see. */
export function isGone(err: unknown): boolean {
  return (
    err instanceof AppError && err.code === 'not-found' && err.details?.notFound !== 'calendar'
  );
}

/** The appointment stopped being live on the platform since the calendar last synced. */
export function cancelledMeanwhile(vendor: Vendor): AppError {
  return new AppError('conflict', { vendor, reason: 'changed-meanwhile', outcome: 'not-applied' });
}
