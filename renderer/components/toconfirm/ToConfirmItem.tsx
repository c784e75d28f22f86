import { useId } from 'react';
import type { CalendarEvent, CalendarInfo } from '../../../shared/domain';
import { calendarKeyOf, infoKeyOf } from '../../calendar/events';
import { dateTime } from '../../calendar/format';
import { intlLocale } from '../../calendar/locales';
import { useI18n } from '../../i18n';
import { vendorName } from '../accounts/vendors';

interface Props {
  event: CalendarEvent;
  calendars: readonly CalendarInfo[];
  expiring: boolean;
  busy: boolean;
  readOnly: boolean;
  onConfirm: () => void;
  /** Opens it in its week; without it the name is plain text. */
  onOpen?: () => void;
}

/** One waiting booking: when, with whom, where, and a Confirm button that names it. */
export function ToConfirmItem(props: Props) {
  const { event, calendars, expiring, busy, readOnly, onConfirm, onOpen } = props;
  const { t, language } = useI18n();
  const when = dateTime(event.start, intlLocale[language]);
  const name = event.patient?.name || event.title;
  const calendar = calendars.find((c) => infoKeyOf(c) === calendarKeyOf(event));
  const owner = calendar?.owner && calendar.owner !== calendar.name ? calendar.owner : null;
  const whyId = useId();
  return (
    <li
      className={`to-confirm-item${expiring ? ' to-confirm-expiring' : ''}`}
      aria-busy={busy}
      data-to-confirm-id={event.id}
    >
      <span className="to-confirm-when">{when}</span>
      {onOpen ? (
        <button type="button" className="to-confirm-name link-button" onClick={onOpen}>
          {name}
        </button>
      ) : (
        <span className="to-confirm-name">{name}</span>
      )}
      <span className="to-confirm-where">
        {[calendar?.name, owner, vendorName[event.source]].filter(Boolean).join(' · ')}
      </span>
      {expiring && (
        <span className="to-confirm-badge" title={t('toConfirm.expiresSoonWhy')}>
          {t('toConfirm.expiresSoon')}
          <span id={whyId} hidden>
            {t('toConfirm.expiresSoonWhy')}
          </span>
        </span>
      )}
      <span className="to-confirm-action">
        <button
          type="button"
          onClick={onConfirm}
          disabled={busy || readOnly}
          aria-label={t('toConfirm.confirmOne', { name, when })}
          aria-describedby={expiring ? whyId : undefined}
        >
          {t('action.confirm')}
        </button>
        {busy && (
          <span className="muted" role="status">
            {t('action.pending')}
          </span>
        )}
      </span>
    </li>
  );
}
