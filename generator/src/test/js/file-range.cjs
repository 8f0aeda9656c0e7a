// Bytes start to end of a file, read without reading the whole file: a range request as a static
// host answers it (cut at the file's end). Shared by the tests' query runner and the benchmarks.
'use strict';
const fs = require('fs');

function readRange(file, start, end) {
  const fd = fs.openSync(file, 'r');
  try {
    const size = fs.fstatSync(fd).size;
    const data = Buffer.alloc(Math.max(0, Math.min(end, size) - start));
    fs.readSync(fd, data, 0, data.length, start);
    return data;
  } finally {
    fs.closeSync(fd);
  }
}

module.exports = { readRange };
