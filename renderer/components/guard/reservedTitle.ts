import { AppError } from '../../../shared/errors';
import { isReservedMirrorTitle } from '../../../shared/mirror-title';
import type { MessageKey } from '../../../shared/i18n/keys';

/**
 * The block dialog's check of a title the guard keeps for its own copies: before anything is sent
 * (the same rule as the main process), and to read the main process's refusal, which says
 * `reserved-title` as `details.reason` from the action, or names it among the issues when the
 * contract refused the input first.
 */
export function reservedTitleProblem(title: string): MessageKey | null {
  return isReservedMirrorTitle(title) ? 'guard.reservedTitle' : null;
}

export function isReservedTitleRefusal(err: unknown): boolean {
  if (!(err instanceof AppError)) return false;
  const { reason, issues } = err.details ?? {};
  if (err.code === 'validation') return reason === 'reserved-title';
  return (
    err.code === 'invalid-input' && typeof issues === 'string' && /\breserved-title\b/.test(issues)
  );
}
