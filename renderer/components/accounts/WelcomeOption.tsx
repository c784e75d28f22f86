import { useI18n } from '../../i18n';
import type { MessageKey } from '../../../shared/i18n/keys';

/** One of the welcome's three choices: a title, a sentence, and the button that does it. */
export function WelcomeOption(props: {
  title: MessageKey;
  text: MessageKey;
  action: MessageKey;
  onChoose: () => void;
  busy?: boolean;
  focus?: boolean;
}) {
  const { t } = useI18n();
  return (
    <div className="welcome-option">
      <h3>{t(props.title)}</h3>
      <p>{t(props.text)}</p>
      <button
        type="button"
        className="accounts-primary"
        autoFocus={props.focus}
        aria-disabled={props.busy}
        onClick={() => {
          if (!props.busy) props.onChoose();
        }}
      >
        {t(props.action)}
      </button>
    </div>
  );
}
