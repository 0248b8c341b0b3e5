// Member search at store scale: build the in-memory index from a generated roster, then time
// every kind of query an associate types, per keystroke; again with changes since the scan
// snapshot (as during a sync). Run: node --import tsx tests/bench/member-search.ts [members]
import { performance } from 'node:perf_hooks';
import { readSearchQuery } from '../../src/shared/domain/search-query';
import { phoneTail } from '../../src/shared/domain/phone';
import { MemberIndex, type IndexedMember } from '../../src/app/search/member-index';
import { generateRoster, seededRandom } from '../fixtures/member-roster';

const count = Number(process.argv[2] ?? 100_000);
const PAGE = 2000;
const roster = generateRoster(count, { seed: 7 });
const random = seededRandom(11);
const anyone = (): IndexedMember => roster[Math.floor(random() * roster.length)] as IndexedMember;

// As the app loads it: page by page.
const started = performance.now();
const index = new MemberIndex();
let slowestPage = 0;
for (let i = 0; i < roster.length; i += PAGE) {
  const pageStarted = performance.now();
  index.apply(roster.slice(i, i + PAGE));
  slowestPage = Math.max(slowestPage, performance.now() - pageStarted);
}
const buildMs = performance.now() - started;

// Every prefix of what is typed counts: results show per keystroke.
const typing = (text: string) => Array.from({ length: text.length }, (_, i) => text.slice(0, i + 1));
const kinds: Record<string, () => string[]> = {
  'phone tail': () => [phoneTail(anyone().phone)],
  'whole phone, typed': () => typing(anyone().phone),
  'card number, typed': () => typing(anyone().cardNo),
  initials: () => typing(anyone().initials),
  'full pinyin, typed': () => typing(anyone().pinyin),
  'name, typed': () => typing(anyone().name),
  'nothing matches': () => ['zzqx', '13999999999', '𠀀'],
};

function timeQueries(): string[] {
  const rows: string[] = [];
  for (const [kind, next] of Object.entries(kinds)) {
    const times: number[] = [];
    for (let round = 0; round < 200; round++) {
      for (const typed of next()) {
        const queryStarted = performance.now();
        index.search(readSearchQuery(typed));
        times.push(performance.now() - queryStarted);
      }
    }
    times.sort((a, b) => a - b);
    const at = (p: number) =>
      (times[Math.min(times.length - 1, Math.floor(p * times.length))] ?? 0).toFixed(2);
    rows.push(
      `  ${kind.padEnd(20)} p50 ${at(0.5).padStart(6)} ms  p95 ${at(0.95).padStart(6)} ms  max ${at(1).padStart(6)} ms  (${times.length})`,
    );
  }
  return rows;
}

console.log(
  `${count} members: loaded in ${buildMs.toFixed(0)} ms (pages of ${PAGE}, the slowest ${slowestPage.toFixed(0)} ms)`,
);
console.log(timeQueries().join('\n'));
// The most the index lets build up before it folds changes into a new snapshot.
const changes = 256;
let slowestChange = 0;
for (let i = 0; i < changes; i++) {
  const changeStarted = performance.now();
  index.apply([{ ...anyone(), lastVisitAt: 1_900_000_000_000 + i }]);
  slowestChange = Math.max(slowestChange, performance.now() - changeStarted);
}
console.log(
  `after ${changes} single changes since the snapshot (the slowest ${slowestChange.toFixed(1)} ms):`,
);
console.log(timeQueries().join('\n'));
