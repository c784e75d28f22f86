import { useGuardStatus } from '../../api/guard';
import { intlLocale } from '../../calendar/locales';
import { useI18n } from '../../i18n';
import { checkedAt } from './when';
import { errorText } from '../accounts/errorText';
import { AppError } from '../../../shared/errors';

/**
 * What the last reconciliation did, and what went wrong in it. In the settings it is a live
 * region (the user just asked for a check); in the sidebar it is not, since it changes after
 * every sync and would keep interrupting a screen reader.
 */
export function GuardStatusLine(props: { compact?: boolean; checking?: boolean }) {
  const { t, language } = useI18n();
  const status = useGuardStatus();
  const base = props.compact ? 'guard-status guard-status-compact' : 'guard-status';
  const live = props.compact ? {} : { role: 'status', 'aria-live': 'polite' as const };
  if (status.error) {
    return (
      <p className={`${base} error`} {...live}>
        {t('guard.statusFailed', { message: errorText(status.error, t) })}
      </p>
    );
  }
  const data = status.data;
  const text =
    props.checking || data?.running
      ? t('guard.checking')
      : data?.lastRunAt && data.created + data.updated + data.deleted === 0 && data.lastChange
        ? t('guard.checkedQuiet', {
            time: checkedAt(data.lastRunAt, intlLocale[language]),
            changedAt: checkedAt(data.lastChange.at, intlLocale[language]),
            created: data.lastChange.created,
            updated: data.lastChange.updated,
            deleted: data.lastChange.deleted,
          })
        : data?.lastRunAt
          ? t('guard.checked', {
              time: checkedAt(data.lastRunAt, intlLocale[language]),
              created: data.created,
              updated: data.updated,
              deleted: data.deleted,
            })
          : t('guard.notChecked');
  const errors = data?.errors ?? [];
  return (
    <div className={base} data-testid={props.compact ? 'guard-status-compact' : 'guard-status'}>
      <p className="guard-status-line" {...live}>
        {text}
      </p>
      {errors.length > 0 && (
        <div className="guard-problems">
          {!props.compact && <p>{t('guard.problems')}</p>}
          <ul>
            {[...new Set(errors.map((e) => errorText(AppError.fromPayload(e), t)))].map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
