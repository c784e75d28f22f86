import { useId } from 'react';
import type { CalendarData, GuardConflict } from '../../../shared/contract';
import { useI18n } from '../../i18n';
import { ConflictItem } from './ConflictItem';

/** "Double bookings": a Doctena booking on a time the same practitioner has on Docfav. */
export function ConflictList(props: { conflicts: GuardConflict[]; data: CalendarData }) {
  const { t } = useI18n();
  const titleId = useId();
  return (
    <section className="guard-conflicts" aria-labelledby={titleId}>
      <h3 id={titleId}>
        {t('guard.conflicts')} <span className="guard-count">{props.conflicts.length}</span>
      </h3>
      <ul>
        {props.conflicts.map((conflict) => (
          <ConflictItem
            key={`${conflict.doctenaEventId}|${conflict.docfavEventId}`}
            conflict={conflict}
            data={props.data}
          />
        ))}
      </ul>
    </section>
  );
}
