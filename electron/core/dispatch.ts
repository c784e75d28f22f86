import type { z } from 'zod';
import {
  channels,
  isChannel,
  type Channel,
  type ChannelOutput,
  type IpcResult,
  type ParsedInput,
} from '../../shared/contract';
import { AppError, ErrorReason, toAppError } from '../../shared/errors';
import type { Logger } from '../log';

/** Who is calling: the Electron frame or the web bridge client, already vetted by the transport. */
export interface CallContext {
  transport: 'electron' | 'web';
}

/**
 * One handler per contract channel. The mapped type makes a missing handler a compile error, and
 * `createDispatcher` checks the same at run time for the JavaScript side of the fence.
 */
export type Handlers = {
  [C in Channel]: (
    input: ParsedInput<C>,
    ctx: CallContext,
  ) => Promise<z.input<(typeof channels)[C]['output']>> | z.input<(typeof channels)[C]['output']>;
};

export type Dispatch = (channel: unknown, input: unknown, ctx: CallContext) => Promise<IpcResult>;

/** Describes what was wrong with an input without echoing the values (they may be patient data). */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => {
      const where = issue.path.length
        ? issue.path.map((part) => String(part).slice(0, 40)).join('.')
        : 'input';
      // zod names unknown keys in its message; they are the caller's text, so not repeated.
      const what = issue.code === 'unrecognized_keys' ? 'unknown field' : issue.message;
      return `${where}: ${what}`;
    })
    .join('; ');
}

/**
 * The first reason code a refinement of the contract attached (e.g. `time-out-of-range`), so the
 * renderer can say what was wrong in the user's language. Codes only: never the input's values.
 */
export function issueReason(error: z.ZodError): { reason: ErrorReason } | Record<string, never> {
  for (const issue of error.issues) {
    const reason = ErrorReason.safeParse(
      issue.code === 'custom' ? issue.params?.reason : undefined,
    );
    if (reason.success) return { reason: reason.data };
  }
  return {};
}

export function createDispatcher(handlers: Handlers, logger: Logger): Dispatch {
  for (const channel of Object.keys(channels)) {
    if (typeof (handlers as Record<string, unknown>)[channel] !== 'function') {
      throw new Error(`No handler for IPC channel ${channel}`);
    }
  }

  return async (channel, input, ctx) => {
    if (!isChannel(channel)) {
      logger.warn('ipc: unknown channel refused', { transport: ctx.transport });
      return fail(new AppError('unknown-channel'));
    }
    const def = channels[channel];
    const parsed = def.input.safeParse(input);
    if (!parsed.success) {
      logger.warn('ipc: invalid input refused', { channel, transport: ctx.transport });
      return fail(
        new AppError('invalid-input', {
          channel,
          issues: describeIssues(parsed.error),
          ...issueReason(parsed.error),
        }),
      );
    }
    try {
      const handler = handlers[channel] as (i: unknown, c: CallContext) => unknown;
      const raw = await handler(parsed.data, ctx);
      const out = def.output.safeParse(raw);
      if (!out.success) {
        // Our own bug; never send an unvalidated object to the renderer.
        logger.error('ipc: handler returned an invalid output', {
          channel,
          issues: describeIssues(out.error),
        });
        return fail(new AppError('internal'));
      }
      return { ok: true, value: out.data as ChannelOutput<typeof channel> };
    } catch (err) {
      const appError = toAppError(err);
      logger[appError.code === 'internal' ? 'error' : 'info']('ipc: handler failed', {
        channel,
        code: appError.code,
      });
      return fail(appError);
    }
  };
}

function fail(error: AppError): IpcResult {
  return { ok: false, error: error.toPayload() };
}
