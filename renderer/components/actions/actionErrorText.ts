import { AppError } from '../../../shared/errors';
import type { Translate } from '../../../shared/i18n/translate';
import { errorText, reasonText, vendorOf } from '../accounts/errorText';
import { vendorName } from '../accounts/vendors';

/**
 * A failed action in the UI's language. What is known about the write decides the sentence: a
 * write whose outcome is unknown is never reported as "not saved", and never invites a retry that
 * could do it twice.
 */
export function actionErrorText(error: unknown, t: Translate): string {
  if (!(error instanceof AppError)) return t('connect.error.other');
  const vendor = vendorOf(error);
  const byReason = reasonText(error, t, vendor);
  if (byReason) return byReason;
  if (error.details?.outcome === 'unknown') {
    return t('action.error.unknown', { vendor: vendor ? vendorName[vendor] : 'Frontdesk' });
  }
  return t('action.failed', { message: errorText(error, t, vendor) });
}
