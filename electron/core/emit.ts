import type { EventName, EventPayload } from '../../shared/contract';

/**
 * Sends a push event to the renderer(s). Its own file so that the layers below the wiring
 * (sync, guard) can take it without importing core/services.ts, which imports them.
 */
export type Emit = <E extends EventName>(event: E, payload: EventPayload<E>) => void;
