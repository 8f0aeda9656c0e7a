// Search latency on a slow connection: runs queries through the browser search engine under
// Node, each cold (a fresh engine, as in a new tab), every request answered after RTT_MS
// (default 300, a phone's round trip), and prints per query the time to the hits, to the hits
// with the records of the first ten, the round trips that makes (time / RTT_MS), the requests
// and the kilobytes fetched. Bandwidth is not played: add bytes / speed for a given link.
//
//   node bench/search-latency.cjs ENGINE_JS SITE_SEARCH_DIR [RTT_MS] [QUERY...]
//   node bench/search-latency.cjs themes/src/main/resources/bangtin/theme/static/js/search-engine.js \
//        target/bench/build-site-10000/search 300
'use strict';
const fs = require('fs');
const path = require('path');
const { readRange } = require('../generator/src/test/js/file-range.cjs');

const [enginePath, searchDir, rttArgument, ...asked] = process.argv.slice(2);
if (!enginePath || !searchDir) {
  console.error('usage: node bench/search-latency.cjs ENGINE_JS SITE_SEARCH_DIR [RTT_MS] [QUERY...]');
  process.exit(2);
}
const rtt = Number(rttArgument || 300);
const queries = asked.length > 0 ? asked
  : ['binh dang gioi', 'kế hoạch 925', 'tiêm chủng mở rộng', 'phòng chống dịch', 'xay dung nong thon moi'];
const BangtinSearch = require(path.resolve(enginePath));
const delay = ms => new Promise(resolve => setTimeout(resolve, ms));

(async () => {
  for (const q of queries) {
    let requests = 0;
    let bytes = 0;
    const answer = async read => {
      requests++;
      await delay(rtt);
      const data = read();
      bytes += data.length;
      return new Uint8Array(data);
    };
    const file = address => path.join(searchDir, address.split('?')[0]);
    const engine = BangtinSearch.createEngine({
      load: address => answer(() => fs.readFileSync(file(address))),
      loadRange: (address, start, end) => answer(() => readRange(file(address), start, end)),
    });
    const start = Date.now();
    const result = await engine.search(q, { limit: 10 });
    const hitsAt = Date.now();
    await engine.records(result.hits.slice(0, 10).map(hit => hit.doc));
    const recordsAt = Date.now();
    console.log(JSON.stringify({ q, total: result.total, hits_ms: hitsAt - start, with_records_ms: recordsAt - start,
      round_trips: Number(((recordsAt - start) / rtt).toFixed(1)), requests, kb: Number((bytes / 1024).toFixed(1)) }));
  }
})().catch(e => {
  console.error(e);
  process.exit(1);
});
