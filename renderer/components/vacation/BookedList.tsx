import type { BulkCancelProgress } from '../../../shared/contract';
import type { CalendarEvent, CalendarInfo } from '../../../shared/domain';
import { AppError } from '../../../shared/errors';
import { calendarKeyOf, infoKeyOf } from '../../calendar/events';
import { intlLocale } from '../../calendar/locales';
import { useI18n } from '../../i18n';
import { actionErrorText } from '../actions/actionErrorText';

interface Props {
  booked: readonly CalendarEvent[];
  calendars: readonly CalendarInfo[];
  progress: BulkCancelProgress | null | undefined;
  running: boolean;
  onCancelAll: () => void;
}

/**
 * The bookings inside a block's range, before it is saved, with the offer to cancel them all;
 * once that runs, each line says how its appointment ended.
 */
export function BookedList({ booked, calendars, progress, running, onCancelAll }: Props) {
  const { t, language } = useI18n();
  if (booked.length === 0 && !progress) return null;
  const names = new Map(calendars.map((c) => [infoKeyOf(c), c.name]));
  const when = new Intl.DateTimeFormat(intlLocale[language], {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  });
  const results = new Map((progress?.items ?? []).map((item) => [item.eventId, item]));
  const handled = (progress?.items ?? []).filter((i) => i.state !== 'todo').length;
  return (
    <section className="booked-list" aria-label={t('vacation.listLabel')}>
      <p>{t('vacation.booked', { count: booked.length })}</p>
      <ul>
        {booked.map((e) => {
          const result = results.get(e.id);
          return (
            <li key={e.id} data-booked-id={e.id}>
              <span>{when.format(new Date(e.start))}</span>{' '}
              <strong>{e.patient?.name || e.title}</strong>{' '}
              <span className="muted">{names.get(calendarKeyOf(e)) ?? ''}</span>
              {result && (
                <span className={`booked-result booked-${result.state}`}>
                  {' '}
                  {result.state === 'cancelled'
                    ? t('vacation.cancelled')
                    : result.state === 'failed'
                      ? t('vacation.failed', {
                          message: result.error
                            ? actionErrorText(AppError.fromPayload(result.error), t)
                            : '',
                        })
                      : t('vacation.pending')}
                </span>
              )}
            </li>
          );
        })}
      </ul>
      {progress ? (
        <p role="status">
          {t('vacation.progress', { done: handled, total: progress.items.length })}
        </p>
      ) : (
        <button type="button" disabled={running} onClick={onCancelAll}>
          {t('vacation.cancelAll')}
        </button>
      )}
    </section>
  );
}
