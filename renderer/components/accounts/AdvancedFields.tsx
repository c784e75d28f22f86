import { useState, type ReactNode } from 'react';
import { useI18n } from '../../i18n';
import { FormField } from '../ui/FormField';
import { isHttpUrl } from './vendors';

/**
 * The "Advanced" disclosure: the API address (prefilled with the platform's real one), the name
 * shown in Frontdesk, and whatever the vendor adds (Doctena's time zone).
 */
export function AdvancedFields(props: {
  urlLabel: string;
  baseUrl: string;
  onBaseUrl: (url: string) => void;
  label: string;
  onLabel: (label: string) => void;
  busy: boolean;
  /** After a refused submit, a wrong address must be visible, so the disclosure opens. */
  attempted: boolean;
  children?: ReactNode;
}) {
  const { t } = useI18n();
  const urlError = isHttpUrl(props.baseUrl.trim()) ? undefined : t('connect.urlInvalid');
  const [open, setOpen] = useState(false);
  return (
    <details
      className="accounts-advanced"
      open={open || (props.attempted && urlError !== undefined)}
      onToggle={(e) => setOpen(e.currentTarget.open)}
    >
      <summary>{t('connect.advanced')}</summary>
      <FormField label={props.urlLabel} hint={t('connect.urlHint')} error={urlError}>
        {(control) => (
          <input
            {...control}
            type="url"
            value={props.baseUrl}
            readOnly={props.busy}
            spellCheck={false}
            onChange={(e) => props.onBaseUrl(e.currentTarget.value)}
          />
        )}
      </FormField>
      {props.children}
      <FormField label={t('connect.label')}>
        {(control) => (
          <input
            {...control}
            type="text"
            value={props.label}
            maxLength={200}
            readOnly={props.busy}
            onChange={(e) => props.onLabel(e.currentTarget.value)}
          />
        )}
      </FormField>
    </details>
  );
}
