import { useState } from 'react';
import type { CalendarData, CalendarRef } from '../../../shared/contract';
import type { CalendarEvent } from '../../../shared/domain';
import { writeTimeProblem } from '../../../shared/write-window';
import { useCreateBlocking, useUpdateBlocking } from '../../api/blocking';
import { useBulkCancel, useBulkCancelProgress } from '../../api/bulkCancel';
import { useSettings } from '../../api/settings';
import { BookedList } from '../vacation/BookedList';
import { bookedInRange } from '../vacation/bookedInRange';
import { calendarKeyOf, infoKeyOf, overlapsRange } from '../../calendar/events';
import { useI18n } from '../../i18n';
import { Modal } from '../ui/Modal';
import { CheckField, FormField } from '../ui/FormField';
import { useToasts } from './Toasts';
import { isReservedTitleRefusal, reservedTitleProblem } from '../guard/reservedTitle';
import { actionErrorText } from './actionErrorText';
import { AppError } from '../../../shared/errors';

export type BlockDraft =
  // `calendar`: the Day-view column the range was selected in, the only one preselected.
  | { mode: 'new'; start: Date; end: Date; calendar?: CalendarRef }
  | { mode: 'edit'; event: CalendarEvent };

interface Props {
  draft: BlockDraft;
  data: CalendarData | undefined;
  hiddenCalendars: ReadonlySet<string>;
  onClose: (changed: boolean) => void;
}

const pad = (n: number) => String(n).padStart(2, '0');
const localDate = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
const localDateTime = (d: Date) => `${localDate(d)}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
const dayStart = (date: string) => new Date(`${date}T00:00`);
const nextDay = (date: string) => {
  const d = dayStart(date);
  d.setDate(d.getDate() + 1);
  return d;
};
/** UNTIL in the RRULE is the end of the chosen last day, as UTC. */
const untilRule = (date: string) =>
  new Date(nextDay(date).getTime() - 1000).toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '');

/**
 * Block a time range (a slot, or whole days of a vacation) on Doctena calendars, optionally every
 * week until a date; or edit an existing blocked time. Docfav cannot be blocked through its API:
 * the dialog says so and names the Docfav practitioners who stay bookable.
 */
export function BlockDialog({ draft, data, hiddenCalendars, onClose }: Props) {
  const { t } = useI18n();
  const toasts = useToasts();
  const editing = draft.mode === 'edit' ? draft.event : null;
  const initialStart = editing
    ? new Date(editing.start)
    : draft.mode === 'new'
      ? draft.start
      : new Date();
  const initialEnd = editing
    ? new Date(editing.end)
    : draft.mode === 'new'
      ? draft.end
      : new Date();
  const doctena = (data?.calendars ?? []).filter((c) => c.source === 'doctena');
  const [title, setTitle] = useState(editing?.title ?? '');
  const column = draft.mode === 'new' && draft.calendar ? calendarKeyOf(draft.calendar) : null;
  // A Docfav column preselects nothing: Docfav cannot be blocked (the dialog says so below).
  const [chosen, setChosen] = useState<Set<string>>(
    () =>
      new Set(
        doctena
          .filter((c) => (column ? infoKeyOf(c) === column : !hiddenCalendars.has(infoKeyOf(c))))
          .map(infoKeyOf),
      ),
  );
  const wholeDays = !editing && initialEnd.getTime() - initialStart.getTime() >= 86_400_000;
  const [mode, setMode] = useState<'range' | 'days'>(wholeDays ? 'days' : 'range');
  const [start, setStart] = useState(localDateTime(initialStart));
  const [end, setEnd] = useState(localDateTime(initialEnd));
  const [firstDay, setFirstDay] = useState(localDate(initialStart));
  const [lastDay, setLastDay] = useState(localDate(new Date(initialEnd.getTime() - 1)));
  const [repeat, setRepeat] = useState(false);
  const [repeatUntil, setRepeatUntil] = useState(
    localDate(new Date(initialStart.getTime() + 28 * 86_400_000)),
  );
  const [error, setError] = useState<string | null>(null);
  const create = useCreateBlocking();
  const settings = useSettings();
  const bulk = useBulkCancel();
  const [bulkId, setBulkId] = useState<string | null>(null);
  const progress = useBulkCancelProgress(bulkId);
  // Kept as they were when the cancels began: cancelled bookings leave the calendar data, and
  // each line must stay to show its result.
  const [frozen, setFrozen] = useState<CalendarEvent[] | null>(null);
  const update = useUpdateBlocking();
  const busy = create.isPending || update.isPending;

  const range =
    mode === 'range'
      ? { start: new Date(start), end: new Date(end) }
      : { start: dayStart(firstDay), end: nextDay(lastDay) };
  // The contract's own rule, so the dialog says what is wrong before anything is sent.
  const problem = writeTimeProblem(range, Date.now());
  const valid = problem === null;
  const invalidText = t(problem === 'time-out-of-range' ? 'block.outOfRange' : 'block.invalid');
  // Docfav's API cannot block time: name the practitioners who keep working (and so stay
  // bookable on Docfav) in the chosen range.
  const bookable = (data?.calendars ?? [])
    .filter((c) => c.source === 'docfav' && !hiddenCalendars.has(infoKeyOf(c)))
    .filter((c) =>
      data?.availability.some(
        (w) =>
          w.kind === 'working' &&
          w.accountId === c.accountId &&
          w.calendarId === c.id &&
          overlapsRange(w, range),
      ),
    )
    .map((c) => c.name);
  const chosenRefs: CalendarRef[] = doctena
    .filter((c) => chosen.has(infoKeyOf(c)))
    .map((c) => ({ accountId: c.accountId, calendarId: c.id }));
  const booked =
    frozen ??
    (editing || !valid
      ? []
      : bookedInRange(data, chosenRefs, settings.data?.guard.mappings ?? [], range));

  const cancelBooked = async () => {
    setError(null);
    try {
      const started = await bulk.mutateAsync({
        eventIds: booked.map((e) => e.id),
        notifyPatient: true,
      });
      setFrozen([...booked]);
      setBulkId(started.id);
    } catch (err) {
      setError(actionErrorText(err, t));
    }
  };

  const submit = async () => {
    setError(null);
    if (!valid) return setError(invalidText);
    const reserved = reservedTitleProblem(title);
    if (reserved) return setError(t(reserved));
    try {
      if (editing) {
        await update.mutateAsync({
          eventId: editing.id,
          title: title.trim(),
          start: range.start.toISOString(),
          end: range.end.toISOString(),
        });
        toasts.show({ kind: 'success', text: t('block.saved') });
        onClose(true);
        return;
      }
      const calendars = chosenRefs;
      if (calendars.length === 0) return setError(t('block.needCalendar'));
      const result = await create.mutateAsync({
        title: title.trim(),
        calendars,
        ranges: [{ start: range.start.toISOString(), end: range.end.toISOString() }],
        recurrence: repeat ? `FREQ=WEEKLY;UNTIL=${untilRule(repeatUntil)}` : null,
      });
      if (result.failed.length > 0) {
        const first = result.failed[0];
        toasts.show({
          kind: 'error',
          text: t('block.partial', {
            failed: result.failed.length,
            message: first ? actionErrorText(AppError.fromPayload(first.error), t) : '',
          }),
        });
      }
      if (result.created.length > 0) {
        toasts.show({ kind: 'success', text: t('block.done', { count: result.created.length }) });
      }
      onClose(result.created.length > 0);
    } catch (err) {
      setError(isReservedTitleRefusal(err) ? t('guard.reservedTitle') : actionErrorText(err, t));
    }
  };

  return (
    <Modal
      title={editing ? t('block.editTitle') : t('block.title')}
      onClose={() => onClose(false)}
      size="wide"
      footer={
        <>
          <button type="button" onClick={() => onClose(false)}>
            {t('block.cancel')}
          </button>
          <button
            type="button"
            className="primary"
            disabled={busy || !title.trim()}
            onClick={() => void submit()}
          >
            {editing ? t('block.save') : t('block.submit')}
          </button>
        </>
      }
    >
      <FormField label={t('block.name')} required>
        {(control) => (
          <input
            {...control}
            value={title}
            placeholder={t('block.namePlaceholder')}
            onChange={(e) => setTitle(e.currentTarget.value)}
          />
        )}
      </FormField>
      {editing?.recurrence && <p className="muted">{t('block.series')}</p>}
      {!editing && (
        <fieldset className="field-group">
          <legend>{t('block.calendars')}</legend>
          {doctena.length === 0 && <p className="muted">{t('block.noCalendars')}</p>}
          {doctena.map((c) => (
            <CheckField
              key={infoKeyOf(c)}
              label={
                <>
                  {c.name} <span className="muted">({c.owner})</span>
                </>
              }
              checked={chosen.has(infoKeyOf(c))}
              onChange={(on) => {
                const next = new Set(chosen);
                if (on) next.add(infoKeyOf(c));
                else next.delete(infoKeyOf(c));
                setChosen(next);
              }}
            />
          ))}
        </fieldset>
      )}
      {!editing && (
        <fieldset className="field-group inline">
          <legend>{t('block.mode')}</legend>
          <CheckField
            type="radio"
            name="block-mode"
            label={t('block.modeRange')}
            checked={mode === 'range'}
            onChange={() => setMode('range')}
          />
          <CheckField
            type="radio"
            name="block-mode"
            label={t('block.modeDays')}
            checked={mode === 'days'}
            onChange={() => setMode('days')}
          />
        </fieldset>
      )}
      {/* The range's problem is shown with its end, where it is usually fixed. */}
      {mode === 'range' ? (
        <div className="field-row">
          <TimeField
            type="datetime-local"
            label={t('block.start')}
            value={start}
            onChange={setStart}
          />
          <TimeField
            type="datetime-local"
            label={t('block.end')}
            value={end}
            onChange={setEnd}
            error={valid ? undefined : invalidText}
          />
        </div>
      ) : (
        <div className="field-row">
          <TimeField
            type="date"
            label={t('block.firstDay')}
            value={firstDay}
            onChange={setFirstDay}
          />
          <TimeField
            type="date"
            label={t('block.lastDay')}
            value={lastDay}
            onChange={setLastDay}
            error={valid ? undefined : invalidText}
          />
        </div>
      )}
      {!editing && (
        <div className="field-row">
          <CheckField label={t('block.repeat')} checked={repeat} onChange={setRepeat} />
          {repeat && (
            <TimeField
              type="date"
              label={t('block.repeatUntil')}
              value={repeatUntil}
              onChange={setRepeatUntil}
            />
          )}
        </div>
      )}
      <BookedList
        booked={booked}
        calendars={data?.calendars ?? []}
        progress={progress.data ?? (bulkId ? bulk.data : undefined)}
        running={bulk.isPending}
        onCancelAll={() => void cancelBooked()}
      />
      {bookable.length > 0 && (
        <p className="note">{t('block.docfavNote', { names: bookable.join(', ') })}</p>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </Modal>
  );
}

function TimeField(props: {
  type: 'date' | 'datetime-local';
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
}) {
  return (
    <FormField label={props.label} error={props.error}>
      {(control) => (
        <input
          {...control}
          type={props.type}
          value={props.value}
          onChange={(e) => props.onChange(e.currentTarget.value)}
        />
      )}
    </FormField>
  );
}
