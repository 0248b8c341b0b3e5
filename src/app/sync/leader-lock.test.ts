import { describe, expect, test } from 'vitest';
import { runWhileLeader } from './leader-lock';

/**
 * The part of the Web Locks API the leader election uses: one exclusive lock per name, granted
 * in request order, released when the callback's promise settles, and a queued request can be
 * aborted. jsdom has no navigator.locks.
 */
function exclusiveLocks(): LockManager {
  const queues = new Map<string, (() => void)[]>();
  const held = new Set<string>();
  const grantNext = (name: string) => {
    const next = queues.get(name)?.shift();
    if (next) next();
  };
  return {
    request(name: string, options: LockOptions, callback: LockGrantedCallback<unknown>) {
      return new Promise((resolve, reject) => {
        const grant = () => {
          held.add(name);
          const lock: Lock = { name, mode: 'exclusive' };
          Promise.resolve(callback(lock))
            .then(resolve, reject)
            .finally(() => {
              held.delete(name);
              grantNext(name);
            });
        };
        options.signal?.addEventListener('abort', () => {
          const q = queues.get(name) ?? [];
          if (q.includes(grant)) {
            queues.set(
              name,
              q.filter((g) => g !== grant),
            );
            reject(new DOMException('aborted', 'AbortError'));
          }
        });
        if (held.has(name)) queues.set(name, [...(queues.get(name) ?? []), grant]);
        else grant();
      });
    },
    query: () => Promise.resolve({ held: [], pending: [] }),
  } as unknown as LockManager;
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('runWhileLeader', () => {
  test('only one tab leads, and the next takes over when the leader stops', async () => {
    const locks = exclusiveLocks();
    const log: string[] = [];
    const tab = (name: string) =>
      runWhileLeader(() => {
        log.push(`${name} leads`);
        return () => log.push(`${name} stops`);
      }, locks);
    const stopA = tab('A');
    const stopB = tab('B');
    await tick();
    expect(log).toEqual(['A leads']);
    stopA();
    await tick();
    expect(log).toEqual(['A leads', 'A stops', 'B leads']);
    stopB();
  });

  test('a tab that stops while still waiting never leads', async () => {
    const locks = exclusiveLocks();
    const log: string[] = [];
    const stopA = runWhileLeader(() => () => log.push('A stops'), locks);
    const stopB = runWhileLeader(() => {
      log.push('B leads');
      return () => undefined;
    }, locks);
    stopB();
    stopA();
    await tick();
    expect(log).toEqual(['A stops']);
  });
});
