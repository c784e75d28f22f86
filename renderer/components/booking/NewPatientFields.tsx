import { useI18n } from '../../i18n';
import { CheckField, FormField } from '../ui/FormField';

export interface NewPatient {
  firstName: string;
  lastName: string;
  phone: string;
  email: string;
  walkIn: boolean;
}

export const NO_NEW_PATIENT: NewPatient = {
  firstName: '',
  lastName: '',
  phone: '',
  email: '',
  walkIn: false,
};

/** A patient Docfav does not know yet, added with the booking (a walk-in too). */
export function NewPatientFields(props: {
  value: NewPatient;
  onChange: (value: NewPatient) => void;
  errors: { name?: string | undefined; email?: string | undefined };
}) {
  const { t } = useI18n();
  const { value, onChange, errors } = props;
  const text = (field: 'firstName' | 'lastName' | 'phone' | 'email') => (v: string) =>
    onChange({ ...value, [field]: v });
  return (
    <fieldset className="field-group">
      <legend>{t('booking.newPatient')}</legend>
      <div className="field-row">
        <FormField label={t('booking.firstName')} error={errors.name}>
          {(control) => (
            <input
              {...control}
              autoComplete="off"
              value={value.firstName}
              onChange={(e) => text('firstName')(e.currentTarget.value)}
            />
          )}
        </FormField>
        <FormField label={t('booking.lastName')}>
          {(control) => (
            <input
              {...control}
              autoComplete="off"
              value={value.lastName}
              onChange={(e) => text('lastName')(e.currentTarget.value)}
            />
          )}
        </FormField>
      </div>
      <div className="field-row">
        <FormField label={t('booking.phone')}>
          {(control) => (
            <input
              {...control}
              type="tel"
              autoComplete="off"
              value={value.phone}
              onChange={(e) => text('phone')(e.currentTarget.value)}
            />
          )}
        </FormField>
        <FormField label={t('booking.email')} error={errors.email}>
          {(control) => (
            <input
              {...control}
              type="email"
              autoComplete="off"
              value={value.email}
              onChange={(e) => text('email')(e.currentTarget.value)}
            />
          )}
        </FormField>
      </div>
      <CheckField
        label={t('booking.walkIn')}
        checked={value.walkIn}
        onChange={(walkIn) => onChange({ ...value, walkIn })}
      />
    </fieldset>
  );
}
