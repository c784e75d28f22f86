import { useI18n } from '../../i18n';
import { GuardSection } from '../guard/GuardSection';
import { AccountsSection } from './AccountsSection';
import { Dialog } from './Dialog';
import { Preferences } from './Preferences';

export function SettingsDialog(props: { onClose: () => void }) {
  const { t } = useI18n();
  return (
    <Dialog title={t('settings.title')} closeLabel={t('settings.close')} onClose={props.onClose}>
      <AccountsSection />
      <GuardSection />
      <Preferences />
    </Dialog>
  );
}
