// Runs queries through the browser search engine under Node, for the Java tests.
// Usage: node search-queries.cjs <search-engine.js> <site's search/ folder> <queries.json>
// queries.json: [{ "q": "...", "prefixLast": true, "filters": {...}, "sortByDate": false, "limit": 10,
//                  "records": 10, "ranges": true }]
// "ranges": false plays a web server that ignores range requests and sends whole files.
// Prints one JSON line per query: { "total": n, "hits": [[doc, score, inAttachment], ...], "bytes": fetched,
// "files": ["t/ke.bin", "postings.bin@120-980", ...], "records": [...], "attachments": [text or null, ...] }
// (records and attachment texts of the first `records` hits).
'use strict';
const fs = require('fs');
const path = require('path');
const { readRange } = require('./file-range.cjs');

const [enginePath, indexDir, queriesPath] = process.argv.slice(2);
const BangtinSearch = require(path.resolve(enginePath));
const queries = JSON.parse(fs.readFileSync(queriesPath, 'utf8'));

// A file's name without the build's tag ("?v=..."), which every file but meta must carry.
function untagged(address) {
  const [file, query] = address.split('?');
  if (file !== 'meta.bin' && !/^v=[0-9a-z]+$/.test(query || '')) {
    throw new Error(`${file} was asked for without the build's tag: ${address}`);
  }
  return file;
}


(async () => {
  for (const q of queries) {
    // A fresh engine per query: every query starts cold, as in a new browser tab.
    const fetched = [];
    let bytes = 0;
    const engine = BangtinSearch.createEngine({
      load: async (address) => {
        const file = untagged(address);
        const data = fs.readFileSync(path.join(indexDir, file));
        fetched.push(file);
        bytes += data.length;
        return new Uint8Array(data);
      },
      loadRange: async (address, start, end) => {
        if (q.ranges === false) {
          return null;
        }
        const file = untagged(address);
        const data = readRange(path.join(indexDir, file), start, end);
        fetched.push(`${file}@${start}-${end}`);
        bytes += data.length;
        return new Uint8Array(data);
      }
    });
    const result = await engine.search(q.q, {
      prefixLast: q.prefixLast, filters: q.filters, sortByDate: q.sortByDate, limit: q.limit || 10
    });
    const records = await engine.records(result.hits.slice(0, q.records || 0).map((hit) => hit.doc));
    const attachments = [];
    for (const [i, record] of records.entries()) {
      attachments.push(result.hits[i].inAttachment && record.a ? await engine.attachmentText(result.hits[i].doc) : null);
    }
    process.stdout.write(JSON.stringify({
      total: result.total,
      hits: result.hits.map((h) => [h.doc, h.score, h.inAttachment]),
      bytes,
      files: fetched,
      records,
      attachments
    }) + '\n');
  }
})().catch((e) => {
  console.error(e && e.stack || String(e));
  process.exit(1);
});
