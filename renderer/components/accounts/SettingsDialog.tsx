import { useI18n } from '../../i18n';
import { GuardSection } from '../guard/GuardSection';
import { CalendarColours } from '../settings/CalendarColours';
import { Modal } from '../ui/Modal';
import { AccountsSection } from './AccountsSection';
import { Preferences } from './Preferences';

/** A long page of settings: focus starts on the dialog itself, so it is read from its title. */
export function SettingsDialog(props: { onClose: () => void }) {
  const { t } = useI18n();
  return (
    <Modal
      title={t('settings.title')}
      closeLabel={t('settings.close')}
      onClose={props.onClose}
      size="page"
      initialFocus="dialog"
    >
      <AccountsSection />
      <GuardSection />
      <CalendarColours />
      <Preferences />
    </Modal>
  );
}
