import type { Notice } from '../../shared/contract';
import type { Handlers } from './dispatch';
import type { Services } from './services';

function secretNotices(services: Services): Notice[] {
  switch (services.secrets.kind) {
    case 'basic-text':
      return [
        {
          code: 'secret-storage-weak',
          message:
            'This computer has no system keyring, so saved passwords and API keys are only obfuscated, not encrypted. Install and unlock a keyring (for example GNOME Keyring or KWallet) and restart Frontdesk.',
        },
      ];
    case 'unavailable':
      return [
        {
          code: 'secret-storage-unavailable',
          message:
            'This computer offers no secure storage, so Frontdesk cannot save passwords or API keys. Ask your IT administrator to configure accounts through environment variables.',
        },
      ];
    default:
      return [];
  }
}

/** The main process's answer to every contract channel. */
export function createHandlers(services: Services): Handlers {
  const publicSettings = () => {
    const { accounts: _accounts, ...rest } = services.settings.read();
    return rest;
  };
  return {
    'app:info': () => ({
      name: services.app.name,
      version: services.app.version,
      platform: services.app.platform,
      secretStorage: services.secrets.kind,
      notices: [...secretNotices(services), ...services.settings.notices()],
    }),
    'settings:get': () => publicSettings(),
    'settings:update': ({ patch }) => {
      services.settings.write({ ...services.settings.read(), ...patch });
      return publicSettings();
    },
    'calendar:range': ({ from, to }) =>
      services.sync.range({ from: new Date(from), to: new Date(to) }),
    'sync:refresh': ({ from, to }) =>
      services.sync.refresh({ from: new Date(from), to: new Date(to) }),
    'events:search': ({ query, range }) =>
      services.sync.search(query, { from: new Date(range.from), to: new Date(range.to) }),
    'accounts:list': () =>
      services.settings.read().accounts.map((account) => ({
        id: account.id,
        vendor: account.vendor,
        label: account.label,
        hasSecret: services.secrets.get(account.id) !== undefined,
      })),
  };
}
