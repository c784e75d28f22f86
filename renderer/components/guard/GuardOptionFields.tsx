import { useId } from 'react';
import { useI18n } from '../../i18n';
import { CheckField } from '../accounts/CheckField';
import { describedBy, Field } from '../accounts/Field';
import { WEEKS_BOUNDS, weeksError, type GuardDraft } from './draft';

/** How far ahead the guard works, and whether reserved time counts as busy too. */
export function GuardOptionFields(props: {
  draft: GuardDraft;
  showErrors: boolean;
  onChange: (next: Partial<GuardDraft>) => void;
}) {
  const { t } = useI18n();
  const id = `${useId()}-weeks`;
  const hint = t('guard.weeksAheadHint');
  const errorKey = props.showErrors ? weeksError(props.draft) : undefined;
  const error = errorKey ? t(errorKey, WEEKS_BOUNDS) : undefined;
  return (
    <>
      <Field id={id} label={t('guard.weeksAhead')} hint={hint} error={error}>
        <input
          id={id}
          type="number"
          inputMode="numeric"
          min={WEEKS_BOUNDS.min}
          max={WEEKS_BOUNDS.max}
          step={1}
          value={props.draft.weeksAhead}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, hint, error)}
          onChange={(e) => props.onChange({ weeksAhead: e.currentTarget.value })}
        />
      </Field>
      <CheckField
        label={t('guard.mirrorReservations')}
        checked={props.draft.mirrorReservations}
        onChange={(mirrorReservations) => props.onChange({ mirrorReservations })}
      />
      <p className="accounts-hint">{t('guard.reservationsHint')}</p>
    </>
  );
}
