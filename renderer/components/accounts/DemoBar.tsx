import { useSetDemo } from '../../api/accounts';
import { useI18n } from '../../i18n';
import { ErrorMessage } from './ErrorMessage';

/** Under the demo banner: leave the fictional practice in one click, or go connect real accounts. */
export function DemoBar(props: { onConnect: (() => void) | null }) {
  const { t } = useI18n();
  const setDemo = useSetDemo();
  return (
    <div className="demo-bar" role="region" aria-label={t('demo.label')}>
      <span>{t('demo.text')}</span>
      {props.onConnect && (
        <button type="button" onClick={props.onConnect}>
          {t('demo.connect')}
        </button>
      )}
      <button
        type="button"
        aria-disabled={setDemo.isPending}
        onClick={() => {
          if (!setDemo.isPending) setDemo.mutate(false);
        }}
      >
        {setDemo.isPending ? t('demo.leaving') : t('demo.leave')}
      </button>
      <ErrorMessage error={setDemo.error} />
    </div>
  );
}
