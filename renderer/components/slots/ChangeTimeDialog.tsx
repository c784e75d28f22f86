import { useId, useState, type FormEvent } from 'react';
import type { CalendarEvent } from '../../../shared/domain';
import type { MessageKey } from '../../../shared/i18n/keys';
import { writeTimeProblem } from '../../../shared/write-window';
import { dateTime } from '../../calendar/format';
import { intlLocale } from '../../calendar/locales';
import { useI18n } from '../../i18n';
import { FormField } from '../ui/FormField';
import { Modal } from '../ui/Modal';
import { FreeSlotList } from './FreeSlotList';
import './slots.css';

interface Props {
  event: CalendarEvent;
  /** Starts the move (the calendar's own move flow): the dialog has closed by then. */
  onMove: (start: string, end: string) => void;
  onClose: () => void;
}

/** The longest length `slots:find` takes; a whole-day blocking gets no slot list. */
const MAX_SLOT_MINUTES = 480;

const pad = (n: number) => String(n).padStart(2, '0');
const dateField = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
const timeField = (d: Date) => `${pad(d.getHours())}:${pad(d.getMinutes())}`;

/**
 * Rescheduling without a mouse: a new date and time (the length stays), or one of the
 * practitioner's next free slots. Either way the calendar's move flow takes over, exactly as
 * after a drop: it asks, shows conflicts, books anyway on a second confirmation, marks the
 * appointment pending and puts it back on a refusal.
 */
export function ChangeTimeDialog({ event, onMove, onClose }: Props) {
  const { t, language } = useI18n();
  const formId = useId();
  const start = new Date(event.start);
  const lengthMs = Date.parse(event.end) - start.getTime();
  const [date, setDate] = useState(() => dateField(start));
  const [time, setTime] = useState(() => timeField(start));
  const [problem, setProblem] = useState<MessageKey | null>(null);
  const minutes = Math.round(lengthMs / 60_000);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const chosen = date && time ? new Date(`${date}T${time}`) : null;
    const reason = whyNot(chosen, lengthMs, start.getTime());
    setProblem(reason);
    if (reason || !chosen) return;
    onMove(chosen.toISOString(), new Date(chosen.getTime() + lengthMs).toISOString());
  };

  return (
    <Modal
      title={t('changeTime.title', { name: event.patient?.name || event.title })}
      onClose={onClose}
      size="wide"
      footer={
        <>
          <button type="button" onClick={onClose}>
            {t('changeTime.cancel')}
          </button>
          <button type="submit" form={formId} className="primary">
            {t('changeTime.submit')}
          </button>
        </>
      }
    >
      <p className="muted">
        {t('changeTime.current', { when: dateTime(event.start, intlLocale[language]) })}
      </p>
      <form id={formId} className="change-time-fields" onSubmit={submit} noValidate>
        <FormField label={t('changeTime.date')} required error={problem ? t(problem) : undefined}>
          {(control) => (
            <input
              {...control}
              type="date"
              value={date}
              onChange={(e) => setDate(e.target.value)}
            />
          )}
        </FormField>
        <FormField label={t('changeTime.time')} required>
          {(control) => (
            <input
              {...control}
              type="time"
              value={time}
              onChange={(e) => setTime(e.target.value)}
            />
          )}
        </FormField>
      </form>
      {minutes >= 5 && minutes <= MAX_SLOT_MINUTES && (
        <>
          <FreeSlotList
            calendar={{ accountId: event.accountId, calendarId: event.calendarId }}
            durationMinutes={minutes}
            onPick={(slot) => onMove(slot.start, slot.end)}
          />
          <p className="muted">{t('changeTime.slotsHint')}</p>
        </>
      )}
    </Modal>
  );
}

/** Why the chosen time cannot be asked for, in the desk's words; null when it can. */
function whyNot(chosen: Date | null, lengthMs: number, current: number): MessageKey | null {
  if (!chosen || Number.isNaN(chosen.getTime())) return 'changeTime.missing';
  const at = chosen.getTime();
  if (at <= Date.now()) return 'changeTime.past';
  if (writeTimeProblem({ start: chosen, end: new Date(at + lengthMs) }, Date.now())) {
    return 'changeTime.outOfRange';
  }
  if (at === current) return 'changeTime.same';
  return null;
}
