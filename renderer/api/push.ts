import { useEffect, useEffectEvent } from 'react';
import type { EventName, EventPayload } from '../../shared/contract';
import { subscribe } from './client';

/**
 * Hears a push from the main process for as long as the component is mounted. The newest
 * `listener` is the one called, without subscribing anew on every render.
 */
export function usePush<E extends EventName>(
  event: E,
  listener: (payload: EventPayload<E>) => void,
): void {
  const onPush = useEffectEvent(listener);
  useEffect(() => subscribe(event, (payload) => onPush(payload)), [event]);
}
