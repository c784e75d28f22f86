import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { CalendarEvent, CalendarInfo } from '../../../shared/domain';
import { useActionRunner, type ActionRunner } from '../../api/actions';
import { useSettings } from '../../api/settings';
import { useToConfirm, useToConfirmAction } from '../../api/toConfirm';
import { intlLocale } from '../../calendar/locales';
import { useI18n } from '../../i18n';
import { errorText } from '../accounts/errorText';
import { actionErrorText } from '../actions/actionErrorText';
import { useToasts } from '../actions/Toasts';
import { ToConfirmItem } from './ToConfirmItem';
import './toconfirm.css';

/** Entries shown before "Show all": the sidebar also holds the calendars and the legend. */
export const COLLAPSED_ITEMS = 5;
const HEADING = 'heading';

interface Props {
  calendars: readonly CalendarInfo[];
  readOnly: boolean;
  /** The calendar's runner (shared pending state); a list of its own when absent (tests). */
  runner?: ActionRunner;
  onOpen?: (event: CalendarEvent) => void;
}

/**
 * "To confirm": every booking and appointment still waiting for the practice, from today over
 * the coming weeks, each with a one-click Confirm that behaves as the details panel's does.
 */
export function ToConfirm({ calendars, readOnly, onOpen, ...props }: Props) {
  const { t, language } = useI18n();
  const list = useToConfirm();
  const own = useActionRunner();
  const runner = props.runner ?? own;
  const act = useToConfirmAction(runner);
  const toasts = useToasts();
  const notify = useSettings().data?.notifyPatientDefault ?? true;
  const [expanded, setExpanded] = useState(false);
  // Where focus goes once a confirmed entry has left the list (its button went with it).
  const [refocus, setRefocus] = useState<string | null>(null);
  const titleId = useId();
  const listId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const box = useRef<HTMLElement>(null);

  const events = useMemo(() => list.data?.events ?? [], [list.data]);
  const expiring = new Set(list.data?.expiringIds);
  const shown = expanded ? events : events.slice(0, COLLAPSED_ITEMS);

  useEffect(() => {
    if (refocus === null) return;
    setRefocus(null);
    const lost = document.activeElement === null || document.activeElement === document.body;
    if (!lost) return;
    const next = [...(box.current?.querySelectorAll<HTMLElement>('[data-to-confirm-id]') ?? [])]
      .find((item) => item.dataset.toConfirmId === refocus)
      ?.querySelector('button');
    (next ?? heading.current)?.focus();
  }, [refocus, events]);

  const confirm = async (event: CalendarEvent) => {
    const at = events.findIndex((e) => e.id === event.id);
    const neighbour = events[at + 1] ?? events[at - 1];
    try {
      const result = await act(event, 'confirm', notify);
      setRefocus(neighbour?.id ?? HEADING);
      const { undo, event: after } = result;
      toasts.show({
        kind: 'success',
        text: t('action.confirmed'),
        ...(undo && after
          ? {
              action: {
                label: t('action.undo'),
                run: () => {
                  act(after, undo, notify).then(
                    () => toasts.show({ kind: 'info', text: t('action.unconfirmed') }),
                    (err: unknown) => toasts.show({ kind: 'error', text: actionErrorText(err, t) }),
                  );
                },
              },
            }
          : {}),
      });
    } catch (err) {
      toasts.show({ kind: 'error', text: actionErrorText(err, t) });
    }
  };

  const lastDay = list.data ? new Date(Date.parse(list.data.to) - 1) : null;
  return (
    <section className="to-confirm" aria-labelledby={titleId} ref={box}>
      <h3 id={titleId} ref={heading} tabIndex={-1}>
        {t('toConfirm.title')}{' '}
        {list.data && <span className="to-confirm-count">{events.length}</span>}
      </h3>
      {lastDay && (
        <p className="to-confirm-scope muted">
          {t('toConfirm.scope', {
            date: new Intl.DateTimeFormat(intlLocale[language], {
              weekday: 'short',
              day: 'numeric',
              month: 'short',
            }).format(lastDay),
          })}
        </p>
      )}
      {list.isLoading && <p className="muted">{t('app.loading')}</p>}
      {list.error && !list.data && (
        <p className="error" role="alert">
          {t('toConfirm.failed', { message: errorText(list.error, t) })}
        </p>
      )}
      {list.data && events.length === 0 && <p className="muted">{t('toConfirm.none')}</p>}
      {events.length > 0 && (
        <ul id={listId} className="to-confirm-list">
          {shown.map((event) => (
            <ToConfirmItem
              key={event.id}
              event={event}
              calendars={calendars}
              expiring={expiring.has(event.id)}
              busy={runner.pending.has(event.id)}
              readOnly={readOnly}
              onConfirm={() => void confirm(event)}
              {...(onOpen ? { onOpen: () => onOpen(event) } : {})}
            />
          ))}
        </ul>
      )}
      {events.length > COLLAPSED_ITEMS && (
        <button
          type="button"
          className="to-confirm-more"
          aria-expanded={expanded}
          aria-controls={listId}
          onClick={() => setExpanded(!expanded)}
        >
          {expanded ? t('toConfirm.showFewer') : t('toConfirm.showAll', { count: events.length })}
        </button>
      )}
    </section>
  );
}
