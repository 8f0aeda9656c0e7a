// The search engine's gzip decoder in script (for browsers without DecompressionStream), against
// Node's zlib: every level (stored, fixed and dynamic blocks), and Huffman codes without matches
// (as the build deflates postings: no distance codes at all), sizes from empty to several
// windows, random, Vietnamese and repeated bytes. Usage: node inflate-check.cjs <search-engine.js>
// Prints "ok N" or exits with 1 naming the case that failed.
'use strict';
const zlib = require('zlib');
const crypto = require('crypto');
const path = require('path');
const BangtinSearch = require(path.resolve(process.argv[2]));

let cases = 0;
for (const size of [0, 1, 10, 1000, 70000, 300000]) {
  const settings = [0, 1, 6, 9].map(level => ({ level }))
    .concat([1, 6, 9].map(level => ({ level, strategy: zlib.constants.Z_HUFFMAN_ONLY })));
  for (const options of settings) {
    for (const kind of ['random', 'text', 'repeated']) {
      const data = kind === 'random' ? crypto.randomBytes(size)
        : kind === 'text' ? Buffer.from('bình đẳng giới và vì sự tiến bộ '.repeat(size / 30 + 1)).subarray(0, size)
          : Buffer.alloc(size, 97);
      const out = BangtinSearch.inflateGzip(new Uint8Array(zlib.gzipSync(data, options)));
      if (Buffer.compare(Buffer.from(out), data) !== 0) {
        console.log(`differs: ${size} ${kind} bytes with ${JSON.stringify(options)}`);
        process.exit(1);
      }
      cases++;
    }
  }
}
try {
  BangtinSearch.inflateGzip(new Uint8Array(zlib.gzipSync(Buffer.from('cut short'.repeat(50))).subarray(0, 20)));
  console.log('a cut gzip member was read without an error');
  process.exit(1);
} catch (e) {
  cases++;
}
console.log('ok ' + cases);
