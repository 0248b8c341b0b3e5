import type { WholeStore } from './whole-store';

/*
 * What the week, month and KPI screens work out from the whole store, kept with the store copy it
 * came from (whole-store.ts hands a new copy after any write): opening a tab again on an unchanged
 * store works nothing out again. Working out a week from 250,000 events took 1-3 s on the
 * benchmark's loaded machine, every opening (docs/benchmarks.md).
 */
const kept = new WeakMap<WholeStore, Map<string, unknown>>();

/** `work()`'s answer for this store copy and `key` (everything else the answer depends on, as JSON). */
export function keptByStore<T>(store: WholeStore, key: string, work: () => T): T {
  let answers = kept.get(store);
  if (!answers) {
    answers = new Map();
    kept.set(store, answers);
  }
  if (answers.has(key)) return answers.get(key) as T;
  const answer = work();
  answers.set(key, answer);
  return answer;
}
