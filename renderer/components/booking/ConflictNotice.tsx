import type { Conflict } from '../../../shared/contract';
import { dateTime, timeRange } from '../../calendar/format';
import { intlLocale } from '../../calendar/locales';
import { useI18n } from '../../i18n';
import { conflictLabel } from '../actions/conflictLabel';
import { ConfirmDialog } from '../ui/ConfirmDialog';

/** The slot is taken: what is there, by type only (never whose), and the way out of it. */
export function ConflictNotice(props: {
  conflicts: Conflict[];
  busy: boolean;
  onOtherTime: () => void;
  onAskForce: () => void;
}) {
  const { t, language } = useI18n();
  const locale = intlLocale[language];
  return (
    <section className="booking-conflict" role="alert">
      <h3>{t('booking.conflictTitle')}</h3>
      <p>{t('booking.conflictText')}</p>
      <ul className="conflicts">
        {props.conflicts.map((c, i) => (
          <li key={i}>
            {timeRange(c.start, c.end, locale)} · {conflictLabel(c.type, t)}
          </li>
        ))}
      </ul>
      <div className="action-row">
        <button type="button" onClick={props.onOtherTime}>
          {t('booking.otherTime')}
        </button>
        <button type="button" className="danger" disabled={props.busy} onClick={props.onAskForce}>
          {t('booking.force')}
        </button>
      </div>
    </section>
  );
}

/**
 * The second yes before booking over what is there. A dialog of its own beside the booking dialog,
 * not inside it, so each keeps Tab and Escape to itself.
 */
export function ForceQuestion(props: { start: string; onNo: () => void; onYes: () => void }) {
  const { t, language } = useI18n();
  return (
    <ConfirmDialog
      title={t('booking.forceTitle')}
      confirmLabel={t('booking.forceConfirm')}
      cancelLabel={t('booking.otherTime')}
      tone="danger"
      onCancel={props.onNo}
      onConfirm={props.onYes}
    >
      <p>{t('booking.forceText', { when: dateTime(props.start, intlLocale[language]) })}</p>
    </ConfirmDialog>
  );
}
