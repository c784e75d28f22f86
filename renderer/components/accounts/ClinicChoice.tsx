import type { ChannelOutput } from '../../../shared/contract';
import { useId } from 'react';
import { useI18n } from '../../i18n';
import { CheckField } from '../ui/FormField';

export type Clinic = ChannelOutput<'accounts:discoverDocfav'>[number];

/** The clinics a tested key can see, each a checkbox; all are chosen at first. */
export function ClinicChoice(props: {
  clinics: Clinic[];
  chosen: ReadonlySet<string>;
  onChange: (chosen: Set<string>) => void;
  error: string | undefined;
}) {
  const { t } = useI18n();
  const errorId = useId();
  if (props.clinics.length === 0) {
    return (
      <p className="accounts-error" role="alert">
        {t('docfav.noClinics')}
      </p>
    );
  }
  const toggle = (id: string, on: boolean) => {
    const next = new Set(props.chosen);
    if (on) next.add(id);
    else next.delete(id);
    props.onChange(next);
  };
  return (
    <fieldset className="accounts-clinics">
      <legend>{t('docfav.clinics')}</legend>
      {props.clinics.map((clinic) => (
        <CheckField
          key={clinic.id}
          label={
            clinic.city
              ? t('docfav.clinicIn', { name: clinic.name, city: clinic.city })
              : clinic.name
          }
          checked={props.chosen.has(clinic.id)}
          invalid={!!props.error}
          describedBy={props.error ? errorId : undefined}
          onChange={(on) => toggle(clinic.id, on)}
        />
      ))}
      {props.error && (
        <p id={errorId} className="accounts-error" role="alert">
          {props.error}
        </p>
      )}
    </fieldset>
  );
}
