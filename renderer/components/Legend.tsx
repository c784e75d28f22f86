import type { EventStatus } from '../../shared/domain';
import { useI18n } from '../i18n';

const STATUSES: EventStatus[] = ['waiting', 'confirmed', 'rescheduled', 'cancelled', 'no-show'];

/** What the event styles mean. */
export function Legend() {
  const { t } = useI18n();
  return (
    <section className="legend" aria-label={t('sidebar.legend')}>
      <h3>{t('sidebar.legend')}</h3>
      <ul>
        {STATUSES.map((status) => (
          <li key={status}>
            <span className={`legend-chip fd-event fd-appointment fd-status-${status}`} />
            {t(`status.${status}`)}
          </li>
        ))}
        <li>
          <span className="legend-chip fd-event fd-block" />
          {t('kind.block')}
        </li>
        <li>
          <span className="legend-chip fd-event fd-block fd-mirror" />
          {t('kind.mirror')}
        </li>
        <li>
          <span className="legend-chip fd-event fd-appointment fd-conflict" />
          {t('kind.conflict')}
        </li>
      </ul>
    </section>
  );
}
