// npm test: every gate of the project, ending with one line "N passed, N failed" for the whole run.
// Gates: typecheck, lint, format, import cycles, build, first-screen budget, then all vitest
// projects (unit, app, integration on SQLite and on PostgreSQL when DATABASE_URL is set, e2e).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));

let passed = 0;
let failed = 0;
const failures = [];

function record(name, ok) {
  if (ok) passed += 1;
  else {
    failed += 1;
    failures.push(name);
  }
  return ok;
}

/** Run one gate; its output is printed whole when it ends, so two gates at once stay readable. */
function gate(name, cmd, args) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: root, env: { ...process.env, FORCE_COLOR: '1' } });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (status) => {
      const ok = status === 0;
      process.stdout.write(`\n▶ ${name}\n${output}`);
      console.log(`${ok ? '✔' : '✘'} ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
      resolve(record(name, ok));
    });
  });
}

function ensureChromium() {
  if (fs.existsSync('/usr/bin/chromium') && fs.existsSync('/usr/bin/pdftoppm')) return;
  const root = process.getuid?.() === 0;
  if (root && fs.existsSync('/usr/bin/apt-get')) {
    console.log('Installing Debian Chromium, a CJK font and a PDF renderer for the end-to-end tests…');
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    spawnSync('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-wqy-microhei', 'poppler-utils'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  }
  if (!fs.existsSync('/usr/bin/chromium') || !fs.existsSync('/usr/bin/pdftoppm'))
    console.log(
      'Chromium or pdftoppm is missing: install them with `sudo apt-get install -y chromium fonts-wqy-microhei poppler-utils`.',
    );
}

if (only.length === 0) {
  // Two at a time, one per core: the checks that only read the sources beside the build and its budget.
  const build = gate('build', bin('vite'), ['build', '--logLevel', 'warn']).then(
    (built) =>
      built && gate('first-screen budget', process.execPath, [path.join(root, 'scripts/check-budget.mjs')]),
  );
  await gate('typecheck', 'npm', ['run', '--silent', 'typecheck']);
  await gate('lint', bin('eslint'), ['.', '--max-warnings', '0']);
  await gate('format', bin('prettier'), ['--check', '.', '--log-level', 'warn']);
  await gate('import cycles', process.execPath, [path.join(root, 'scripts/check-cycles.mjs')]);
  await build;
  ensureChromium();
}

const report = path.join(root, 'node_modules', '.tmp', 'vitest.json');
fs.mkdirSync(path.dirname(report), { recursive: true });
fs.rmSync(report, { force: true });
console.log(
  `\n▶ tests${process.env.DATABASE_URL ? ' (SQLite and PostgreSQL)' : ' (SQLite; set DATABASE_URL for PostgreSQL too)'}`,
);
spawnSync(
  bin('vitest'),
  ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...only],
  {
    cwd: root,
    stdio: 'inherit',
    env: process.env,
  },
);
if (fs.existsSync(report)) {
  const r = JSON.parse(fs.readFileSync(report, 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  // A file that fails to load, or whose set-up hook fails (its tests then skipped), has no failed
  // test of its own; count it so it cannot pass silently.
  const broken = r.testResults.filter(
    (f) => f.status === 'failed' && !f.assertionResults.some((a) => a.status === 'failed'),
  );
  failed += broken.length;
  for (const f of broken) failures.push(`could not run ${path.relative(root, f.name)}`);
  if (r.numFailedTests > 0) failures.push(`${r.numFailedTests} test(s)`);
} else {
  failed += 1;
  failures.push('vitest produced no report');
}

if (failures.length > 0) console.log(`\nFailed: ${failures.join(', ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
