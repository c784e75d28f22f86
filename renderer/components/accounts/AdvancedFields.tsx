import { useState, type ReactNode } from 'react';
import { useI18n } from '../../i18n';
import { describedBy, Field } from './Field';
import { isHttpUrl } from './vendors';

/**
 * The "Advanced" disclosure: the API address (prefilled with the platform's real one), the name
 * shown in Frontdesk, and whatever the vendor adds (Doctena's time zone).
 */
export function AdvancedFields(props: {
  idPrefix: string;
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
  const urlId = `${props.idPrefix}-url`;
  const labelId = `${props.idPrefix}-label`;
  const urlError = isHttpUrl(props.baseUrl.trim()) ? undefined : t('connect.urlInvalid');
  const urlHint = t('connect.urlHint');
  const [open, setOpen] = useState(false);
  return (
    <details
      className="accounts-advanced"
      open={open || (props.attempted && urlError !== undefined)}
      onToggle={(e) => setOpen(e.currentTarget.open)}
    >
      <summary>{t('connect.advanced')}</summary>
      <Field id={urlId} label={props.urlLabel} hint={urlHint} error={urlError}>
        <input
          id={urlId}
          type="url"
          value={props.baseUrl}
          readOnly={props.busy}
          spellCheck={false}
          aria-invalid={urlError ? true : undefined}
          aria-describedby={describedBy(urlId, urlHint, urlError)}
          onChange={(e) => props.onBaseUrl(e.currentTarget.value)}
        />
      </Field>
      {props.children}
      <Field id={labelId} label={t('connect.label')}>
        <input
          id={labelId}
          type="text"
          value={props.label}
          maxLength={200}
          readOnly={props.busy}
          onChange={(e) => props.onLabel(e.currentTarget.value)}
        />
      </Field>
    </details>
  );
}
