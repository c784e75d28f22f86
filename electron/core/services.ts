import type { EventName, EventPayload } from '../../shared/contract';
import { events } from '../../shared/contract';
import type { Logger } from '../log';
import { createDispatcher, type Dispatch } from './dispatch';
import { createHandlers } from './handlers';
import type { SecretStore, SettingsStore } from './stores';

export interface AppIdentity {
  name: string;
  version: string;
  platform: string;
}

export type Emit = <E extends EventName>(event: E, payload: EventPayload<E>) => void;

/**
 * Everything the main process does, without Electron. The Electron glue and the web bridge each
 * build one of these with their own stores, fetch and push channel.
 */
export interface Services {
  app: AppIdentity;
  settings: SettingsStore;
  secrets: SecretStore;
  logger: Logger;
  fetch: typeof fetch;
  emit: Emit;
}

export interface ServicesOptions extends Omit<Services, 'emit'> {
  /** Delivers a validated push event to the renderer(s). */
  push: (event: EventName, payload: unknown) => void;
}

export function createServices(options: ServicesOptions): {
  services: Services;
  dispatch: Dispatch;
} {
  const { push, ...rest } = options;
  const emit: Emit = (event, payload) => {
    // Validate on the way out, exactly like channel outputs.
    const parsed = events[event].safeParse(payload);
    if (!parsed.success) {
      rest.logger.error('push event dropped: invalid payload', { event });
      return;
    }
    push(event, parsed.data);
  };
  const services: Services = { ...rest, emit };
  return { services, dispatch: createDispatcher(createHandlers(services), rest.logger) };
}
