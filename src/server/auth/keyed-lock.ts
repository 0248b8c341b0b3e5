/**
 * Run one task at a time per key, in arrival order. PIN checks of one staff member or one
 * tablet go through it so that parallel guesses cannot all pass the lock-out gate before any of
 * them is counted. Within one process only: several instances each add their own queue, which
 * bounds the parallel guesses by the number of instances.
 */
export function keyedLock() {
  const tails = new Map<string, Promise<void>>();
  return async function withLock<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = tails.get(key) ?? Promise.resolve();
    let release = () => {};
    const mine = new Promise<void>((resolve) => {
      release = resolve;
    });
    const tail = previous.then(() => mine);
    tails.set(key, tail);
    await previous;
    try {
      return await task();
    } finally {
      release();
      if (tails.get(key) === tail) tails.delete(key);
    }
  };
}
