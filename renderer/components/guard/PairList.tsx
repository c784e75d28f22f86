import type { CalendarInfo } from '../../../shared/domain';
import type { GuardMapping } from '../../../shared/settings';
import { useI18n } from '../../i18n';
import { pairKey, samePair } from './draft';
import { PairRow } from './PairRow';

/** The pairs in the draft, each switched on or off, or removed. */
export function PairList(props: {
  mappings: GuardMapping[];
  calendars: CalendarInfo[];
  onChange: (update: (mappings: GuardMapping[]) => GuardMapping[]) => void;
}) {
  const { t } = useI18n();
  if (props.mappings.length === 0) return <p className="accounts-hint">{t('guard.noPairs')}</p>;
  return (
    <ul className="guard-pairs">
      {props.mappings.map((mapping) => (
        <PairRow
          key={pairKey(mapping)}
          mapping={mapping}
          calendars={props.calendars}
          onToggle={(enabled) =>
            props.onChange((all) => all.map((m) => (samePair(m, mapping) ? { ...m, enabled } : m)))
          }
          onRemove={() => props.onChange((all) => all.filter((m) => !samePair(m, mapping)))}
        />
      ))}
    </ul>
  );
}
