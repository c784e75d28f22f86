import { useState } from 'react';
import type { CalendarData } from '../../../shared/contract';
import { infoKeyOf } from '../../calendar/events';
import { useI18n } from '../../i18n';
import { vendorName } from '../accounts/vendors';
import { FormField } from '../ui/FormField';
import { Modal } from '../ui/Modal';
import { ForceQuestion } from './ConflictNotice';
import { DocfavBooking } from './DocfavBooking';
import { likelyPractitioner, practitioners, type BookingDraft } from './draft';
import { HoldTime } from './HoldTime';
import './booking.css';

interface Props {
  draft: BookingDraft;
  data: CalendarData | undefined;
  hiddenCalendars: ReadonlySet<string>;
  onClose: () => void;
}

/**
 * "New appointment": a Docfav practitioner is booked (DocfavBooking); a Doctena calendar cannot
 * be, as Doctena's API has no way to create a booking, so the dialog says so and offers to hold
 * the time as blocked time instead (HoldTime).
 */
export function BookingDialog({ draft, data, hiddenCalendars, onClose }: Props) {
  const { t } = useI18n();
  const list = practitioners(data, hiddenCalendars);
  const [key, setKey] = useState(() => {
    const chosen = draft.calendar;
    const picked = chosen
      ? list.find((c) => c.accountId === chosen.accountId && c.id === chosen.calendarId)
      : undefined;
    const likely = picked ?? likelyPractitioner(data, hiddenCalendars, draft);
    return likely ? infoKeyOf(likely) : '';
  });
  // "Book anyway" asks again in a dialog of its own, beside this one (see ForceQuestion).
  const [force, setForce] = useState<{ start: string; yes: () => void } | null>(null);
  const calendar = list.find((c) => infoKeyOf(c) === key);
  const group = (source: 'docfav' | 'doctena') => {
    const calendars = list.filter((c) => c.source === source);
    return calendars.length === 0 ? null : (
      <optgroup label={vendorName[source]}>
        {calendars.map((c) => (
          <option key={infoKeyOf(c)} value={infoKeyOf(c)}>
            {c.name}
          </option>
        ))}
      </optgroup>
    );
  };

  return (
    <>
      <Modal title={t('booking.title')} onClose={onClose} size="wide">
        <FormField label={t('booking.practitioner')} required>
          {(control) => (
            <select {...control} value={key} onChange={(e) => setKey(e.currentTarget.value)}>
              {group('docfav')}
              {group('doctena')}
            </select>
          )}
        </FormField>
        {!calendar ? (
          <>
            <p className="muted">{t('booking.noPractitioners')}</p>
            <div className="modal-footer">
              <button type="button" onClick={onClose}>
                {t('booking.cancel')}
              </button>
            </div>
          </>
        ) : calendar.source === 'doctena' ? (
          <HoldTime
            calendar={{ accountId: calendar.accountId, calendarId: calendar.id }}
            calendarName={calendar.name}
            draft={draft}
            onDone={onClose}
            onCancel={onClose}
          />
        ) : (
          <DocfavBooking
            // A patient belongs to one clinic: another clinic's practitioner starts afresh.
            key={`${calendar.accountId}|${calendar.clinicId ?? ''}`}
            calendar={calendar}
            draft={draft}
            onDone={onClose}
            onCancel={onClose}
            askForce={(start, yes) => setForce({ start, yes })}
          />
        )}
      </Modal>
      {force && (
        <ForceQuestion
          start={force.start}
          onNo={() => setForce(null)}
          onYes={() => {
            setForce(null);
            force.yes();
          }}
        />
      )}
    </>
  );
}
