import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { AccountStatus } from '../../shared/contract';
import type { Language } from '../../shared/settings';
import { I18nProvider } from '../i18n';
import { Banners, platformName } from './Banners';

const account = (patch: Partial<AccountStatus>): AccountStatus => ({
  id: 'df',
  vendor: 'docfav',
  label: 'Clínica Sol',
  state: 'syncing',
  error: null,
  lastSuccessAt: null,
  ...patch,
});

function render(accounts: AccountStatus[], options: { language?: Language; offline?: boolean }) {
  return renderToStaticMarkup(
    <I18nProvider language={options.language ?? 'en'}>
      <Banners
        demo={false}
        offline={options.offline ?? false}
        lastSyncAt={null}
        accounts={accounts}
        notices={[]}
      />
    </I18nProvider>,
  );
}

describe('the banner for a platform that is not answering', () => {
  it('names the platform and says its appointments are missing, in the desk’s language', () => {
    const en = render([account({ slow: 'missing' })], {});
    expect(en).toContain('Docfav (Clínica Sol) is not answering; its appointments are missing.');
    const de = render([account({ slow: 'missing' })], { language: 'de' });
    expect(de).toContain('Docfav (Clínica Sol) antwortet nicht; die Termine von dort fehlen.');
  });

  it('says "out of date" when older appointments of it are on screen', () => {
    const html = render(
      [account({ slow: 'stale', lastSuccessAt: '2026-11-24T08:00:00Z', state: 'error' })],
      {},
    );
    expect(html).toContain('may be out of date');
  });

  it('is not shown for a platform that answers, nor for one whose failure is its error', () => {
    expect(render([account({ state: 'ok' })], {})).not.toContain('banner-slow');
    const failed = account({
      state: 'error',
      error: { code: 'auth' },
    });
    expect(render([failed], {})).not.toContain('banner-slow');
  });

  it('leaves it to the offline banner when no platform answers at all', () => {
    const html = render([account({ slow: 'missing' })], { offline: true });
    expect(html).not.toContain('banner-slow');
    expect(html).toContain('banner-offline');
  });

  it('uses the account’s label when it already says the platform', () => {
    expect(platformName({ vendor: 'docfav', label: 'Clínica Demo Salud (Docfav)' })).toBe(
      'Clínica Demo Salud (Docfav)',
    );
    expect(platformName({ vendor: 'doctena', label: '' })).toBe('Doctena');
  });
});
