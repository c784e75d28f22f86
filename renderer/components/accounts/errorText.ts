import { AppError } from '../../../shared/errors';
import type { MessageKey } from '../../../shared/i18n/keys';
import { vendorName, type Vendor } from './vendors';

type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

/** Docfav's own error codes that say exactly what is wrong with a key. */
const DOCFAV_CODES: Record<string, MessageKey> = {
  INVALID_API_KEY: 'connect.error.keyInvalid',
  API_KEY_REVOKED: 'connect.error.keyRevoked',
  API_KEY_EXPIRED: 'connect.error.keyExpired',
  IP_NOT_ALLOWED: 'connect.error.ipNotAllowed',
  CLINIC_MANAGER_ACCESS_DENIED: 'connect.error.notManager',
  API_DISABLED: 'connect.error.apiDisabled',
};

/**
 * What went wrong and what to do, in the UI's language. The code (and Docfav's own code in the
 * details) picks the sentence; the main process's English message is shown only for failures
 * that have no sentence of their own here, since it is still better than nothing.
 */
export function errorText(error: unknown, t: Translate, fallbackVendor?: Vendor): string {
  if (!(error instanceof AppError)) return t('connect.error.other');
  const details = error.details ?? {};
  const vendorKey =
    details.vendor === 'doctena' || details.vendor === 'docfav' ? details.vendor : fallbackVendor;
  const vendor = vendorKey ? vendorName[vendorKey] : '';
  const docfavCode = typeof details.vendorCode === 'string' ? details.vendorCode : undefined;
  const known = docfavCode ? DOCFAV_CODES[docfavCode] : undefined;
  if (known) return t(known);
  if (docfavCode === 'INSUFFICIENT_SCOPES') {
    const scopes = Array.isArray(details.missingScopes) ? details.missingScopes.join(', ') : '';
    return t('connect.error.scopes', { scopes: scopes || '—' });
  }
  switch (error.code) {
    case 'auth':
      return vendorKey === 'docfav' ? t('connect.error.keyInvalid') : t('connect.error.login');
    case 'permission':
      return t('connect.error.permission', { vendor });
    case 'network':
      return t('connect.error.network', { vendor });
    case 'timeout':
      return t('connect.error.timeout', { vendor });
    case 'rate-limited':
      return t('connect.error.rateLimited', { vendor });
    case 'server':
      return t('connect.error.server', { vendor });
    case 'unavailable':
      return t('connect.error.unavailable', { vendor });
    // A wrong address under "Advanced" usually ends here: nothing there, or not an API.
    case 'not-found':
    case 'invalid-response':
      return vendor ? t('connect.error.address', { vendor }) : t('connect.error.other');
    default:
      return t('connect.error.refused', { message: error.message });
  }
}
