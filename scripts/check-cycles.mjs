// Fails when any import cycle exists among the app, server and shared sources.
import { parseDependencyTree, parseCircular } from 'dpdm';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const tree = await parseDependencyTree(['src/app/main.tsx', 'src/server/main.ts'], {
  context: root,
  transform: true,
  skipDynamicImports: false,
  tsconfig: path.join(root, 'tsconfig.tests.json'),
});
const cycles = parseCircular(tree).filter((c) => c.every((f) => !f.includes('node_modules')));
for (const c of cycles) console.log(`cycle: ${c.join(' → ')}`);
console.log(cycles.length === 0 ? 'no import cycles' : `${cycles.length} import cycle(s)`);
process.exit(cycles.length === 0 ? 0 : 1);
