import { actionErrorText } from './actionErrorText';
import { useEffect, useRef, useState } from 'react';
import type { StatusAction } from '../../../shared/contract';
import type { CalendarEvent } from '../../../shared/domain';
import type { ActionRunner } from '../../api/actions';
import { useSettings } from '../../api/settings';
import { dateTime } from '../../calendar/format';
import { intlLocale } from '../../calendar/locales';
import { useI18n } from '../../i18n';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { CheckField } from '../ui/FormField';
import { patientNoticeKey } from './patientNotice';
import { useToasts } from './Toasts';

const DONE = {
  confirm: 'action.confirmed',
  cancel: 'action.cancelled',
  'no-show': 'action.noShowDone',
  unconfirm: 'action.unconfirmed',
} as const;

interface Props {
  event: CalendarEvent;
  runner: ActionRunner;
  readOnly: boolean;
  onEditBlocking?: () => void;
  onDeleteBlocking?: () => void;
}

/**
 * Confirm, cancel and no-show as the platform allows them (the main process lists them in
 * `event.actions`); cancelling asks first; each result offers undo when the platform can.
 */
export function ActionButtons({
  event,
  runner,
  readOnly,
  onEditBlocking,
  onDeleteBlocking,
}: Props) {
  const { t, language } = useI18n();
  const toasts = useToasts();
  const settings = useSettings().data;
  const [notify, setNotify] = useState(settings?.notifyPatientDefault ?? true);
  const [asking, setAsking] = useState<'cancel' | 'no-show' | null>(null);
  // Doctena records a no-show as a cancellation, and a cancellation notice would tell a patient
  // who never came that their appointment is off: so this one asks, and starts without notifying.
  const [noShowNotify, setNoShowNotify] = useState(false);
  const asksNoShow = event.source === 'doctena';
  const askNoShow = () => {
    setNoShowNotify(false);
    setAsking('no-show');
  };
  const busy = runner.pending.has(event.id);
  const allowed = (action: 'confirm' | 'cancel' | 'no-show') =>
    !readOnly && !busy && event.actions.includes(action);
  const box = useRef<HTMLElement>(null);

  // Shortcuts while the panel (or the context menu) has focus: C confirm, X cancel, N no-show.
  const shortcut = useRef<(key: string) => void>(() => {});
  shortcut.current = (key: string) => {
    if (key === 'c' && allowed('confirm')) void run('confirm');
    if (key === 'x' && allowed('cancel')) setAsking('cancel');
    if (key === 'n' && allowed('no-show')) {
      if (asksNoShow) askNoShow();
      else void run('no-show');
    }
  };
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      const target = e.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [aria-modal="true"]')) return;
      const owner = box.current?.closest('.details, .event-menu');
      if (!owner || !target || !owner.contains(target)) return;
      shortcut.current(e.key.toLowerCase());
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const run = async (action: StatusAction, notifyPatient = notify) => {
    try {
      const result = await runner.setStatus(event, action, notifyPatient);
      const undo = result.undo;
      const after = result.event;
      toasts.show({
        kind: 'success',
        text: t(DONE[action]),
        ...(undo && after
          ? {
              action: {
                label: t('action.undo'),
                run: () => {
                  runner.setStatus(after, undo, notifyPatient).then(
                    () => toasts.show({ kind: 'info', text: t(DONE[undo]) }),
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

  if (event.kind === 'doctena-blocking') {
    return (
      <section className="actions" aria-label={t('details.actions')}>
        <h3>{t('details.actions')}</h3>
        <div className="action-row">
          <button type="button" onClick={onEditBlocking} disabled={readOnly || busy}>
            {t('block.edit')}
          </button>
          <button
            type="button"
            className="danger"
            onClick={onDeleteBlocking}
            disabled={readOnly || busy || !event.actions.includes('delete')}
          >
            {t('block.delete')}
          </button>
        </div>
      </section>
    );
  }
  if (event.kind !== 'doctena-booking' && event.kind !== 'docfav-appointment') {
    return <p className="muted">{t('action.readOnly')}</p>;
  }

  const noShowHint = !event.actions.includes('no-show') && event.status !== 'no-show';
  return (
    <section className="actions" aria-label={t('details.actions')} ref={box}>
      <h3>{t('details.actions')}</h3>
      {event.source === 'doctena' && (
        <CheckField label={t('action.notifyPatient')} checked={notify} onChange={setNotify} />
      )}
      <div className="action-row">
        <button
          type="button"
          onClick={() => void run('confirm')}
          disabled={!allowed('confirm')}
          aria-keyshortcuts="c"
        >
          {t('action.confirm')}
        </button>
        <button
          type="button"
          className="danger"
          onClick={() => setAsking('cancel')}
          disabled={!allowed('cancel')}
          aria-keyshortcuts="x"
        >
          {t('action.cancel')}
        </button>
        <button
          type="button"
          onClick={() => (asksNoShow ? askNoShow() : void run('no-show'))}
          disabled={!allowed('no-show')}
          title={noShowHint ? t('action.noShowWhy') : undefined}
          aria-keyshortcuts="n"
        >
          {t('action.no-show')}
        </button>
      </div>
      {noShowHint && <p className="muted hint">{t('action.noShowWhy')}</p>}
      {busy && (
        <p className="muted" role="status">
          {t('action.pending')}
        </p>
      )}
      {asking && (
        <ConfirmDialog
          title={t(asking === 'cancel' ? 'action.cancelTitle' : 'action.noShowTitle')}
          confirmLabel={t(asking === 'cancel' ? 'action.cancel' : 'action.no-show')}
          cancelLabel={t('action.keep')}
          tone="danger"
          onCancel={() => setAsking(null)}
          onConfirm={() => {
            setAsking(null);
            if (asking === 'cancel') void run('cancel');
            else void run('no-show', noShowNotify);
          }}
        >
          <p>
            {t(asking === 'cancel' ? 'action.cancelText' : 'action.noShowText', {
              name: event.patient?.name || event.title,
              when: dateTime(event.start, intlLocale[language]),
              platform: event.source === 'doctena' ? 'Doctena' : 'Docfav',
            })}
          </p>
          {event.source === 'doctena' && (
            <CheckField
              label={t('action.notifyPatient')}
              checked={asking === 'cancel' ? notify : noShowNotify}
              onChange={asking === 'cancel' ? setNotify : setNoShowNotify}
            />
          )}
          <p className="patient-notice">
            {t(patientNoticeKey(event.source, asking === 'cancel' ? notify : noShowNotify))}
          </p>
        </ConfirmDialog>
      )}
    </section>
  );
}
