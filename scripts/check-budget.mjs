// The JavaScript the first screen needs — the entry, its static imports, and the page an
// enrolled tablet opens on, with its static imports — must stay under 170 kB gzip.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const BUDGET = 170 * 1024;
const root = path.resolve(import.meta.dirname, '..');
const dist = path.join(root, 'dist');
const manifest = JSON.parse(fs.readFileSync(path.join(dist, '.vite', 'manifest.json'), 'utf8'));

// The page behind "/" for an enrolled tablet: the member search.
const FIRST_PAGE = [
  'src/app/features/recognise/recognise-page.tsx',
  'src/app/features/settings/settings-page.tsx',
];

const seen = new Set();
function collect(key) {
  if (seen.has(key)) return;
  seen.add(key);
  for (const imp of manifest[key]?.imports ?? []) collect(imp);
}
collect('index.html');
const page = FIRST_PAGE.find((p) => manifest[p]);
if (page) collect(page);

let total = 0;
const rows = [];
for (const key of seen) {
  const file = manifest[key]?.file;
  if (!file?.endsWith('.js')) continue;
  const size = zlib.gzipSync(fs.readFileSync(path.join(dist, file)), { level: 9 }).length;
  total += size;
  rows.push(`${(size / 1024).toFixed(1).padStart(7)} kB  ${file}`);
}
console.log(rows.join('\n'));
console.log(
  `first screen (${page ?? 'shell only'}): ${(total / 1024).toFixed(1)} kB gzip of ${BUDGET / 1024} kB`,
);
process.exit(total <= BUDGET ? 0 : 1);
