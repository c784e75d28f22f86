import type { ErrorCode } from '../../shared/errors';

/**
 * What a receptionist reads when a vendor call fails: what happened, in plain words, and what to
 * do next. Vendor clients override these where the vendor tells us more (Docfav's error codes).
 */

export function waitPhrase(retryAfterMs: number | undefined): string {
  if (retryAfterMs === undefined) return 'in a minute';
  const seconds = Math.ceil(retryAfterMs / 1000);
  if (seconds <= 1) return 'in a moment';
  if (seconds < 90) return `in ${seconds} second${seconds === 1 ? '' : 's'}`;
  return `in about ${Math.ceil(seconds / 60)} minutes`;
}

const UNKNOWN_OUTCOME =
  'so Frontdesk cannot tell whether the change was saved. The calendar will be re-checked; look at the appointment there before trying again.';

export function defaultMessage(
  vendor: string,
  code: ErrorCode,
  context: { write: boolean; outcomeUnknown?: boolean; retryAfterMs?: number },
): string {
  if (context.outcomeUnknown) {
    switch (code) {
      case 'timeout':
        return `${vendor} did not answer in time, ${UNKNOWN_OUTCOME}`;
      case 'network':
        return `The connection to ${vendor} broke off, ${UNKNOWN_OUTCOME}`;
      case 'invalid-response':
        return `${vendor} sent an answer Frontdesk could not read, ${UNKNOWN_OUTCOME}`;
      default:
        return `${vendor} reported a problem of its own, ${UNKNOWN_OUTCOME}`;
    }
  }
  switch (code) {
    case 'auth':
      return `${vendor} did not accept the sign-in details. Check them in Frontdesk's account settings.`;
    case 'permission':
      return `This ${vendor} account is not allowed to do that. Ask whoever manages your ${vendor} account for access.`;
    case 'not-found':
      return `${vendor} could not find this item; it may have been deleted or moved. Refresh the calendar.`;
    case 'validation':
      return `${vendor} refused the request because some details are not valid. Check the times and details and try again.`;
    case 'conflict':
      return `${vendor} refused the change because it clashes with something already there. Refresh the calendar and check.`;
    case 'rate-limited':
      return `${vendor} is receiving too many requests from Frontdesk. Frontdesk will slow down; try again ${waitPhrase(context.retryAfterMs)}.`;
    case 'server':
      return `${vendor} had a problem on its side. Try again in a few minutes; if it keeps happening, contact ${vendor} support.`;
    case 'unavailable':
      return `${vendor} is not available right now. Try again later; the ${vendor} website may still work.`;
    case 'network':
      return `Frontdesk could not reach ${vendor}. Check the internet connection and try again.`;
    case 'timeout':
      return `${vendor} did not answer in time. Try again in a moment.`;
    case 'invalid-response':
      return `${vendor} sent an answer Frontdesk could not read. Try again; if it keeps happening, contact Frontdesk support.`;
    default:
      return `Something went wrong talking to ${vendor}. Please try again.`;
  }
}

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
