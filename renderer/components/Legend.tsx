import type { EventKind, EventStatus } from '../../shared/domain';
import { eventColours, LEGEND_SAMPLE } from '../calendar/colors';
import { useI18n } from '../i18n';

const STATUSES: EventStatus[] = [
  'confirmed',
  'waiting',
  'rescheduled',
  'no-show',
  'cancelled',
  'expired',
];

/** A sample chip drawn with the same colours and classes as the events themselves. */
function Chip(props: { status: EventStatus; kind: EventKind; extra?: string }) {
  const colours = eventColours(props, LEGEND_SAMPLE);
  const block = props.kind !== 'doctena-booking';
  return (
    <span
      aria-hidden="true"
      className={`legend-chip fd-status-${props.status} ${block ? 'fd-block' : 'fd-appointment'} ${props.extra ?? ''}`}
      style={{
        background: colours.backgroundColor,
        borderColor: colours.borderColor,
      }}
    />
  );
}

/** What the event styles mean. */
export function Legend() {
  const { t } = useI18n();
  return (
    <section className="legend" aria-labelledby="legend-title">
      <h3 id="legend-title">{t('sidebar.legend')}</h3>
      <ul>
        {STATUSES.map((status) => (
          <li key={status}>
            <Chip status={status} kind="doctena-booking" />
            {t(`status.${status}`)}
          </li>
        ))}
        <li>
          <Chip status="confirmed" kind="doctena-blocking" />
          {t('legend.blocked')}
        </li>
        <li>
          <Chip status="confirmed" kind="doctena-blocking" extra="fd-mirror" />
          {t('kind.mirror')}
        </li>
        <li>
          <Chip status="confirmed" kind="doctena-booking" extra="fd-conflict" />
          {t('kind.conflict')}
        </li>
      </ul>
    </section>
  );
}
