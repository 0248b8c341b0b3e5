import v8 from 'node:v8';

/**
 * V8 lets its heap grow to two or three times what is live before it collects again: importing
 * 100,000 rows (decision 0017), with about 140 MB live, took the server from 180 MB of memory to
 * 530 MB, nearly all of it batches already written. Letting the heap grow only 15% between full
 * collections held the same import under 280 MB for a few more collections (docs/benchmarks.md).
 * The flag is read at each collection, so setting it at start-up takes effect.
 */
export function holdHeapGrowth(): void {
  v8.setFlagsFromString('--heap-growing-percent=15');
}
