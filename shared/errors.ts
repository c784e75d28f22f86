import { z } from 'zod';

/**
 * Every failure that crosses a boundary (vendor HTTP, IPC, web bridge) is one of these codes, with
 * details (a reason, the vendor, what is known about a write). It carries no sentence: the
 * renderer words it from its catalogues, in the desk's language (renderer/i18n/errorText.ts).
 */
export const ErrorCode = z.enum([
  // IPC boundary
  'invalid-input',
  'unknown-channel',
  'forbidden-sender',
  // vendor boundary
  'auth',
  'permission',
  'not-found',
  'validation',
  'conflict',
  'rate-limited',
  'server',
  'unavailable',
  'network',
  'timeout',
  'invalid-response',
  // our own bugs
  'internal',
]);
export type ErrorCode = z.infer<typeof ErrorCode>;

/**
 * The situations the main process names more precisely than its code. Each has its sentence in
 * every catalogue: the type of the renderer's map makes a new reason without one a compile error.
 */
export const ErrorReason = z.enum([
  // a request Frontdesk refused to send, or a vendor's specific refusal
  'bad-id',
  'bad-date',
  'range-too-long',
  'recurring-dates-missing',
  'end-not-after-start',
  'time-out-of-range',
  'nothing-to-change',
  'calendar-gone',
  'no-show-too-early',
  'patient-email-exists',
  'slot-taken',
  // actions
  'entry-gone',
  'practitioner-gone',
  'target-past',
  'write-pending',
  'move-pending',
  'not-seen',
  'saved-not-read-back',
  'changed-meanwhile',
  'no-service',
  'moved-not-found',
  'compensated',
  'repairing',
  'lost',
  'check-failed',
  // new bookings
  'doctena-no-booking',
  'booking-pending',
  // blocked time
  'reserved-title',
  'account-missing',
  'docfav-no-blocking',
  'calendar-not-in-account',
  'repeat-rule-unknown',
  'not-a-blocking',
  // why a status change or a move is not possible (actions/rules.ts)
  'read-only-kind',
  'blocking-status',
  'recurring-occurrence',
  'blocking-started',
  'no-unconfirmed',
  'not-started',
  'already-no-show',
  'not-live',
  'no-show',
  'already-cancelled',
  'cancelled-no-move',
  'cancelled',
  'expired',
  'already-confirmed',
  'not-confirmed',
  'started',
  'past',
  'not-allowed',
  // the double-booking guard
  'pair-account-missing',
  'pair-calendar-gone',
  // accounts, settings and the secret store
  'base-url-invalid',
  'base-url-insecure',
  'clinic-not-visible',
  'managed-account',
  'account-gone',
  'settings-invalid',
  'secret-empty',
  'no-secure-storage',
  // the web bridge (development and tests) lost its server
  'bridge-lost',
]);
export type ErrorReason = z.infer<typeof ErrorReason>;

/** Vendor error code (e.g. API_KEY_REVOKED), HTTP status, missing scopes, field names. Never patient data. */
export type ErrorDetails = { reason?: ErrorReason } & Record<string, unknown>;

export const ErrorPayload = z.object({
  code: ErrorCode,
  details: z.record(z.string(), z.unknown()).optional(),
});
export type ErrorPayload = z.infer<typeof ErrorPayload>;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: Record<string, unknown> | undefined;

  constructor(code: ErrorCode, details?: ErrorDetails) {
    // For logs and stack traces only: codes, never a sentence and never patient data.
    super(typeof details?.reason === 'string' ? `${code}: ${details.reason}` : code);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }

  /** The reason, when the main process named one (any string from an older or newer peer). */
  get reason(): string | undefined {
    const reason = this.details?.reason;
    return typeof reason === 'string' ? reason : undefined;
  }

  toPayload(): ErrorPayload {
    return this.details === undefined
      ? { code: this.code }
      : { code: this.code, details: this.details };
  }

  static fromPayload(payload: ErrorPayload): AppError {
    return new AppError(payload.code, payload.details);
  }
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}

/** Wraps anything thrown into an AppError without leaking its message (it may hold patient data). */
export function toAppError(value: unknown): AppError {
  if (value instanceof AppError) return value;
  return new AppError('internal');
}
