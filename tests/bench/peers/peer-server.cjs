// The peers' side of the benchmark, run as its own process on loopback: an in-memory
// CouchDB-compatible server (express-pouchdb) holding the members, plus a blank page, the
// PouchDB and Dexie browser bundles, and the tablet's member rows as JSON for the bare-Dexie floor.
// Usage: node peer-server.cjs <members.json> <rows.json> <dexie.min.js> → prints {"port": n} when ready.
const fs = require('node:fs');
const path = require('node:path');
const express = require('express');
const PouchDB = require('pouchdb-core')
  .plugin(require('pouchdb-adapter-memory'))
  .plugin(require('pouchdb-adapter-http'))
  .plugin(require('pouchdb-replication'));

const [membersFile, rowsFile, dexieFile] = process.argv.slice(2);
const MemPouch = PouchDB.defaults({ adapter: 'memory' });
const app = express();
app.get('/blank.html', (_req, res) => res.type('html').send('<!doctype html><title>bench</title>'));
app.get('/pouchdb.js', (_req, res) =>
  res.sendFile(path.join(__dirname, 'node_modules/pouchdb/dist/pouchdb.min.js')),
);
app.get('/dexie.js', (_req, res) => res.sendFile(dexieFile));
app.get('/rows.json', (_req, res) => res.sendFile(rowsFile));
app.use('/db', require('express-pouchdb')(MemPouch, { mode: 'minimumForPouchDB', inMemoryConfig: true }));

(async () => {
  const members = JSON.parse(fs.readFileSync(membersFile, 'utf8'));
  const db = new MemPouch('members');
  for (let i = 0; i < members.length; i += 2000) {
    await db.bulkDocs(members.slice(i, i + 2000).map((m) => ({ _id: m.id, ...m })));
  }
  const server = app.listen(0, '127.0.0.1', () => {
    process.stdout.write(JSON.stringify({ port: server.address().port }) + '\n');
  });
})();
