import type { Notice } from '../../../shared/contract';
import type { Handlers } from '../dispatch';
import type { Services } from '../types';

function secretNotices(services: Services): Notice[] {
  switch (services.secrets.kind) {
    case 'basic-text':
      return [{ code: 'secret-storage-weak' }];
    case 'unavailable':
      return [{ code: 'secret-storage-unavailable' }];
    default:
      return [];
  }
}

/** App identity and settings. */
export function appHandlers(
  services: Services,
): Pick<Handlers, 'app:info' | 'settings:get' | 'settings:update'> {
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
      launchAtLoginSupported: services.app.launchAtLogin ?? false,
      notices: [...secretNotices(services), ...services.settings.notices()],
    }),
    'settings:get': () => publicSettings(),
    'settings:update': ({ patch }) => {
      const before = services.settings.read();
      services.settings.write({ ...before, ...patch });
      const after = services.settings.read();
      services.applySettings(after);
      services.guard.pairingsChanged(before.guard.mappings, after.guard.mappings);
      return publicSettings();
    },
  };
}
