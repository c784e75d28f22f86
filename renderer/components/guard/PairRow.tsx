import type { CalendarInfo } from '../../../shared/domain';
import type { GuardMapping } from '../../../shared/settings';
import { useI18n } from '../../i18n';
import { calendarLabel, findCalendar, pairLabel } from './names';

/**
 * One pair. A calendar whose account is gone is still listed (so the pair can be removed), and
 * named as not available rather than by an id nobody recognises.
 */
export function PairRow(props: {
  mapping: GuardMapping;
  calendars: CalendarInfo[];
  onToggle: (enabled: boolean) => void;
  onRemove: () => void;
}) {
  const { t } = useI18n();
  const name = (ref: GuardMapping['docfav']) => {
    const calendar = findCalendar(props.calendars, ref);
    return calendar ? calendarLabel(calendar) : t('guard.unknownCalendar');
  };
  const pair = pairLabel(name(props.mapping.docfav), name(props.mapping.doctena));
  return (
    <li className="guard-pair">
      <label className="guard-pair-toggle">
        <input
          type="checkbox"
          checked={props.mapping.enabled}
          aria-label={t('guard.onLabel', { pair })}
          onChange={(e) => props.onToggle(e.currentTarget.checked)}
        />
        <span aria-hidden="true">{t('guard.on')}</span>
      </label>
      <span className="guard-pair-name">{pair}</span>
      <button
        type="button"
        className="accounts-danger"
        aria-label={t('guard.removeLabel', { pair })}
        onClick={props.onRemove}
      >
        {t('guard.remove')}
      </button>
    </li>
  );
}
