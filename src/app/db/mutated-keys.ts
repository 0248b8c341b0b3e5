import type { IntervalTree } from 'dexie';

/**
 * The keys a Dexie `storagemutated` report names for one table part, or null when it names a
 * range instead (a bulk write of 50 rows or more, a clear): then anything in the table may have
 * changed.
 */
export function mutatedKeys(tree: IntervalTree): string[] | null {
  const keys: string[] = [];
  const stack: IntervalTree[] = [tree];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (!('from' in node)) continue;
    if (typeof node.from !== 'string' || node.from !== node.to) return null;
    keys.push(node.from);
    if (node.l) stack.push(node.l);
    if (node.r) stack.push(node.r);
  }
  return keys;
}
