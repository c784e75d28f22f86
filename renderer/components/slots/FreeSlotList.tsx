import { useEffect, useId, useRef, useState } from 'react';
import type { FreeSlot } from '../../../shared/contract';
import { useFreeSlots } from '../../api/slots';
import { clockTime, dateTime } from '../../calendar/format';
import { intlLocale } from '../../calendar/locales';
import { useI18n } from '../../i18n';
import { errorText } from '../accounts/errorText';
import './slots.css';

export interface FreeSlotListProps {
  /** The practitioner: a Doctena calendar or a Docfav staff calendar. */
  calendar: { accountId: string; calendarId: string };
  /** The slot's length; or, on Docfav, the service that sets it. */
  durationMinutes?: number;
  serviceId?: string;
  /** Where to start looking (default: now). */
  from?: string;
  weeks?: number;
  onPick: (slot: FreeSlot) => void;
  /** The list's heading (default "Next free slots"). */
  label?: string;
}

const PAGE = 20;
const MAX = 100;
const DEFAULT_WEEKS = 4;

/**
 * A practitioner's next free slots, grouped by day, each a button that hands the slot to
 * `onPick`: the booking dialog fills its start with it, "Change time" moves the appointment there.
 * For a practitioner paired in the double-booking guard the slots are free on both platforms.
 */
export function FreeSlotList(props: FreeSlotListProps) {
  const { t, language } = useI18n();
  const locale = intlLocale[language];
  const headingId = useId();
  // Fixed when the list opens: a moving "now" would make every render a new search.
  const [now] = useState(() => new Date().toISOString());
  const [max, setMax] = useState(PAGE);
  const box = useRef<HTMLElement>(null);
  // After "More free slots", focus goes to the first new slot rather than being lost.
  const focusFrom = useRef<number | null>(null);
  const weeks = props.weeks ?? DEFAULT_WEEKS;
  const length =
    props.serviceId !== undefined
      ? { serviceId: props.serviceId }
      : props.durationMinutes !== undefined
        ? { durationMinutes: props.durationMinutes }
        : null;
  const query = useFreeSlots(
    length && {
      ...props.calendar,
      ...length,
      from: props.from ?? now,
      weeks,
      maxResults: max,
    },
  );
  const slots = query.data?.slots ?? [];
  const days = byDay(slots, (s) => new Date(s.start).toDateString());
  useEffect(() => {
    const index = focusFrom.current;
    if (index === null || slots.length <= index) return;
    focusFrom.current = null;
    box.current?.querySelectorAll<HTMLElement>('.free-slot-day button')[index]?.focus();
  }, [slots.length]);
  const dayLabel = new Intl.DateTimeFormat(locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
  });

  return (
    <section ref={box} className="free-slots" aria-labelledby={headingId}>
      <h3 id={headingId}>{props.label ?? t('slots.next')}</h3>
      {(query.data?.calendars.length ?? 0) > 1 && <p className="muted">{t('slots.paired')}</p>}
      {query.isFetching && (
        <p className="muted" role="status">
          {t('slots.loading')}
        </p>
      )}
      {query.error && (
        <p className="field-error" role="alert">
          {t('slots.failed', { message: errorText(query.error, t) })}
        </p>
      )}
      {query.isSuccess && slots.length === 0 && <p>{t('slots.none', { weeks })}</p>}
      {days.map(([day, list]) => {
        const label = dayLabel.format(new Date(list[0]?.start ?? day));
        return (
          <div key={day} className="free-slot-day" role="group" aria-label={label}>
            <h4>{label}</h4>
            <ul>
              {list.map((slot) => (
                <li key={slot.start}>
                  <button
                    type="button"
                    aria-label={dateTime(slot.start, locale)}
                    data-start={slot.start}
                    onClick={() => props.onPick(slot)}
                  >
                    {clockTime(slot.start, locale)}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
      {(query.isPlaceholderData || (query.isSuccess && slots.length >= max)) && max < MAX && (
        <button
          type="button"
          className="link"
          disabled={query.isPlaceholderData}
          onClick={() => {
            focusFrom.current = slots.length;
            setMax(max + PAGE);
          }}
        >
          {t('slots.more')}
        </button>
      )}
    </section>
  );
}

function byDay<T>(items: readonly T[], dayOf: (item: T) => string): [string, T[]][] {
  const days = new Map<string, T[]>();
  for (const item of items) {
    const day = dayOf(item);
    days.set(day, [...(days.get(day) ?? []), item]);
  }
  return [...days.entries()];
}
