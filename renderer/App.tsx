import { useSettings } from './api/settings';
import { Shell } from './components/Shell';
import { I18nProvider, pickLanguage } from './i18n';

export function App() {
  const settings = useSettings();
  const language = pickLanguage(settings.data?.language ?? null, navigator.languages);
  return (
    <I18nProvider language={language}>
      <Shell />
    </I18nProvider>
  );
}
