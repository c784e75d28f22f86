import type { VendorError } from '../http';
import { waitPhrase } from '../messages';
import { DocfavErrorEnvelope, type DocfavErrorItem } from './schemas';

/**
 * Docfav's error codes, each with its own message for the receptionist. Vendor message texts are
 * never passed on: they can quote what was sent (an email address, a name).
 */

const KEY_HELP =
  'In Docfav, go to Settings → API, create a new key, and enter it in Frontdesk’s account settings.';

const MESSAGES: Record<string, VendorError> = {
  INVALID_API_KEY: {
    code: 'auth',
    message: `Docfav did not recognise the API key. Check that it was copied completely. ${KEY_HELP}`,
  },
  API_KEY_REVOKED: {
    code: 'auth',
    message: `This Docfav API key has been revoked (switched off) in Docfav. ${KEY_HELP}`,
  },
  API_KEY_EXPIRED: {
    code: 'auth',
    message: `This Docfav API key has expired. ${KEY_HELP}`,
  },
  CLINIC_MANAGER_ACCESS_DENIED: {
    code: 'permission',
    message:
      'The Docfav account behind this API key is not a manager of this clinic. Ask the clinic’s Docfav administrator to make it a manager.',
  },
  IP_NOT_ALLOWED: {
    code: 'permission',
    message:
      'Docfav does not accept connections from this network (its IP address is not allowed for this API key). Ask whoever manages your Docfav account to allow it, or use an allowed network.',
  },
  NOT_FOUND: {
    code: 'not-found',
    message: 'Docfav could not find this item; it may have been deleted. Refresh the calendar.',
  },
  VALIDATION_ERROR: {
    code: 'validation',
    message:
      'Docfav refused the request because some details are not valid. Check the dates, times and details and try again.',
  },
  CLIENT_EMAIL_EXISTS: {
    code: 'conflict',
    message:
      'A patient with this email address already exists in Docfav. Search for that patient instead of creating a new one.',
  },
  // Not in the spec's table: what Docfav answers when a new appointment overlaps another.
  APPOINTMENT_OVERLAP: {
    code: 'conflict',
    message:
      'This time overlaps another appointment or a reserved time in Docfav. Choose another time.',
  },
  RATE_LIMIT_EXCEEDED: {
    code: 'rate-limited',
    message: ({ retryAfterMs }) =>
      `Frontdesk has used up its Docfav request allowance for now. It will slow down and catch up on its own; try again ${waitPhrase(retryAfterMs)}.`,
  },
  INTERNAL_ERROR: {
    code: 'server',
    message:
      'Docfav had an internal error. Try again in a few minutes; if it keeps happening, contact Docfav support.',
  },
  API_DISABLED: {
    code: 'unavailable',
    message:
      'Docfav has switched off API access for this account for now, so Frontdesk cannot show or change Docfav appointments. Use Docfav directly, and contact Docfav support if this lasts.',
  },
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
    const scopes = missingScopes(item);
    const which = scopes.length > 0 ? `: ${scopes.join(', ')}` : '';
    return {
      vendorCode,
      code: 'permission',
      details: { missingScopes: scopes },
      message: `The Docfav API key lacks permissions Frontdesk needs${which}. In Docfav, go to Settings → API, create a key with these permissions, and enter it in Frontdesk’s account settings.`,
    };
  }
  const known = MESSAGES[vendorCode];
  const details: Record<string, unknown> = {};
  // Field names are ours to show (start_date); field values never are.
  if (item.field && /^[\w.[\]]{1,64}$/.test(item.field)) details.field = item.field;
  const conflicts = (item as Record<string, unknown>).conflicts;
  if (Array.isArray(conflicts)) details.conflicts = conflicts.length;
  return {
    vendorCode,
    ...known,
    ...(Object.keys(details).length > 0 ? { details } : {}),
  };
}
