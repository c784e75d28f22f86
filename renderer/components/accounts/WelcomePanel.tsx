import { useEffect, useId, useRef, useState } from 'react';
import { useSetDemo } from '../../api/accounts';
import { useI18n } from '../../i18n';
import { ConnectForm } from './ConnectForm';
import { ErrorMessage } from './ErrorMessage';
import { WelcomeOption } from './WelcomeOption';
import type { Vendor } from './vendors';

/**
 * Connect Doctena, connect Docfav, or try the demo. `demoLeft`: the user left the demo and has no
 * account, so the calendar is empty and only connecting or going back to the demo ends this.
 */
export function WelcomePanel(props: { demoLeft: boolean; onDemo: () => void; focus: boolean }) {
  const { t } = useI18n();
  const titleId = useId();
  const title = useRef<HTMLHeadingElement>(null);
  const setDemo = useSetDemo();
  const [vendor, setVendor] = useState<Vendor | null>(null);
  // Focus goes back to the option the user came from when a form is cancelled.
  const [returnedFrom, setReturnedFrom] = useState<Vendor | null>(null);

  // Opened from the demo bar: the keyboard follows, since the bar's button is gone.
  const focusOnOpen = useRef(props.focus);
  useEffect(() => {
    if (focusOnOpen.current) title.current?.focus();
  }, []);

  const tryDemo = () => {
    props.onDemo();
    if (props.demoLeft) setDemo.mutate(true);
  };

  return (
    <section className="welcome" aria-labelledby={titleId}>
      <h2 id={titleId} ref={title} tabIndex={-1}>
        {t('welcome.title')}
      </h2>
      <p className="welcome-intro">{props.demoLeft ? t('welcome.demoLeft') : t('welcome.intro')}</p>
      {vendor ? (
        <div className="welcome-form">
          <ConnectForm
            vendor={vendor}
            // The welcome closes by itself once the account list is no longer empty.
            onConnected={() => setVendor(null)}
            onCancel={() => {
              setReturnedFrom(vendor);
              setVendor(null);
            }}
          />
        </div>
      ) : (
        <div className="welcome-options">
          <WelcomeOption
            title="welcome.doctena.title"
            text="welcome.doctena.text"
            action="welcome.doctena.action"
            focus={returnedFrom === 'doctena'}
            onChoose={() => setVendor('doctena')}
          />
          <WelcomeOption
            title="welcome.docfav.title"
            text="welcome.docfav.text"
            action="welcome.docfav.action"
            focus={returnedFrom === 'docfav'}
            onChoose={() => setVendor('docfav')}
          />
          <WelcomeOption
            title="welcome.demo.title"
            text="welcome.demo.text"
            action="welcome.demo.action"
            busy={setDemo.isPending}
            onChoose={tryDemo}
          />
        </div>
      )}
      {setDemo.data?.demo === false && (
        <p className="accounts-error" role="alert">
          {t('welcome.demo.unavailable')}
        </p>
      )}
      <ErrorMessage error={setDemo.error} />
    </section>
  );
}
