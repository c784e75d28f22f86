import { AppError } from '../../../shared/errors';
import type { MessageKey } from '../../../shared/i18n/keys';
import { errorText } from '../accounts/errorText';
import { vendorName, type Vendor } from '../accounts/vendors';

type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

/** Situations the main process names by `details.reason`, each with its sentence here. */
const REASONS: Record<string, MessageKey> = {
  'move-pending': 'move.error.pending',
  compensated: 'move.error.compensated',
  repairing: 'move.error.repairing',
  'check-failed': 'move.error.checkFailed',
  'changed-meanwhile': 'action.error.changedMeanwhile',
  'write-pending': 'action.error.writePending',
  'target-past': 'action.error.targetPast',
  'time-out-of-range': 'block.outOfRange',
  'end-not-after-start': 'block.invalid',
  'reserved-title': 'guard.reservedTitle',
  'not-seen': 'action.error.notSeen',
};

/**
 * A failed action in the UI's language. What is known about the write decides the sentence: a
 * write whose outcome is unknown is never reported as "not saved", and never invites a retry that
 * could do it twice.
 */
export function actionErrorText(error: unknown, t: Translate): string {
  if (!(error instanceof AppError)) return t('connect.error.other');
  const details = error.details ?? {};
  const vendorKey: Vendor | undefined =
    details.vendor === 'doctena' || details.vendor === 'docfav' ? details.vendor : undefined;
  const vendor = vendorKey ? vendorName[vendorKey] : 'Frontdesk';
  const reason = typeof details.reason === 'string' ? REASONS[details.reason] : undefined;
  if (reason) return t(reason, { vendor });
  if (details.outcome === 'unknown') return t('action.error.unknown', { vendor });
  if (['validation', 'conflict', 'not-found', 'internal', 'invalid-input'].includes(error.code)) {
    return t('action.failed', { message: error.message });
  }
  return t('action.failed', { message: errorText(error, t, vendorKey) });
}
