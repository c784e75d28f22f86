import { useState } from 'react';
import type { CalendarRef } from '../../../shared/contract';
import { AppError } from '../../../shared/errors';
import { writeTimeProblem } from '../../../shared/write-window';
import { useCreateBlocking } from '../../api/blocking';
import { useI18n } from '../../i18n';
import { actionErrorText } from '../actions/actionErrorText';
import { useToasts } from '../actions/Toasts';
import { FormField } from '../ui/FormField';
import { fromLocalDateTime, localDateTime, type BookingDraft } from './draft';

/**
 * Doctena's API cannot create bookings: the dialog says so, and can hold the time as blocked time
 * with a neutral title until the patient is booked in Doctena itself.
 */
export function HoldTime(props: {
  calendar: CalendarRef;
  calendarName: string;
  draft: BookingDraft;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const toasts = useToasts();
  const create = useCreateBlocking();
  const [start, setStart] = useState(localDateTime(props.draft.start));
  const [end, setEnd] = useState(localDateTime(props.draft.end));
  const [error, setError] = useState<string | null>(null);
  const range = { start: fromLocalDateTime(start), end: fromLocalDateTime(end) };
  const problem =
    range.start && range.end
      ? writeTimeProblem({ start: range.start, end: range.end }, Date.now())
      : 'end-not-after-start';
  const timeError = problem
    ? t(problem === 'time-out-of-range' ? 'block.outOfRange' : 'block.invalid')
    : undefined;

  const hold = async () => {
    setError(null);
    if (problem || !range.start || !range.end) return;
    try {
      const result = await create.mutateAsync({
        title: t('booking.heldTitle'),
        calendars: [props.calendar],
        ranges: [{ start: range.start.toISOString(), end: range.end.toISOString() }],
        recurrence: null,
      });
      const failed = result.failed[0];
      if (failed || result.created.length === 0) {
        const why = failed ? AppError.fromPayload(failed.error) : undefined;
        setError(actionErrorText(why, t));
        return;
      }
      toasts.show({ kind: 'success', text: t('booking.held', { calendar: props.calendarName }) });
      props.onDone();
    } catch (err) {
      setError(actionErrorText(err, t));
    }
  };

  return (
    <>
      <p className="note">{t('booking.doctenaNote')}</p>
      <div className="field-row">
        <FormField label={t('block.start')}>
          {(control) => (
            <input
              {...control}
              type="datetime-local"
              value={start}
              onChange={(e) => setStart(e.currentTarget.value)}
            />
          )}
        </FormField>
        <FormField label={t('block.end')} error={timeError}>
          {(control) => (
            <input
              {...control}
              type="datetime-local"
              value={end}
              onChange={(e) => setEnd(e.currentTarget.value)}
            />
          )}
        </FormField>
      </div>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <div className="modal-footer">
        <button type="button" onClick={props.onCancel}>
          {t('booking.cancel')}
        </button>
        <button
          type="button"
          className="primary"
          disabled={create.isPending || problem !== null}
          onClick={() => void hold()}
        >
          {t('booking.hold')}
        </button>
      </div>
    </>
  );
}
