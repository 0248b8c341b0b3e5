// Member search at store scale: build the in-memory index from a generated roster, then time
// every kind of query an associate types. Run: node --import tsx tests/bench/member-search.ts [members]
import { performance } from 'node:perf_hooks';
import { readSearchQuery } from '../../src/shared/domain/search-query';
import { phoneTail } from '../../src/shared/domain/phone';
import { buildMemberIndex, type IndexedMember } from '../../src/app/search/member-index';
import { generateRoster, seededRandom } from '../fixtures/member-roster';

const count = Number(process.argv[2] ?? 100_000);
const roster = generateRoster(count, { seed: 7 });
const random = seededRandom(11);
const anyone = (): IndexedMember => roster[Math.floor(random() * roster.length)] as IndexedMember;

let started = performance.now();
const index = buildMemberIndex(roster);
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

const rows: string[] = [];
for (const [kind, next] of Object.entries(kinds)) {
  const times: number[] = [];
  for (let round = 0; round < 200; round++) {
    for (const typed of next()) {
      started = performance.now();
      index.search(readSearchQuery(typed));
      times.push(performance.now() - started);
    }
  }
  times.sort((a, b) => a - b);
  const at = (p: number) => (times[Math.min(times.length - 1, Math.floor(p * times.length))] ?? 0).toFixed(2);
  rows.push(
    `${kind.padEnd(22)} p50 ${at(0.5).padStart(6)} ms  p95 ${at(0.95).padStart(6)} ms  max ${at(1).padStart(6)} ms  (${times.length} queries)`,
  );
}
console.log(`${count} members: index built in ${buildMs.toFixed(0)} ms`);
console.log(rows.join('\n'));
