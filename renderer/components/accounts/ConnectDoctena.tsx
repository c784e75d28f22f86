import { useRef, useState, type FormEvent } from 'react';
import type { AccountSummary } from '../../../shared/contract';
import { useConnectDoctena } from '../../api/accounts';
import { useI18n } from '../../i18n';
import { AdvancedFields } from './AdvancedFields';
import { ErrorMessage } from './ErrorMessage';
import { FormField } from '../ui/FormField';
import { focusFirstInvalid } from './focusFirstInvalid';
import { systemTimeZone } from './timeZones';
import { TimeZoneSelect } from './TimeZoneSelect';
import { defaultBaseUrl, isHttpUrl } from './vendors';

/** Login and password; the main process tries them before anything is stored. */
export function ConnectDoctena(props: {
  onConnected: (account: AccountSummary) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const form = useRef<HTMLFormElement>(null);
  const connect = useConnectDoctena();
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const [baseUrl, setBaseUrl] = useState(defaultBaseUrl.doctena);
  const [timezone, setTimezone] = useState(systemTimeZone);
  const [label, setLabel] = useState('');
  const [attempted, setAttempted] = useState(false);
  const busy = connect.isPending;
  const loginError = attempted && !login.trim() ? t('doctena.loginMissing') : undefined;
  const passwordError = attempted && !password ? t('doctena.passwordMissing') : undefined;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    setAttempted(true);
    if (!login.trim() || !password || !isHttpUrl(baseUrl.trim())) {
      // Wait for the error texts to render so aria-invalid is set before moving focus.
      requestAnimationFrame(() => focusFirstInvalid(form.current));
      return;
    }
    connect.mutate(
      {
        login: login.trim(),
        password,
        baseUrl: baseUrl.trim(),
        timezone,
        ...(label.trim() ? { label: label.trim() } : {}),
      },
      {
        onSuccess: (account) => {
          setPassword('');
          props.onConnected(account);
        },
      },
    );
  };

  return (
    <form ref={form} className="accounts-form" onSubmit={submit} aria-busy={busy} noValidate>
      <h3>{t('doctena.title')}</h3>
      <p className="accounts-hint">{t('doctena.help')}</p>
      <FormField label={t('doctena.login')} error={loginError} required>
        {(control) => (
          <input
            {...control}
            type="email"
            autoComplete="off"
            spellCheck={false}
            autoFocus
            value={login}
            readOnly={busy}
            onChange={(e) => setLogin(e.currentTarget.value)}
          />
        )}
      </FormField>
      <FormField label={t('doctena.password')} error={passwordError} required>
        {(control) => (
          <input
            {...control}
            type="password"
            autoComplete="off"
            value={password}
            readOnly={busy}
            onChange={(e) => setPassword(e.currentTarget.value)}
          />
        )}
      </FormField>
      <AdvancedFields
        urlLabel={t('doctena.url')}
        baseUrl={baseUrl}
        onBaseUrl={setBaseUrl}
        label={label}
        onLabel={setLabel}
        busy={busy}
        attempted={attempted}
      >
        <FormField label={t('doctena.timezone')} hint={t('doctena.timezoneHint')}>
          {(control) => (
            <TimeZoneSelect
              control={control}
              value={timezone}
              disabled={busy}
              onChange={setTimezone}
            />
          )}
        </FormField>
      </AdvancedFields>
      <ErrorMessage error={connect.error} vendor="doctena" address />
      {busy && (
        <p className="accounts-busy" role="status">
          {t('doctena.checking')}
        </p>
      )}
      <div className="accounts-buttons">
        <button type="submit" className="accounts-primary" aria-disabled={busy}>
          {busy ? t('connect.checking') : t('doctena.submit')}
        </button>
        <button type="button" onClick={props.onCancel} disabled={busy}>
          {t('connect.cancel')}
        </button>
      </div>
    </form>
  );
}
