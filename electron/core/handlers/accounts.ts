import type { Handlers } from '../dispatch';
import type { Services } from '../services';

/** Connected accounts: never their secrets, only whether one is stored. */
export function accountHandlers(services: Services): Pick<Handlers, 'accounts:list'> {
  return {
    'accounts:list': () =>
      services.settings.read().accounts.map((account) => ({
        id: account.id,
        vendor: account.vendor,
        label: account.label,
        hasSecret: services.secrets.get(account.id) !== undefined,
      })),
  };
}
