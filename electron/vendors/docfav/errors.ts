import type { VendorError } from '../http';
import type { ErrorDetails } from '../../../shared/errors';
import { DocfavErrorEnvelope, type DocfavErrorItem } from './schemas';

/**
 * Docfav's error codes in our terms. Vendor message texts are never passed on: they can quote what
 * was sent (an email address, a name). The renderer words each code (`details.vendorCode`).
 */
const CODES: Record<string, VendorError> = {
  INVALID_API_KEY: { code: 'auth' },
  API_KEY_REVOKED: { code: 'auth' },
  API_KEY_EXPIRED: { code: 'auth' },
  CLINIC_MANAGER_ACCESS_DENIED: { code: 'permission' },
  IP_NOT_ALLOWED: { code: 'permission' },
  NOT_FOUND: { code: 'not-found' },
  VALIDATION_ERROR: { code: 'validation' },
  CLIENT_EMAIL_EXISTS: { code: 'conflict', details: { reason: 'patient-email-exists' } },
  // Not in the spec's table: what Docfav answers when a new appointment overlaps another.
  APPOINTMENT_OVERLAP: { code: 'conflict', details: { reason: 'slot-taken' } },
  RATE_LIMIT_EXCEEDED: { code: 'rate-limited' },
  INTERNAL_ERROR: { code: 'server' },
  API_DISABLED: { code: 'unavailable' },
};

const SCOPE = /\b[a-z]+:(?:read|write)\b/g;

/** The scopes a refused request lacked: from `missing_scopes`, else read off the message. */
function missingScopes(item: DocfavErrorItem): string[] {
  const listed = (item.missing_scopes ?? []).filter((s) => /^[a-z]+:(read|write)$/.test(s));
  if (listed.length > 0) return listed;
  return [...new Set(item.message?.match(SCOPE) ?? [])];
}

export function describeDocfavError(_status: number, body: unknown): VendorError | undefined {
  const parsed = DocfavErrorEnvelope.safeParse(body);
  const item = parsed.success ? parsed.data.errors[0] : undefined;
  const vendorCode = item?.code ?? undefined;
  if (!item || !vendorCode) return undefined;

  if (vendorCode === 'INSUFFICIENT_SCOPES') {
    return { vendorCode, code: 'permission', details: { missingScopes: missingScopes(item) } };
  }
  const known = CODES[vendorCode];
  const details: ErrorDetails = { ...known?.details };
  // Field names are ours to show (start_date); field values never are.
  if (item.field && /^[\w.[\]]{1,64}$/.test(item.field)) details.field = item.field;
  const conflicts = (item as Record<string, unknown>).conflicts;
  if (Array.isArray(conflicts)) details.conflicts = conflicts.length;
  return {
    vendorCode,
    ...(known?.code === undefined ? {} : { code: known.code }),
    ...(Object.keys(details).length > 0 ? { details } : {}),
  };
}
