import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { Conflict, EventPayload } from '../../../shared/contract';
import { subscribe } from '../../api/client';
import type { CalendarEvent } from '../../../shared/domain';
import type { ActionRunner } from '../../api/actions';
import { useSettings } from '../../api/queries';
import { dateTime, timeRange } from '../../calendar/format';
import { intlLocale } from '../../calendar/locales';
import { useI18n } from '../../i18n';
import type { MessageKey } from '../../../shared/i18n/keys';
import { actionErrorText } from './actionErrorText';
import { Modal } from './Modal';
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
  const settled = useRef<(p: EventPayload<'move:settled'>) => void>(() => {});
  settled.current = (p) => {
    runner.settle();
    toasts.show({
      kind: p.outcome === 'moved' || p.outcome === 'moved-elsewhere' ? 'info' : 'error',
      text: t(SETTLED[p.outcome], { when: p.start ? dateTime(p.start, locale) : '' }),
    });
  };
  useEffect(() => subscribe('move:settled', (p) => settled.current(p)), []);

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

  const abort = (event: CalendarEvent) => {
    setStep(null);
    runner.revert(event);
  };

  let dialog: ReactNode = null;
  if (step?.kind === 'ask-notify') {
    dialog = (
      <Modal
        title={t('move.title')}
        onCancel={() => abort(step.event)}
        footer={
          <>
            <button type="button" onClick={() => abort(step.event)}>
              {t('move.abort')}
            </button>
            <button
              type="button"
              className="primary"
              onClick={() => void commit(step.event, step.start, step.end, notify, false)}
            >
              {t('move.confirm')}
            </button>
          </>
        }
      >
        <p>
          {t('move.text', {
            name: step.event.patient?.name || step.event.title,
            when: dateTime(step.start, locale),
          })}
        </p>
        <label className="toggle">
          <input
            type="checkbox"
            checked={notify}
            onChange={(e) => setNotify(e.currentTarget.checked)}
          />
          {t('action.notifyPatient')}
        </label>
      </Modal>
    );
  } else if (step?.kind === 'conflict') {
    dialog = (
      <Modal
        title={t('move.conflictTitle')}
        onCancel={() => abort(step.event)}
        footer={
          <>
            <button type="button" onClick={() => abort(step.event)}>
              {t('move.abort')}
            </button>
            <button
              type="button"
              className="danger"
              onClick={() => void commit(step.event, step.start, step.end, false, true)}
            >
              {t('move.force')}
            </button>
          </>
        }
      >
        <p>{t('move.conflictText')}</p>
        <ul className="conflicts">
          {step.conflicts.map((c, i) => (
            <li key={i}>
              {timeRange(c.start, c.end, locale)} · {c.label}
            </li>
          ))}
        </ul>
      </Modal>
    );
  }
  return { begin, dialog };
}

const SETTLED: Record<EventPayload<'move:settled'>['outcome'], MessageKey> = {
  moved: 'move.settledMoved',
  'moved-elsewhere': 'move.settledElsewhere',
  'not-moved': 'move.settledNotMoved',
  duplicated: 'move.settledDuplicated',
  lost: 'move.settledLost',
};
