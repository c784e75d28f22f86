import { useEffect, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { Conflict, EventPayload } from '../../../shared/contract';
import type { CalendarEvent } from '../../../shared/domain';
import { useMoveSettled, type ActionRunner } from '../../api/actions';
import { useSettings } from '../../api/settings';
import { dateTime, timeRange } from '../../calendar/format';
import { intlLocale } from '../../calendar/locales';
import { useI18n } from '../../i18n';
import type { MessageKey } from '../../../shared/i18n/keys';
import { actionErrorText } from './actionErrorText';
import { conflictLabel } from './conflictLabel';
import { CheckField } from '../ui/FormField';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { patientNoticeKey } from './patientNotice';
import { useToasts } from './Toasts';

type Step =
  | { kind: 'ask-notify'; event: CalendarEvent; start: string; end: string }
  | { kind: 'conflict'; event: CalendarEvent; start: string; end: string; conflicts: Conflict[] };

/**
 * Drag and resize: the event moves at once; a Doctena booking asks whether to notify the
 * patient; a Docfav conflict asks whether to book anyway; any refusal puts the event back.
 */
export function useMoveFlow(runner: ActionRunner): {
  begin: (event: CalendarEvent, start: string, end: string) => void;
  dialog: ReactNode;
} {
  const { t, language } = useI18n();
  const locale = intlLocale[language];
  const toasts = useToasts();
  const settings = useSettings().data;
  const [step, setStep] = useState<Step | null>(null);
  const [notify, setNotify] = useState(true);

  // A move this desk could not finish at the time has settled (see the write journal).
  useMoveSettled((p) =>
    toasts.show({
      kind: p.outcome === 'moved' || p.outcome === 'moved-elsewhere' ? 'info' : 'error',
      text: t(SETTLED[p.outcome], { when: p.start ? dateTime(p.start, locale) : '' }),
    }),
  );

  const commit = async (
    event: CalendarEvent,
    start: string,
    end: string,
    notifyPatient: boolean,
    force: boolean,
  ) => {
    setStep(null);
    const outcome = await runner.commitMove(event, { start, end }, { notifyPatient, force });
    if (outcome.status === 'moved') {
      toasts.show({
        kind: 'success',
        text: t('move.moved', { when: dateTime(outcome.event.start, locale) }),
      });
    } else if (outcome.status === 'conflict') {
      setStep({ kind: 'conflict', event, start, end, conflicts: outcome.conflicts });
    } else if (outcome.status === 'pending') {
      toasts.show({ kind: 'info', text: t('move.pending') });
    } else if (outcome.status === 'moved-elsewhere') {
      toasts.show({
        kind: 'info',
        text: t('move.elsewhere', { when: dateTime(outcome.start, locale) }),
      });
    } else {
      toasts.show({ kind: 'error', text: actionErrorText(outcome.error, t) });
    }
  };

  const begin = (event: CalendarEvent, start: string, end: string) => {
    runner.preview(event, start, end);
    if (event.kind === 'doctena-booking') {
      setNotify(settings?.notifyPatientDefault ?? true);
      setStep({ kind: 'ask-notify', event, start, end });
    } else {
      void commit(event, start, end, false, false);
    }
  };

  // Published for "Change time", which starts this same flow from a chosen time.
  const latest = useRef(begin);
  latest.current = begin;
  useEffect(() => {
    const own: MoveStarter = {
      begin: (event, start, end) => latest.current(event, start, end),
      pending: runner.pending,
    };
    publish(own);
    return () => {
      if (starter === own) publish(null);
    };
  }, [runner.pending]);

  const abort = (event: CalendarEvent) => {
    setStep(null);
    runner.revert(event);
  };

  let dialog: ReactNode = null;
  if (step?.kind === 'ask-notify') {
    dialog = (
      <ConfirmDialog
        title={t('move.title')}
        confirmLabel={t('move.confirm')}
        cancelLabel={t('move.abort')}
        onCancel={() => abort(step.event)}
        onConfirm={() => void commit(step.event, step.start, step.end, notify, false)}
      >
        <p>
          {t('move.text', {
            name: step.event.patient?.name || step.event.title,
            when: dateTime(step.start, locale),
          })}
        </p>
        <CheckField label={t('action.notifyPatient')} checked={notify} onChange={setNotify} />
        <p className="patient-notice">{t(patientNoticeKey(step.event.source, notify))}</p>
      </ConfirmDialog>
    );
  } else if (step?.kind === 'conflict') {
    dialog = (
      <ConfirmDialog
        title={t('move.conflictTitle')}
        confirmLabel={t('move.force')}
        cancelLabel={t('move.abort')}
        tone="danger"
        onCancel={() => abort(step.event)}
        onConfirm={() => void commit(step.event, step.start, step.end, false, true)}
      >
        <p>{t('move.conflictText')}</p>
        <ul className="conflicts">
          {step.conflicts.map((c, i) => (
            <li key={i}>
              {timeRange(c.start, c.end, locale)} · {conflictLabel(c.type, t)}
            </li>
          ))}
        </ul>
      </ConfirmDialog>
    );
  }
  return { begin, dialog };
}

/** A move started from a chosen time rather than a drop, through the calendar's own flow. */
export interface MoveStarter {
  begin: (event: CalendarEvent, start: string, end: string) => void;
  /** Events whose write is in flight: not to be moved again until it settles. */
  pending: ReadonlySet<string>;
}

let starter: MoveStarter | null = null;
const watchers = new Set<() => void>();
function publish(next: MoveStarter | null) {
  starter = next;
  for (const watch of watchers) watch();
}
function watch(onChange: () => void) {
  watchers.add(onChange);
  return () => watchers.delete(onChange);
}

/**
 * The move flow of the calendar on screen, for "Change time" in the details panel and the event
 * menu: the same confirmation, conflicts, book anyway, pending and revert as a drag, without a
 * second copy of the flow (and of its dialogs). Null while no calendar runs one.
 */
export function useStartMove(): MoveStarter | null {
  return useSyncExternalStore(watch, () => starter);
}

const SETTLED: Record<EventPayload<'move:settled'>['outcome'], MessageKey> = {
  moved: 'move.settledMoved',
  'moved-elsewhere': 'move.settledElsewhere',
  'not-moved': 'move.settledNotMoved',
  duplicated: 'move.settledDuplicated',
  lost: 'move.settledLost',
};
