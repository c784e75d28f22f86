import { useRef, useState, type FormEvent } from 'react';
import type { AccountSummary } from '../../../shared/contract';
import { useConnectDocfav, useDiscoverDocfav } from '../../api/accounts';
import { useI18n } from '../../i18n';
import { AdvancedFields } from './AdvancedFields';
import { ClinicChoice } from './ClinicChoice';
import { ErrorMessage } from './ErrorMessage';
import { FormField } from '../ui/FormField';
import { focusFirstInvalid } from './focusFirstInvalid';
import { defaultBaseUrl, isHttpUrl } from './vendors';

/**
 * Two steps: check the API key (which lists the clinics it can see), then connect the chosen
 * clinics. Changing the key or the address goes back to the first step.
 */
export function ConnectDocfav(props: {
  onConnected: (account: AccountSummary) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const form = useRef<HTMLFormElement>(null);
  const discover = useDiscoverDocfav();
  const connect = useConnectDocfav();
  const [apiKey, setApiKey] = useState('');
  const [baseUrl, setBaseUrl] = useState(defaultBaseUrl.docfav);
  const [label, setLabel] = useState('');
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [attempted, setAttempted] = useState(false);
  const clinics = discover.data;
  const busy = discover.isPending || connect.isPending;
  const keyError = attempted && !apiKey.trim() ? t('docfav.keyMissing') : undefined;
  const clinicError =
    attempted && clinics && clinics.length > 0 && chosen.size === 0
      ? t('docfav.chooseClinic')
      : undefined;

  const restart = () => {
    discover.reset();
    connect.reset();
    setChosen(new Set());
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    setAttempted(true);
    const input = { apiKey: apiKey.trim(), baseUrl: baseUrl.trim() };
    if (!input.apiKey || !isHttpUrl(input.baseUrl)) {
      requestAnimationFrame(() => focusFirstInvalid(form.current));
      return;
    }
    if (!clinics) {
      discover.mutate(input, {
        onSuccess: (found) => {
          setChosen(new Set(found.map((c) => c.id)));
          setAttempted(false);
        },
      });
      return;
    }
    if (chosen.size === 0) return;
    connect.mutate(
      {
        ...input,
        clinicIds: clinics.filter((c) => chosen.has(c.id)).map((c) => c.id),
        ...(label.trim() ? { label: label.trim() } : {}),
      },
      {
        onSuccess: (account) => {
          setApiKey('');
          restart();
          props.onConnected(account);
        },
      },
    );
  };

  return (
    <form ref={form} className="accounts-form" onSubmit={submit} aria-busy={busy} noValidate>
      <h3>{t('docfav.title')}</h3>
      <p className="accounts-hint">{t('docfav.help')}</p>
      <FormField label={t('docfav.apiKey')} error={keyError} required>
        {(control) => (
          <input
            {...control}
            type="password"
            autoComplete="off"
            spellCheck={false}
            autoFocus
            value={apiKey}
            readOnly={busy}
            onChange={(e) => {
              setApiKey(e.currentTarget.value);
              if (clinics || discover.error) restart();
            }}
          />
        )}
      </FormField>
      <AdvancedFields
        urlLabel={t('docfav.url')}
        baseUrl={baseUrl}
        onBaseUrl={(url) => {
          setBaseUrl(url);
          if (clinics || discover.error) restart();
        }}
        label={label}
        onLabel={setLabel}
        busy={busy}
        attempted={attempted}
      />
      {clinics && (
        <ClinicChoice clinics={clinics} chosen={chosen} onChange={setChosen} error={clinicError} />
      )}
      <ErrorMessage error={discover.error ?? connect.error} vendor="docfav" address />
      {busy && (
        <p className="accounts-busy" role="status">
          {t('docfav.checking')}
        </p>
      )}
      <div className="accounts-buttons">
        <button type="submit" className="accounts-primary" aria-disabled={busy}>
          {busy ? t('connect.checking') : clinics ? t('docfav.submit') : t('docfav.check')}
        </button>
        <button type="button" onClick={props.onCancel} disabled={busy}>
          {t('connect.cancel')}
        </button>
      </div>
    </form>
  );
}
