import type { Page } from 'playwright-core';

/** Bytes the page received (headers and encoded bodies) while `work` ran. */
export async function measure<T>(
  page: Page,
  work: () => Promise<T>,
): Promise<{ ms: number; bytes: number; value: T }> {
  let bytes = 0;
  const pending: Promise<void>[] = [];
  const onFinished = (request: import('playwright-core').Request) => {
    pending.push(
      request
        .sizes()
        .then((s) => {
          bytes += s.responseBodySize + s.responseHeadersSize;
        })
        .catch(() => undefined),
    );
  };
  page.on('requestfinished', onFinished);
  const started = performance.now();
  const value = await work();
  const ms = performance.now() - started;
  page.off('requestfinished', onFinished);
  await Promise.all(pending);
  return { ms, bytes, value };
}

export interface Row {
  scenario: string;
  seconds: number | null;
  megabytes: number | null;
  note: string;
}

/** The same scenarios from several rounds: each row's median time, its spread in the note. */
export function medianRows(rounds: Row[][]): Row[] {
  const [first = []] = rounds;
  return first.map((row, i) => {
    const seconds = rounds.flatMap((r) => (r[i]?.seconds == null ? [] : [r[i].seconds]));
    const sorted = [...seconds].sort((a, b) => a - b);
    const median = sorted.length === 0 ? null : (sorted[Math.floor((sorted.length - 1) / 2)] ?? null);
    if (rounds.length === 1) return row;
    const spread = seconds.map((x) => x.toFixed(2)).join(', ');
    return { ...row, seconds: median, note: `${row.note}; median of ${spread} s` };
  });
}

export function printTable(rows: Row[]): void {
  const header = ['scenario', 'seconds', 'MB transferred', 'note'];
  const body = rows.map((r) => [
    r.scenario,
    r.seconds === null ? '–' : r.seconds.toFixed(2),
    r.megabytes === null ? '–' : r.megabytes.toFixed(1),
    r.note,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => (b[i] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  console.log(line(header));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const b of body) console.log(line(b));
}
