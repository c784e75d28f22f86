import type { CalendarEvent } from '../../shared/domain';
import { useI18n } from '../i18n';

/**
 * What the platform allows for this event, shown but not yet usable: the desk sees what is coming
 * without a button that pretends to work.
 */
export function PendingActions({ event }: { event: CalendarEvent }) {
  const { t } = useI18n();
  if (event.actions.length === 0) return null;
  return (
    <section className="details-actions" aria-label={t('details.actions')}>
      <h3>{t('details.actions')}</h3>
      <div className="details-action-buttons">
        {event.actions.map((action) => (
          <button key={action} type="button" disabled title={t('details.comingSoon')}>
            {t(`action.${action}`)}
          </button>
        ))}
      </div>
      <p className="muted small">{t('details.comingSoon')}</p>
    </section>
  );
}
