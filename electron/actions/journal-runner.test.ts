import { afterEach, describe, expect, it, vi } from 'vitest';
import { JournalRunner, type DueEntry } from './journal-runner';

const NOW = new Date('2026-11-24T09:00:00Z');

function setup(entries: DueEntry[], resume: (e: DueEntry) => Promise<void>) {
  const list = [...entries];
  const failed: string[] = [];
  const runner = new JournalRunner<DueEntry>({
    list: () => list,
    remove: (id) =>
      list.splice(
        list.findIndex((e) => e.id === id),
        1,
      ),
    now: () => new Date(Date.now()),
    ready: (e) => e.accountId !== 'gone',
    resume,
    failed: (e) => failed.push(e.id),
  });
  return { runner, list, failed };
}

const entry = (id: string, dueInMs: number, accountId = 'df'): DueEntry => ({
  id,
  accountId,
  nextCheckAt: new Date(NOW.getTime() + dueInMs).toISOString(),
});

afterEach(() => vi.useRealTimers());

describe('the journal runner', () => {
  it('resumes what is due, leaves held entries and absent accounts, and never rejects', async () => {
    vi.useFakeTimers({ now: NOW });
    const resumed: string[] = [];
    const { runner, failed } = setup(
      [
        entry('due', -1),
        entry('later', 60_000),
        entry('held', -1),
        entry('away', -1, 'gone'),
        entry('boom', -1),
      ],
      async (e) => {
        if (e.id === 'boom') throw new Error('platform down');
        resumed.push(e.id);
      },
    );
    runner.hold('held');
    await expect(runner.run()).resolves.toBeUndefined();
    expect(resumed).toEqual(['due']);
    expect(failed).toEqual(['boom']);
    runner.stop();
  });

  it('takes every entry at start-up, and the next due one on its timer', async () => {
    vi.useFakeTimers({ now: NOW });
    const resumed: string[] = [];
    const { runner } = setup([entry('later', 60_000)], async (e) => {
      resumed.push(e.id);
    });
    await runner.run({ all: true });
    expect(resumed).toEqual(['later']);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(resumed).toEqual(['later', 'later']);
    runner.stop();
    await vi.advanceTimersByTimeAsync(120_000);
    expect(resumed).toHaveLength(2);
  });

  it('forgets the entries of disconnected accounts', () => {
    const { runner, list } = setup([entry('a', 0, 'df'), entry('b', 0, 'old')], async () => {});
    runner.forgetAccountsExcept(new Set(['df']));
    expect(list.map((e) => e.id)).toEqual(['a']);
  });
});
