import {
  channelNames,
  type Channel,
  type ChannelInput,
  type ChannelOutput,
  type EventName,
  type EventPayload,
} from '../../shared/contract';
import { AppError } from '../../shared/errors';

/** One typed function per contract channel; a failed call throws an AppError with its code. */
export type Client = {
  [C in Channel]: (input: ChannelInput<C>) => Promise<ChannelOutput<C>>;
};

export async function call<C extends Channel>(
  channel: C,
  input: ChannelInput<C>,
): Promise<ChannelOutput<C>> {
  const result = await window.api.invoke(channel, input);
  if (!result.ok) throw AppError.fromPayload(result.error);
  return result.value;
}

export const client = Object.fromEntries(
  channelNames.map((channel) => [channel, (input: never) => call(channel, input)]),
) as Client;

export function subscribe<E extends EventName>(
  event: E,
  listener: (payload: EventPayload<E>) => void,
): () => void {
  return window.api.on(event, listener);
}
