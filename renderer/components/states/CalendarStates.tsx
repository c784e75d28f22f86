import type { CalendarData } from '../../../shared/contract';
import { useSettings } from '../../api/settings';
import { isBlock, isVisible } from '../../calendar/events';
import { useI18n } from '../../i18n';
import './states.css';

interface Props {
  data: CalendarData | undefined;
  hiddenCalendars: ReadonlySet<string>;
  /** FullCalendar's view type: a day view says "this day". */
  view: string;
}

const PLATFORM = { doctena: 'Doctena', docfav: 'Docfav' } as const;

/**
 * What the grid alone cannot say: which platform is still loading (each on its own, so a slow
 * one does not hide the other's bookings), and that a loaded week really has nothing booked,
 * said only once every platform has answered, so a slow platform never reads as an empty week.
 */
export function CalendarStates({ data, hiddenCalendars, view }: Props) {
  const { t } = useI18n();
  const showCancelled = useSettings().data?.showCancelled ?? false;
  if (!data) return null;
  const loading = [
    ...new Set(
      data.accounts
        .filter((a) => a.slow === 'missing' || (a.state === 'syncing' && !a.lastSuccessAt))
        .map((a) => a.vendor),
    ),
  ];
  const filter = { hiddenCalendars, showCancelled };
  // A platform that failed may well have bookings this week: not "empty", its banner says why.
  const failed = data.accounts.some((a) => a.state === 'error');
  const empty =
    data.accounts.length > 0 &&
    loading.length === 0 &&
    !failed &&
    !data.events.some((e) => !isBlock(e) && isVisible(e, filter));
  if (!empty && loading.length === 0) return null;
  return (
    <div className="calendar-states">
      {loading.map((vendor) => (
        <p
          key={vendor}
          className="platform-loading"
          role="status"
          data-testid={`loading-${vendor}`}
        >
          {t('calendar.loadingPlatform', { platform: PLATFORM[vendor] })}
        </p>
      ))}
      {empty && (
        <p className="calendar-empty" role="status">
          {t(view.endsWith('Day') ? 'calendar.emptyDay' : 'calendar.emptyWeek')}
        </p>
      )}
    </div>
  );
}
