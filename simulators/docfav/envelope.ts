import type { SimResponse } from '../kit/server';

/**
 * Docfav wraps every answer, success or failure, in `{ data, errors, meta }`. Handlers throw
 * `ApiError` and the route wrapper turns it into the error envelope.
 */

export type ErrorCode =
  | 'VALIDATION_ERROR'
  | 'INVALID_API_KEY'
  | 'API_KEY_REVOKED'
  | 'API_KEY_EXPIRED'
  | 'INSUFFICIENT_SCOPES'
  | 'CLINIC_MANAGER_ACCESS_DENIED'
  | 'IP_NOT_ALLOWED'
  | 'NOT_FOUND'
  | 'CLIENT_EMAIL_EXISTS'
  // Not in the spec's table: the spec documents `force` ("allow overlapping appointments") but not
  // the error a refused overlap gives. We answer 409 with this code and the conflicts.
  | 'APPOINTMENT_OVERLAP'
  | 'RATE_LIMIT_EXCEEDED'
  | 'INTERNAL_ERROR'
  | 'API_DISABLED';

export interface ApiErrorBody {
  code: ErrorCode;
  message: string;
  [extra: string]: unknown;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly extra: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }

  body(): ApiErrorBody {
    return { code: this.code, message: this.message, ...this.extra };
  }
}

export function validationError(field: string, message: string): ApiError {
  return new ApiError(400, 'VALIDATION_ERROR', message, { field });
}

export function notFound(what: string): ApiError {
  return new ApiError(404, 'NOT_FOUND', `${what} not found`);
}

/** `2026-02-05T15:00:00Z`: how Docfav writes event instants. */
export function isoZ(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** `2026-02-05T12:00:00+00:00`: how the spec writes `meta.timestamp` and `created_at`. */
export function isoOffset(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, '+00:00');
}

export function envelope(now: Date, data: unknown, errors: ApiErrorBody[] = []) {
  return { data, errors, meta: { timestamp: isoOffset(now), api_version: 'v1' } };
}

export function okResponse(now: Date, data: unknown, status = 200): SimResponse {
  return { status, body: envelope(now, data) };
}

export function errorResponse(now: Date, err: ApiError): SimResponse {
  return {
    status: err.status,
    body: envelope(now, null, [err.body()]),
    ...(Object.keys(err.headers).length > 0 ? { headers: err.headers } : {}),
  };
}
