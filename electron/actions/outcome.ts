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
export function notAppliedAfterCheck(err: AppError, vendor: Vendor, what: string): AppError {
  return new AppError(
    err.code,
    `${vendorName(vendor)} did not confirm the change, and when Frontdesk checked just now ${what} It may still arrive: check the calendar before doing it again.`,
    { ...err.details, outcome: 'unknown', checked: true, reason: 'not-seen' },
  );
}

/** The write went through but could not be read back: say so, so nobody repeats it. */
export function unreadAfterWrite(err: AppError, vendor: Vendor): AppError {
  return new AppError(
    err.code,
    `The change was saved in ${vendorName(vendor)}, but Frontdesk could not read it back. Refresh the calendar to see it.`,
    { vendor, outcome: 'applied' },
  );
}

/** Not-found that means the record is gone, as opposed to a calendar this login cannot see. */
export function isGone(err: unknown): boolean {
  return (
    err instanceof AppError && err.code === 'not-found' && err.details?.notFound !== 'calendar'
  );
}

/** The appointment stopped being live on the platform since the calendar last synced. */
export function cancelledMeanwhile(vendor: Vendor): AppError {
  return new AppError(
    'conflict',
    `This appointment was cancelled or changed in ${vendorName(vendor)} in the meantime, so it was not moved. The calendar now shows its current state.`,
    { vendor, reason: 'changed-meanwhile', outcome: 'not-applied' },
  );
}
