import { z } from 'zod';

/**
 * Every failure that crosses a boundary (vendor HTTP, IPC, web bridge) is one of these codes.
 * The renderer decides what to show from the code; `message` is already fit for a receptionist.
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

export const ErrorPayload = z.object({
  code: ErrorCode,
  message: z.string(),
  /** Vendor error code (e.g. API_KEY_REVOKED), HTTP status, missing scopes, field issues. Never patient data. */
  details: z.record(z.string(), z.unknown()).optional(),
});
export type ErrorPayload = z.infer<typeof ErrorPayload>;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: Record<string, unknown> | undefined;

  constructor(code: ErrorCode, message: string, details?: Record<string, unknown>) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }

  toPayload(): ErrorPayload {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }

  static fromPayload(payload: ErrorPayload): AppError {
    return new AppError(payload.code, payload.message, payload.details);
  }
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}

/** Wraps anything thrown into an AppError without leaking its message (it may hold patient data). */
export function toAppError(value: unknown): AppError {
  if (value instanceof AppError) return value;
  return new AppError('internal', 'Something went wrong inside Frontdesk. Please try again.');
}
