import { useI18n } from '../../i18n';
import { CheckField, FormField } from '../ui/FormField';
import { WEEKS_BOUNDS, weeksError, type GuardDraft } from './draft';

/** How far ahead the guard works, and whether reserved time counts as busy too. */
export function GuardOptionFields(props: {
  draft: GuardDraft;
  showErrors: boolean;
  onChange: (next: Partial<GuardDraft>) => void;
}) {
  const { t } = useI18n();
  const errorKey = props.showErrors ? weeksError(props.draft) : undefined;
  const error = errorKey ? t(errorKey, WEEKS_BOUNDS) : undefined;
  return (
    <>
      <FormField label={t('guard.weeksAhead')} hint={t('guard.weeksAheadHint')} error={error}>
        {(control) => (
          <input
            {...control}
            type="number"
            inputMode="numeric"
            min={WEEKS_BOUNDS.min}
            max={WEEKS_BOUNDS.max}
            step={1}
            value={props.draft.weeksAhead}
            onChange={(e) => props.onChange({ weeksAhead: e.currentTarget.value })}
          />
        )}
      </FormField>
      <CheckField
        label={t('guard.mirrorReservations')}
        checked={props.draft.mirrorReservations}
        onChange={(mirrorReservations) => props.onChange({ mirrorReservations })}
      />
      <p className="accounts-hint">{t('guard.reservationsHint')}</p>
    </>
  );
}
