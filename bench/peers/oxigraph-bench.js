// Loads N-Triples into an in-memory Oxigraph store (npm package oxigraph) and times SPARQL queries.
// Used by `ecokg bench`; run as: node oxigraph-bench.js DATA.nt QUERIES.json WARMUPS MIN_RUNS MAX_RUNS BUDGET_MS
// Prints JSON lines as it goes: {"load_ms", "triples"}, then one {"name", "samples", "rows"} per query,
// then {"rss_peak_mb"}; the caller may stop it at a deadline (a query cannot be interrupted in-process).
'use strict';
const fs = require('fs');
const oxigraph = require('oxigraph');

const [dataFile, queriesFile, warmups, minRuns, maxRuns, budgetMs] = process.argv.slice(2);

function* chunks(file) {
  // the file may be far larger than a JS string: feed it as byte chunks
  const fd = fs.openSync(file, 'r');
  const buf = Buffer.alloc(8 << 20);
  try {
    let n;
    while ((n = fs.readSync(fd, buf, 0, buf.length, null)) > 0) {
      yield new Uint8Array(buf.subarray(0, n));
    }
  } finally {
    fs.closeSync(fd);
  }
}

function peakRssMb() {
  const m = /VmHWM:\s+(\d+)/.exec(fs.readFileSync('/proc/self/status', 'utf8'));
  return m ? Math.round(Number(m[1]) / 1024) : -1;
}

function rowsOf(result) {
  return Array.isArray(result) ? result.length : (typeof result === 'boolean' ? 1 : 0);
}

const store = new oxigraph.Store();
const t0 = process.hrtime.bigint();
store.load(chunks(dataFile), { format: 'application/n-triples', no_transaction: true });
const loadMs = Number(process.hrtime.bigint() - t0) / 1e6;

const queries = JSON.parse(fs.readFileSync(queriesFile, 'utf8'));
process.stdout.write(JSON.stringify({ load_ms: loadMs, triples: store.size }) + '\n');
for (const q of queries) {
  const entry = { name: q.name, samples: [], rows: -1 };
  try {
    const first = Date.now();
    entry.rows = rowsOf(store.query(q.query));
    const slow = Date.now() - first > Number(budgetMs) / 4; // one warm-up is enough for a slow query
    for (let i = 1; i < Number(warmups) && !slow; i++) entry.rows = rowsOf(store.query(q.query));
    const started = Date.now();
    while (entry.samples.length < Number(maxRuns)
           && (entry.samples.length < Number(minRuns) || Date.now() - started < Number(budgetMs))
           && !(entry.samples.length >= 3 && Date.now() - started > 3 * Number(budgetMs))) {
      const s = process.hrtime.bigint();
      entry.rows = rowsOf(store.query(q.query));
      entry.samples.push(Number(process.hrtime.bigint() - s) / 1e6);
    }
  } catch (e) {
    entry.error = String(e && e.message ? e.message : e).split('\n')[0];
  }
  process.stdout.write(JSON.stringify(entry) + '\n');
}
process.stdout.write(JSON.stringify({ rss_peak_mb: peakRssMb() }) + '\n');
