import { v7 as uuidv7 } from 'uuid';
import { LOCAL_STORE_CONTRACT, type ContractCheck } from '../fixtures/tablet-copy-contract';
import { dexieTabletCopySubject } from '../fixtures/dexie-tablet-copy-subject';

// Bundled into a page by tablet-copy-contract.spec.ts: the contract's cases on Chromium's own
// IndexedDB, with a deep equality of its own since vitest's expect does not run in the page.

function canonical(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

const check: ContractCheck = {
  equal(actual, expected, what) {
    if (canonical(actual) !== canonical(expected)) {
      throw new Error(`${what}: got ${canonical(actual)}, wanted ${canonical(expected)}`);
    }
  },
  async rejects(promise, what) {
    try {
      await promise;
    } catch {
      return;
    }
    throw new Error(`${what}: did not fail`);
  },
};

async function runTabletCopyContract(): Promise<{ ran: number; failures: string[] }> {
  const failures: string[] = [];
  for (const c of LOCAL_STORE_CONTRACT) {
    const { subject, dispose } = dexieTabletCopySubject(`contract-${uuidv7()}`);
    try {
      await c.run(subject, check);
    } catch (e) {
      failures.push(`${c.name}: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      await dispose();
    }
  }
  return { ran: LOCAL_STORE_CONTRACT.length, failures };
}

Object.assign(globalThis, { runTabletCopyContract });
