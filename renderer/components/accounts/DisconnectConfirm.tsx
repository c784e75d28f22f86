import { useEffect, useId, useRef } from 'react';
import { useI18n } from '../../i18n';

/** Asks before disconnecting; the safe answer has the focus. */
export function DisconnectConfirm(props: {
  label: string;
  vendor: string;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const textId = useId();
  const keep = useRef<HTMLButtonElement>(null);
  useEffect(() => keep.current?.focus(), []);
  return (
    <div className="accounts-confirm" role="group" aria-labelledby={textId}>
      <p id={textId}>
        {t('settings.disconnectConfirm', { label: props.label, vendor: props.vendor })}
      </p>
      <div className="accounts-buttons">
        <button
          type="button"
          className="accounts-danger"
          aria-disabled={props.busy}
          onClick={() => {
            if (!props.busy) props.onConfirm();
          }}
        >
          {props.busy ? t('settings.disconnecting') : t('settings.disconnectYes')}
        </button>
        <button ref={keep} type="button" onClick={props.onCancel} disabled={props.busy}>
          {t('settings.disconnectNo')}
        </button>
      </div>
    </div>
  );
}
