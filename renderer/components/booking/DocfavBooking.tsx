import { useEffect, useRef, useState } from 'react';
import type { BookingInput, Conflict, PatientMatch } from '../../../shared/contract';
import type { CalendarInfo } from '../../../shared/domain';
import { AppError } from '../../../shared/errors';
import { writeTimeProblem } from '../../../shared/write-window';
import { useBook, useBookingOptions, useCreatePatient } from '../../api/booking';
import { clockTime, dateTime } from '../../calendar/format';
import { intlLocale } from '../../calendar/locales';
import { useI18n } from '../../i18n';
import { errorText } from '../accounts/errorText';
import { focusFirstInvalid } from '../accounts/focusFirstInvalid';
import { actionErrorText } from '../actions/actionErrorText';
import { useToasts } from '../actions/Toasts';
import { FreeSlotList } from '../slots/FreeSlotList';
import { CheckField, FormField } from '../ui/FormField';
import { ConflictNotice } from './ConflictNotice';
import {
  addMinutes,
  emailProblem,
  fromLocalDateTime,
  localDateTime,
  type BookingDraft,
} from './draft';
import { NewPatientFields, NO_NEW_PATIENT, type NewPatient } from './NewPatientFields';
import { PatientCombobox } from './PatientCombobox';

interface Problems {
  service?: string | undefined;
  start?: string | undefined;
  patient?: string | undefined;
  name?: string | undefined;
  email?: string | undefined;
}

/**
 * The booking form for a Docfav practitioner: service (it sets the duration), start (or one of the
 * next free slots), the patient found as it is typed or added new, a note, the reminder and the
 * status. "Book" checks the slot first; a taken slot is shown, and booked over only after a
 * second yes (`askForce`).
 */
export function DocfavBooking(props: {
  calendar: CalendarInfo;
  draft: BookingDraft;
  onDone: () => void;
  onCancel: () => void;
  askForce: (start: string, yes: () => void) => void;
}) {
  const { t, language } = useI18n();
  const locale = intlLocale[language];
  const toasts = useToasts();
  const ref = { accountId: props.calendar.accountId, calendarId: props.calendar.id };
  const options = useBookingOptions(ref);
  const createPatient = useCreatePatient();
  const book = useBook();
  const form = useRef<HTMLFormElement>(null);
  const [serviceId, setServiceId] = useState<string | null>(props.draft.serviceId ?? null);
  const [start, setStart] = useState(localDateTime(props.draft.start));
  const [patient, setPatient] = useState<PatientMatch | null>(null);
  const [adding, setAdding] = useState(false);
  const [newPatient, setNewPatient] = useState<NewPatient>(NO_NEW_PATIENT);
  const [note, setNote] = useState('');
  const [reminder, setReminder] = useState(true);
  const [status, setStatus] = useState<BookingInput['status'] | null>(null);
  const [problems, setProblems] = useState<Problems | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [conflicts, setConflicts] = useState<Conflict[] | null>(null);
  const [busy, setBusy] = useState(false);

  const services = options.data?.services ?? [];
  const selected = (props.draft.end.getTime() - props.draft.start.getTime()) / 60_000;
  // Until one is chosen: the service as long as the selection, else the first.
  const service =
    services.find((s) => s.id === serviceId) ??
    services.find((s) => s.minutes === selected) ??
    services[0];
  const startAt = fromLocalDateTime(start);
  const endAt = startAt && service ? addMinutes(startAt, service.minutes) : null;
  const timeProblem = startAt
    ? endAt && writeTimeProblem({ start: startAt, end: endAt }, Date.now())
    : 'end-not-after-start';
  const chosenStatus = status ?? options.data?.defaultStatus ?? 'confirmed';
  const [slotsFrom] = useState(() =>
    props.draft.start.getTime() > Date.now() ? props.draft.start.toISOString() : undefined,
  );

  useEffect(() => {
    if (problems) focusFirstInvalid(form.current);
  }, [problems]);

  const changed =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      setConflicts(null);
    };

  const check = (): Problems | null => {
    const found: Problems = {
      service: service ? undefined : t('booking.needService'),
      start: timeProblem
        ? t(timeProblem === 'time-out-of-range' ? 'block.outOfRange' : 'booking.needStart')
        : undefined,
      patient: !adding && !patient ? t('booking.needPatient') : undefined,
      name:
        adding && !newPatient.firstName.trim() && !newPatient.lastName.trim()
          ? t('booking.needName')
          : undefined,
      email: adding && emailProblem(newPatient.email) ? t('booking.badEmail') : undefined,
    };
    return Object.values(found).some(Boolean) ? found : null;
  };

  /** The patient to book: the one chosen, or the new one, added to Docfav first (once). */
  const whom = async (): Promise<PatientMatch | null> => {
    if (!adding) return patient;
    try {
      const made = await createPatient.mutateAsync({ ...ref, ...newPatient });
      // Chosen from now on: booking again after a conflict must not add the patient twice.
      setPatient(made);
      setAdding(false);
      setNewPatient(NO_NEW_PATIENT);
      return made;
    } catch (err) {
      if (err instanceof AppError && err.reason === 'patient-email-exists') {
        setProblems({ email: errorText(err, t, 'docfav') });
      } else {
        setError(actionErrorText(err, t));
      }
      return null;
    }
  };

  const submit = async (force: boolean) => {
    setError(null);
    const found = check();
    setProblems(found);
    if (found || !service || !startAt || !endAt) return;
    setBusy(true);
    try {
      const who = await whom();
      if (!who) return;
      const outcome = await book(
        {
          ...ref,
          serviceId: service.id,
          clientId: who.clientId,
          start: startAt.toISOString(),
          end: endAt.toISOString(),
          note,
          sendReminder: reminder,
          status: chosenStatus,
          force,
        },
        { patientName: who.name, serviceName: service.name },
      );
      if (outcome.status === 'booked') {
        toasts.show({
          kind: 'success',
          text: t('booking.booked', { when: dateTime(outcome.event.start, locale) }),
        });
        props.onDone();
      } else if (outcome.status === 'pending') {
        toasts.show({ kind: 'info', text: t('booking.pending') });
        props.onDone();
      } else if (outcome.status === 'conflict') {
        setConflicts(outcome.conflicts);
      } else {
        setError(actionErrorText(outcome.error, t));
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      ref={form}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (!busy) void submit(false);
      }}
    >
      <FormField
        label={t('booking.service')}
        required
        error={
          problems?.service ?? (options.error ? errorText(options.error, t, 'docfav') : undefined)
        }
      >
        {(control) => (
          <select
            {...control}
            value={service?.id ?? ''}
            onChange={(e) => changed(setServiceId)(e.currentTarget.value)}
          >
            {options.isSuccess && services.length === 0 && (
              <option value="">{t('booking.noServices')}</option>
            )}
            {services.map((s) => (
              <option key={s.id} value={s.id}>
                {t('booking.serviceOption', { name: s.name, minutes: s.minutes })}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField
        label={t('booking.start')}
        required
        hint={endAt ? t('booking.until', { time: clockTime(endAt, locale) }) : undefined}
        error={problems?.start}
      >
        {(control) => (
          <input
            {...control}
            type="datetime-local"
            value={start}
            onChange={(e) => changed(setStart)(e.currentTarget.value)}
          />
        )}
      </FormField>
      {service && (
        <div className="booking-slots">
          <FreeSlotList
            calendar={ref}
            serviceId={service.id}
            {...(slotsFrom ? { from: slotsFrom } : {})}
            onPick={(slot) => changed(setStart)(localDateTime(new Date(slot.start)))}
          />
        </div>
      )}
      {adding ? (
        <>
          <NewPatientFields
            value={newPatient}
            onChange={setNewPatient}
            errors={{ name: problems?.name, email: problems?.email }}
          />
          <button type="button" className="link" onClick={() => setAdding(false)}>
            {t('booking.findPatient')}
          </button>
        </>
      ) : (
        <>
          <PatientCombobox
            calendar={ref}
            value={patient}
            onChange={setPatient}
            error={problems?.patient}
          />
          <button type="button" className="link" onClick={() => setAdding(true)}>
            {t('booking.newPatient')}
          </button>
        </>
      )}
      <FormField label={t('booking.note')}>
        {(control) => (
          <textarea
            {...control}
            rows={2}
            maxLength={2000}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
          />
        )}
      </FormField>
      <CheckField label={t('booking.reminder')} checked={reminder} onChange={setReminder} />
      <fieldset className="field-group inline">
        <legend>{t('booking.status')}</legend>
        <CheckField
          type="radio"
          name="booking-status"
          label={t('booking.statusConfirmed')}
          checked={chosenStatus === 'confirmed'}
          onChange={() => setStatus('confirmed')}
        />
        <CheckField
          type="radio"
          name="booking-status"
          label={t('booking.statusPending')}
          checked={chosenStatus === 'pending'}
          onChange={() => setStatus('pending')}
        />
      </fieldset>
      {conflicts && startAt && (
        <ConflictNotice
          conflicts={conflicts}
          busy={busy}
          onOtherTime={() => {
            setConflicts(null);
            form.current?.querySelector<HTMLElement>('input[type="datetime-local"]')?.focus();
          }}
          onAskForce={() => props.askForce(startAt.toISOString(), () => void submit(true))}
        />
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <div className="modal-footer">
        {busy && (
          <span className="muted" role="status">
            {t('booking.saving')}
          </span>
        )}
        <button type="button" onClick={props.onCancel}>
          {t('booking.cancel')}
        </button>
        <button type="submit" className="primary" aria-disabled={busy || undefined}>
          {t('booking.submit')}
        </button>
      </div>
    </form>
  );
}
