import { AppError, type ErrorCode, type ErrorReason } from '../../../shared/errors';
import type { MessageKey } from '../../../shared/i18n/keys';
import type { Translate } from '../../../shared/i18n/translate';
import { vendorName, type Vendor } from './vendors';

/**
 * Every reason the main process can name, with its sentence. Typed as a complete record, so a new
 * reason in shared/errors.ts does not compile until it has one.
 */
export const REASON_KEYS: Record<ErrorReason, MessageKey> = {
  'bad-id': 'reason.bad-id',
  'bad-date': 'reason.bad-date',
  'range-too-long': 'reason.range-too-long',
  'recurring-dates-missing': 'reason.recurring-dates-missing',
  'end-not-after-start': 'block.invalid',
  'time-out-of-range': 'block.outOfRange',
  'nothing-to-change': 'reason.nothing-to-change',
  'calendar-gone': 'reason.calendar-gone',
  'no-show-too-early': 'reason.no-show-too-early',
  'patient-email-exists': 'reason.patient-email-exists',
  'slot-taken': 'reason.slot-taken',
  'entry-gone': 'reason.entry-gone',
  'practitioner-gone': 'reason.practitioner-gone',
  'target-past': 'action.error.targetPast',
  'write-pending': 'action.error.writePending',
  'move-pending': 'move.error.pending',
  'not-seen': 'action.error.notSeen',
  'saved-not-read-back': 'reason.saved-not-read-back',
  'changed-meanwhile': 'action.error.changedMeanwhile',
  'no-service': 'reason.no-service',
  'moved-not-found': 'reason.moved-not-found',
  compensated: 'move.error.compensated',
  repairing: 'move.error.repairing',
  lost: 'reason.lost',
  'check-failed': 'move.error.checkFailed',
  'doctena-no-booking': 'reason.doctena-no-booking',
  'booking-pending': 'reason.booking-pending',
  'reserved-title': 'guard.reservedTitle',
  'account-missing': 'reason.account-missing',
  'docfav-no-blocking': 'reason.docfav-no-blocking',
  'calendar-not-in-account': 'reason.calendar-not-in-account',
  'repeat-rule-unknown': 'reason.repeat-rule-unknown',
  'not-a-blocking': 'reason.not-a-blocking',
  'read-only-kind': 'reason.read-only-kind',
  'blocking-status': 'reason.blocking-status',
  'recurring-occurrence': 'reason.recurring-occurrence',
  'blocking-started': 'reason.blocking-started',
  'no-unconfirmed': 'reason.no-unconfirmed',
  'not-started': 'action.noShowWhy',
  'already-no-show': 'reason.already-no-show',
  'not-live': 'reason.not-live',
  'no-show': 'reason.no-show',
  'already-cancelled': 'reason.already-cancelled',
  'cancelled-no-move': 'reason.cancelled-no-move',
  cancelled: 'reason.cancelled',
  expired: 'reason.expired',
  'already-confirmed': 'reason.already-confirmed',
  'not-confirmed': 'reason.not-confirmed',
  started: 'reason.started',
  past: 'reason.past',
  'not-allowed': 'reason.not-allowed',
  'pair-account-missing': 'reason.pair-account-missing',
  'pair-calendar-gone': 'reason.pair-calendar-gone',
  'base-url-invalid': 'reason.base-url-invalid',
  'base-url-insecure': 'reason.base-url-insecure',
  'clinic-not-visible': 'reason.clinic-not-visible',
  'managed-account': 'reason.managed-account',
  'account-gone': 'reason.account-gone',
  'settings-invalid': 'reason.settings-invalid',
  'secret-empty': 'reason.secret-empty',
  'no-secure-storage': 'reason.no-secure-storage',
  'bridge-lost': 'reason.bridge-lost',
};

/** Every code, with what it means when nothing more precise is known (see errorText). */
const CODE_KEYS: Record<ErrorCode, MessageKey> = {
  auth: 'connect.error.login',
  permission: 'connect.error.permission',
  network: 'connect.error.network',
  timeout: 'connect.error.timeout',
  'rate-limited': 'connect.error.rateLimited',
  server: 'connect.error.server',
  unavailable: 'connect.error.unavailable',
  'not-found': 'code.not-found',
  'invalid-response': 'error.unreadable',
  validation: 'code.validation',
  conflict: 'code.conflict',
  internal: 'code.internal',
  'invalid-input': 'code.invalid-input',
  'unknown-channel': 'code.unknown-channel',
  'forbidden-sender': 'code.forbidden-sender',
};

/** Docfav's own error codes that say exactly what is wrong with a key. */
const DOCFAV_CODES: Record<string, MessageKey> = {
  INVALID_API_KEY: 'connect.error.keyInvalid',
  API_KEY_REVOKED: 'connect.error.keyRevoked',
  API_KEY_EXPIRED: 'connect.error.keyExpired',
  IP_NOT_ALLOWED: 'connect.error.ipNotAllowed',
  CLINIC_MANAGER_ACCESS_DENIED: 'connect.error.notManager',
  API_DISABLED: 'connect.error.apiDisabled',
};

export function vendorOf(error: AppError, fallback?: Vendor): Vendor | undefined {
  const vendor = error.details?.vendor;
  return vendor === 'doctena' || vendor === 'docfav' ? vendor : fallback;
}

/** The sentence for the reason the main process named, if it named one this version knows. */
export function reasonText(error: AppError, t: Translate, vendor?: Vendor): string | undefined {
  const reason = error.reason;
  const key =
    reason && Object.hasOwn(REASON_KEYS, reason) ? REASON_KEYS[reason as ErrorReason] : undefined;
  return key && t(key, { vendor: vendorName[vendor ?? vendorOf(error) ?? 'doctena'] });
}

/**
 * What went wrong and what to do, in the UI's language, from the error's reason, Docfav's own code
 * or the error's code, in that order. The main process sends no sentence of its own.
 * `address` words a not-found or unreadable answer as a wrong API address (the connect form).
 */
export function errorText(
  error: unknown,
  t: Translate,
  fallbackVendor?: Vendor,
  options: { address?: boolean } = {},
): string {
  if (!(error instanceof AppError)) return t('connect.error.other');
  const vendorKey = vendorOf(error, fallbackVendor);
  const vendor = vendorKey ? vendorName[vendorKey] : 'Frontdesk';
  const byReason = reasonText(error, t, vendorKey);
  if (byReason) return byReason;
  const details = error.details ?? {};
  const docfavCode = typeof details.vendorCode === 'string' ? details.vendorCode : undefined;
  const known = docfavCode ? DOCFAV_CODES[docfavCode] : undefined;
  if (known) return t(known);
  if (docfavCode === 'INSUFFICIENT_SCOPES') {
    const scopes = Array.isArray(details.missingScopes) ? details.missingScopes.join(', ') : '';
    return t('connect.error.scopes', { scopes: scopes || '—' });
  }
  if (error.code === 'auth' && vendorKey === 'docfav') return t('connect.error.keyInvalid');
  // A wrong address under "Advanced" usually ends here: nothing there, or not an API.
  if (options.address && (error.code === 'not-found' || error.code === 'invalid-response')) {
    return vendorKey ? t('connect.error.address', { vendor }) : t('connect.error.other');
  }
  return t(CODE_KEYS[error.code], { vendor });
}
