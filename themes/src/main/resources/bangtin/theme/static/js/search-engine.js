/*
 * bangtin's search engine for the browser. It reads the static export of the site's Lucene index
 * (search/: meta.bin, t|e/*.bin shards, and by range requests pairs.bin, postings.bin, records.bin,
 * attachments.bin) and answers a query as the Java searcher answers it from Lucene: the same
 * words (folded, and with marks), BM25 as Lucene 9.12 computes it in float, the same ties.
 *
 * BangtinSearch.createEngine({ load, loadRange }), in browsers and in Node: load(path) resolves to
 * the bytes of a file under search/ (the path may end with "?v=…"), loadRange(path, start, end) to
 * bytes start to end (exclusive) of it, or to null when the server ignores ranges: the packs are
 * then loaded whole, once.
 */
(function (root, factory) {
  if (typeof module === 'object' && module.exports) {
    module.exports = factory();
  } else {
    root.BangtinSearch = factory();
  }
})(typeof self !== 'undefined' ? self : this, function () {
  'use strict';

  var fround = Math.fround;
  var WORD_CHAR = /^[\p{L}\p{Nd}\p{M}]$/u;
  var MARKS = /\p{M}+/gu;
  var MAX_WORD = 255;
  var FIELD = { title: 0, body: 1, exact: 2, bigram: 3, facet: 4, attachment: 5, number: 6 };
  var BLOCKS_ENTRY = 255;
  var KEY_LENGTH = 2;
  // The largest next block of an impact list fetched before it is known to be needed: at a
  // phone's 1 Mbit/s, 8 KB take a fifth of a 300 ms round trip.
  var PREFETCH_BYTES = 8192;
  // The version of the export's format that this script reads (meta.bin's "version").
  var INDEX_VERSION = 6;

  // ---- Words, as WordTokenizer and WordForms read them ----

  function isWordChar(ch) {
    return WORD_CHAR.test(ch);
  }

  function lowerCase(word) {
    var out = '';
    for (var ch of word) {
      var lower = ch.toLowerCase();
      // Java lower-cases code point by code point and never changes the length.
      out += Array.from(lower).length === 1 ? lower : ch;
    }
    return out;
  }

  function marked(word) {
    return lowerCase(word).normalize('NFC');
  }

  function folded(word) {
    return lowerCase(word).normalize('NFD').replace(MARKS, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
  }

  // ShardKeys.of: the first characters of the folded term, '-' after a term shorter than a split key.
  function shardKey(term, length) {
    var f = folded(term);
    var key = '';
    for (var i = 0; i < f.length && key.length < length; i++) {
      var c = f.charAt(i);
      key += /[a-z0-9]/.test(c) ? c : '_';
    }
    return key.length < length && length > KEY_LENGTH ? key + '-' : key;
  }

  // ---- The query, as SearchQuery.parse reads it ----

  function tokens(text) {
    var result = [];
    var phrase = -1;
    var phrases = 0;
    var i = 0;
    while (i < text.length) {
      var cp = text.codePointAt(i);
      var ch = String.fromCodePoint(cp);
      if (ch === '"') {
        phrase = phrase >= 0 ? -1 : phrases++;
        i++;
      } else if (isWordChar(ch)) {
        var start = i;
        while (i < text.length && isWordChar(String.fromCodePoint(text.codePointAt(i))) && i - start < MAX_WORD) {
          i += text.codePointAt(i) > 0xffff ? 2 : 1;
        }
        var word = text.substring(start, i);
        result.push({ folded: folded(word), marked: marked(word), phrase: phrase });
      } else {
        i += cp > 0xffff ? 2 : 1;
      }
    }
    return result;
  }

  function lastCodePoint(text) {
    var chars = Array.from(text);
    return chars.length ? chars[chars.length - 1] : '';
  }

  function parse(text, prefixLast, filters, sortByDate) {
    text = text || '';
    var toks = tokens(text);
    var last = toks[toks.length - 1];
    var lastIsPrefix = !!prefixLast && toks.length > 0 && text.length > 0 && isWordChar(lastCodePoint(text))
      && last.phrase < 0 && Array.from(last.folded).length >= 2;
    var words = [];
    var seen = new Set();
    toks.forEach(function (t, i) {
      var prefix = lastIsPrefix && i === toks.length - 1;
      if (!seen.has(t.folded)) {
        seen.add(t.folded);
        words.push({ folded: t.folded, marked: t.marked, prefix: prefix });
      }
    });
    var pairs = [];
    var phrasePairs = [];
    var pairEnd = lastIsPrefix ? toks.length - 1 : toks.length;
    for (var j = 1; j < pairEnd; j++) {
      var pair = toks[j - 1].folded + ' ' + toks[j].folded;
      if (pairs.indexOf(pair) < 0) {
        pairs.push(pair);
      }
      if (toks[j - 1].phrase >= 0 && toks[j - 1].phrase === toks[j].phrase && phrasePairs.indexOf(pair) < 0) {
        phrasePairs.push(pair);
      }
    }
    return { words: words, pairs: pairs, phrasePairs: phrasePairs, filters: filters || {}, sortByDate: !!sortByDate };
  }

  // ---- BM25, as Lucene 9.12's BM25Similarity computes it ----

  function floatFromBits(bits) {
    var view = new DataView(new ArrayBuffer(4));
    view.setInt32(0, bits, true);
    return view.getFloat32(0, true);
  }

  // SmallFloat.longToInt4 / int4ToLong / byte4ToInt: how Lucene quantises a field's length.
  function longToInt4(i) {
    var numBits = 64 - Math.clz32(i) - 32;
    if (numBits < 4) {
      return i;
    }
    var shift = numBits - 4;
    var encoded = Math.floor(i / Math.pow(2, shift)) & 0x07;
    return encoded | ((shift + 1) << 3);
  }

  function int4ToLong(i) {
    var bits = i & 0x07;
    var shift = (i >>> 3) - 1;
    return shift === -1 ? bits : (bits | 0x08) * Math.pow(2, shift);
  }

  var NUM_FREE_VALUES = 255 - longToInt4(2147483647);

  function byte4ToInt(b) {
    return b < NUM_FREE_VALUES ? b : NUM_FREE_VALUES + int4ToLong(b - NUM_FREE_VALUES);
  }

  var LENGTH_TABLE = [];
  for (var n = 0; n < 256; n++) {
    LENGTH_TABLE.push(fround(byte4ToInt(n)));
  }

  function normCache(k1, b, avgdl) {
    var cache = new Array(256);
    for (var i = 0; i < 256; i++) {
      cache[i] = fround(1 / fround(k1 * fround(fround(1 - b) + fround(fround(b * LENGTH_TABLE[i]) / avgdl))));
    }
    return cache;
  }

  function bm25(weight, freq, normInverse) {
    return fround(weight - fround(weight / fround(1 + fround(fround(freq) * normInverse))));
  }

  // ---- Reading the export ----

  function Reader(bytes) {
    this.bytes = bytes;
    this.pos = 0;
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  Reader.prototype.varint = function () {
    var result = 0;
    var scale = 1;
    for (;;) {
      var b = this.bytes[this.pos++];
      result += (b & 0x7f) * scale;
      if ((b & 0x80) === 0) {
        return result;
      }
      scale *= 128;
    }
  };
  Reader.prototype.u8 = function () {
    return this.bytes[this.pos++];
  };
  Reader.prototype.f32 = function () {
    var value = this.view.getFloat32(this.pos, true);
    this.pos += 4;
    return value;
  };
  Reader.prototype.slice = function (length) {
    var part = this.bytes.subarray(this.pos, this.pos + length);
    this.pos += length;
    return part;
  };
  Reader.prototype.string = function () {
    return new TextDecoder().decode(this.slice(this.varint()));
  };

  async function gunzip(bytes) {
    if (typeof DecompressionStream === 'undefined') {
      return inflateGzip(bytes);
    }
    var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
    return new Uint8Array(await new Response(stream).arrayBuffer());
  }

  // ---- gzip in script, for browsers without DecompressionStream (Safari before 16.4) ----

  var LENGTH_BASE = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115,
    131, 163, 195, 227, 258];
  var LENGTH_EXTRA = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
  var DIST_BASE = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537,
    2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577];
  var DIST_EXTRA = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];
  var CODE_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

  // A canonical Huffman code from its code lengths: counts by length and symbols in code order.
  function huffman(lengths) {
    var counts = new Uint16Array(16);
    var offsets = new Uint16Array(16);
    var symbols = new Uint16Array(lengths.length);
    lengths.forEach(function (l) { counts[l]++; });
    counts[0] = 0;
    for (var i = 1; i < 16; i++) {
      offsets[i] = offsets[i - 1] + counts[i - 1];
    }
    lengths.forEach(function (l, symbol) {
      if (l) {
        symbols[offsets[l]++] = symbol;
      }
    });
    return { counts: counts, symbols: symbols };
  }

  /** The bytes of a gzip member (RFC 1951 and 1952), decoded in script; throws on a damaged one. */
  function inflateGzip(bytes) {
    if (bytes[0] !== 0x1f || bytes[1] !== 0x8b || bytes[2] !== 8) {
      throw new Error('not gzip');
    }
    var flags = bytes[3];
    var pos = 10;
    if (flags & 4) {
      pos += 2 + (bytes[pos] | (bytes[pos + 1] << 8));
    }
    [8, 16].forEach(function (flag) { // a file name, a comment: zero-terminated
      if (flags & flag) {
        while (bytes[pos++] !== 0) { /* skipped */ }
      }
    });
    pos += flags & 2 ? 2 : 0;
    var bit = 0;
    var out = new Uint8Array(Math.max(64, bytes.length * 4));
    var size = 0;

    function bits(n) {
      var value = 0;
      for (var i = 0; i < n; i++) {
        if (pos >= bytes.length) {
          throw new Error('gzip data ends early');
        }
        value |= ((bytes[pos] >>> bit) & 1) << i;
        if (++bit === 8) {
          bit = 0;
          pos++;
        }
      }
      return value;
    }
    function decode(code) {
      var value = 0;
      var first = 0;
      var index = 0;
      for (var length = 1; length < 16; length++) {
        value |= bits(1);
        var count = code.counts[length];
        if (value - first < count) {
          return code.symbols[index + value - first];
        }
        index += count;
        first = (first + count) << 1;
        value <<= 1;
      }
      throw new Error('bad gzip code');
    }
    function put(byte) {
      if (size === out.length) {
        var grown = new Uint8Array(out.length * 2);
        grown.set(out);
        out = grown;
      }
      out[size++] = byte;
    }

    var last = 0;
    while (!last) {
      last = bits(1);
      var type = bits(2);
      if (type === 0) { // stored
        if (bit) {
          bit = 0;
          pos++;
        }
        var length = bytes[pos] | (bytes[pos + 1] << 8);
        pos += 4;
        for (var k = 0; k < length; k++) {
          put(bytes[pos++]);
        }
        continue;
      }
      var literals;
      var distances;
      if (type === 1) {
        var fixed = new Array(288).fill(8, 0, 144).fill(9, 144, 256).fill(7, 256, 280).fill(8, 280, 288);
        literals = huffman(fixed);
        distances = huffman(new Array(30).fill(5));
      } else if (type === 2) {
        var nLiterals = bits(5) + 257;
        var nDistances = bits(5) + 1;
        var nCodes = bits(4) + 4;
        var codeLengths = new Array(19).fill(0);
        for (var c = 0; c < nCodes; c++) {
          codeLengths[CODE_ORDER[c]] = bits(3);
        }
        var lengthCode = huffman(codeLengths);
        var lengths = [];
        while (lengths.length < nLiterals + nDistances) {
          var symbol = decode(lengthCode);
          if (symbol < 16) {
            lengths.push(symbol);
          } else {
            var repeat = symbol === 16 ? 3 + bits(2) : symbol === 17 ? 3 + bits(3) : 11 + bits(7);
            var value = symbol === 16 ? lengths[lengths.length - 1] : 0;
            while (repeat--) {
              lengths.push(value);
            }
          }
        }
        literals = huffman(lengths.slice(0, nLiterals));
        distances = huffman(lengths.slice(nLiterals));
      } else {
        throw new Error('bad gzip block');
      }
      for (;;) {
        var sym = decode(literals);
        if (sym < 256) {
          put(sym);
        } else if (sym === 256) {
          break;
        } else {
          sym -= 257;
          var copy = LENGTH_BASE[sym] + bits(LENGTH_EXTRA[sym]);
          var d = decode(distances);
          var from = size - DIST_BASE[d] - bits(DIST_EXTRA[d]);
          while (copy--) {
            put(out[from++]);
          }
        }
      }
    }
    return out.slice(0, size);
  }

  // A piece of postings.bin or pairs.bin (Bytes.piece): gzip (its first byte is 0x1f), or a 0 byte
  // and the bytes as they are.
  function unpack(bytes) {
    return bytes[0] === 0 ? Promise.resolve(bytes.subarray(1)) : gunzip(bytes);
  }

  // A block of an impact list (ImpactPostings): its classes of postings of one frequency and norm,
  // the best first, with their documents: [{ freq, norm, docs }].
  function decodeClasses(bytes) {
    var reader = new Reader(bytes);
    var classes = [];
    for (var n = reader.varint(); n > 0; n--) {
      classes.push({ freq: reader.varint(), norm: reader.u8(), docs: [] });
    }
    var docs = [];
    var doc = 0;
    for (var count = reader.varint(); count > 0; count--) {
      docs.push(doc += reader.varint());
    }
    docs.forEach(function (d) {
      classes[reader.varint()].docs.push(d);
    });
    return classes;
  }

  // FNV-1a over UTF-16 code units, unsigned, as PairBlocks.hash.
  function pairHash(word) {
    var h = 0x811c9dc5;
    for (var i = 0; i < word.length; i++) {
      h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
    }
    return h >>> 0;
  }

  // ---- The engine ----

  function createEngine(options) {
    var load = options.load;
    var loadRange = options.loadRange || null;
    var meta = null;
    var fields = null;
    var shards = new Map();
    var split = null;
    var shardFiles = null;
    var wholeFiles = new Map();
    var recordCache = new Map();
    var attachmentTexts = new Map();

    // meta.bin is read once per engine, however many calls wait for it at once (the page asks
    // for the filters and for the first results together); a failed read may be tried again.
    var metaRead = null;

    function init() {
      if (!metaRead) {
        metaRead = readMeta().catch(function (error) {
          metaRead = null;
          throw error;
        });
      }
      return metaRead;
    }

    async function readMeta() {
      var read = JSON.parse(new TextDecoder().decode(await gunzip(await load('meta.bin'))));
      if (read.version !== INDEX_VERSION) {
        // A browser or proxy kept this script from an older build: it would misread the index.
        throw new Error('the search index is version ' + read.version + ', this script reads ' + INDEX_VERSION
          + '; reload the page');
      }
      meta = read;
      var k1 = floatFromBits(meta.k1Bits);
      var b = floatFromBits(meta.bBits);
      fields = meta.fields.map(function (f) {
        var avgdl = floatFromBits(f.avgdlBits);
        return { boost: floatFromBits(f.boostBits), cache: normCache(k1, b, avgdl) };
      });
      split = new Set(meta.split);
      shardFiles = new Set();
      Object.keys(meta.shards).forEach(function (family) {
        meta.shards[family].split(' ').forEach(function (key) { shardFiles.add(family + key + '.bin'); });
      });
    }

    // Every file but meta carries the tag of the build that wrote meta, so no cache mixes two builds.
    function tagged(file) {
      return file + '?v=' + meta.tag;
    }

    // Which file holds a term (Shards): its key grows by a character for each split shard.
    function shardFile(field, term) {
      var family = field === FIELD.exact ? 'e/' : 't/';
      var length = KEY_LENGTH;
      while (split.has(family + shardKey(term, length))) {
        length++;
      }
      return family + shardKey(term, length) + '.bin';
    }

    // The files that hold the words starting with a prefix: one, or all under a split key the prefix ends in.
    function prefixFiles(prefix) {
      var length = KEY_LENGTH;
      while (split.has('t/' + shardKey(prefix, length)) && length < folded(prefix).length) {
        length++;
      }
      var key = 't/' + shardKey(prefix, length);
      if (!split.has(key)) {
        return [key + '.bin'];
      }
      return Array.from(shardFiles).filter(function (file) { return file.startsWith(key); });
    }

    function shard(file) {
      if (!shards.has(file)) {
        shards.set(file, !shardFiles.has(file) ? Promise.resolve(new Map())
          : load(tagged(file)).then(gunzip).then(readShard));
      }
      return shards.get(file);
    }

    function readShard(bytes) {
      var reader = new Reader(bytes);
      var terms = new Map();
      while (reader.pos < bytes.length) {
        var field = reader.u8();
        var term = reader.string();
        if (field === BLOCKS_ENTRY) {
          var blocks = []; // where the word pairs that start with this word are (PairBlocks)
          for (var count = reader.varint(); count > 0; count--) {
            blocks.push({ offset: reader.varint(), length: reader.varint() });
          }
          terms.set(field + '\u0000' + term, { blocks: blocks });
          continue;
        }
        var entry = { field: field, term: term, docFreq: reader.varint(), idf: reader.f32() };
        var kind = reader.u8();
        if (kind === 0) {
          entry.blocks = [{ classes: Promise.resolve(decodeClasses(reader.slice(reader.varint()))) }];
        } else if (kind === 2) {
          entry.frequent = true; // left out of queries: no postings were exported
        } else {
          // In postings.bin: the documents (or those without the term, kind 3), then the blocks.
          entry.complement = kind === 3;
          var at = reader.varint();
          entry.docsAt = [at, at += reader.varint()];
          entry.blocks = [];
          for (var n = reader.varint(); n > 0; n--) {
            entry.blocks.push({ at: [at, at += reader.varint()], freq: reader.varint(), norm: reader.u8() });
          }
        }
        terms.set(field + '\u0000' + term, entry);
      }
      return terms;
    }

    async function lookup(field, term) {
      if (field === FIELD.bigram) {
        return lookupPair(term);
      }
      var terms = await shard(shardFile(field, term));
      return terms.get(field + '\u0000' + term) || null;
    }

    // A word pair is in the block of its first word that the hash of its second word picks.
    async function lookupPair(pair) {
      var space = pair.indexOf(' ');
      var first = pair.substring(0, space);
      var pointer = (await shard(shardFile(FIELD.body, first))).get(BLOCKS_ENTRY + '\u0000' + first);
      if (!pointer) {
        return null;
      }
      var block = pointer.blocks[pairHash(pair.substring(space + 1)) % pointer.blocks.length];
      if (!block.entries) {
        block.entries = block.length === 0 ? Promise.resolve(new Map())
          : range('pairs.bin', block.offset, block.offset + block.length).then(unpack).then(readShard);
      }
      return (await block.entries).get(FIELD.bigram + '\u0000' + pair) || null;
    }

    // Bytes start to end of a file: by a range request, or from the whole file, loaded once.
    async function range(file, start, end) {
      if (loadRange) {
        var part = await loadRange(tagged(file), start, end);
        if (part !== null) {
          return part;
        }
        loadRange = null;
      }
      if (!wholeFiles.has(file)) {
        wholeFiles.set(file, load(tagged(file)));
      }
      return (await wholeFiles.get(file)).subarray(start, end);
    }

    // The classes of block i of a term's impact list.
    function classes(entry, i) {
      var block = entry.blocks[i];
      if (!block.classes) {
        block.classes = range('postings.bin', block.at[0], block.at[1]).then(unpack).then(decodeClasses);
      }
      return block.classes;
    }

    // Every document of a term, as flags by document number.
    function documents(entry) {
      if (!entry.documents) {
        entry.documents = (async function () {
          var flags = new Uint8Array(meta.documents);
          if (entry.docsAt) {
            var reader = new Reader(await unpack(await range('postings.bin', entry.docsAt[0], entry.docsAt[1])));
            var doc = 0;
            flags.fill(entry.complement ? 1 : 0);
            while (reader.pos < reader.bytes.length) {
              flags[doc += reader.varint()] = entry.complement ? 0 : 1;
            }
          } else {
            (await classes(entry, 0)).forEach(function (c) {
              c.docs.forEach(function (doc) { flags[doc] = 1; });
            });
          }
          return flags;
        })();
      }
      return entry.documents;
    }

    /**
     * The most frequent words of the text and the attachments that start with `prefix`, as
     * Searcher.expand chooses them: document frequencies of the two fields added up.
     */
    async function expand(prefix) {
      var byTerm = new Map();
      (await Promise.all(prefixFiles(prefix).map(shard))).forEach(function (terms) {
        terms.forEach(function (entry) {
          if ((entry.field === FIELD.body || entry.field === FIELD.attachment) && entry.term.startsWith(prefix)) {
            byTerm.set(entry.term, (byTerm.get(entry.term) || 0) + entry.docFreq);
          }
        });
      });
      var found = [];
      byTerm.forEach(function (docFreq, term) {
        found.push({ term: term, docFreq: docFreq });
      });
      found.sort(function (x, y) {
        return y.docFreq - x.docFreq || (x.term < y.term ? -1 : x.term > y.term ? 1 : 0);
      });
      return found.slice(0, meta.prefixExpansions).map(function (entry) {
        return entry.term;
      });
    }

    // A requirement is met by any of its alternatives; an alternative by all of its terms. Those
    // marked `attachment` are met through attached PDFs only.
    function alternative(terms, attachment) {
      return { terms: terms, attachment: !!attachment };
    }

    /** The documents that have every term of `terms`, as flags by document number, or null for none. */
    async function allOf(terms) {
      var entries = await Promise.all(terms.map(function (t) { return lookup(t[0], t[1]); }));
      if (entries.some(function (entry) { return !entry || !entry.blocks; })) {
        return null;
      }
      return (await Promise.all(entries.map(documents))).reduce(function (found, flags) {
        return found.map(function (f, d) { return f & flags[d]; });
      });
    }

    /**
     * Runs a parsed query: { total, hits: [{ doc, score, inAttachment }] } with at most `limit`
     * hits; `inAttachment` when a word of the query is found in that notice only in its attachments.
     */
    async function run(query, limit) {
      await init();
      if (query.words.length === 0) {
        return { total: 0, hits: [] };
      }
      // The shards of the query's words are needed whatever the checks below decide: asked for
      // now, beside those checks, rather than a round trip after them. A failure shows where the
      // shard is used.
      query.words.forEach(function (w) {
        if (!w.prefix) {
          shard(shardFile(FIELD.body, w.folded)).catch(function () {});
        }
      });
      var required = [];
      var scoredKeys = [];
      // Frequent word pairs and marked words are left out, as the export marks them (SearchField.leftOut).
      async function frequent(field, term) {
        var entry = await lookup(field, term);
        return entry !== null && entry.frequent === true;
      }
      function score(field, term) {
        var key = field + '\u0000' + term;
        if (scoredKeys.indexOf(key) < 0) {
          scoredKeys.push(key);
        }
      }
      // What decides the query's terms, fetched at once rather than word after word: the words
      // a prefix stands for, and whether marked words and word pairs are left out as frequent.
      var known = await Promise.all([
        Promise.all(query.words.map(function (w) { return w.prefix ? expand(w.folded) : null; })),
        Promise.all(query.words.map(function (w) {
          return !w.prefix && w.marked !== w.folded ? frequent(FIELD.exact, w.marked) : false;
        })),
        Promise.all(query.pairs.concat(query.phrasePairs).map(function (pair) { return frequent(FIELD.bigram, pair); }))
      ]);
      var frequentPair = new Map();
      query.pairs.concat(query.phrasePairs).forEach(function (pair, i) { frequentPair.set(pair, known[2][i]); });
      for (var i = 0; i < query.words.length; i++) {
        var w = query.words[i];
        if (w.prefix) {
          var expansions = known[0][i];
          if (expansions.length === 0) {
            return { total: 0, hits: [] };
          }
          var any = [];
          expansions.forEach(function (e) {
            any.push(alternative([[FIELD.body, e]]), alternative([[FIELD.attachment, e]], true));
          });
          required.push(any);
          expansions.forEach(function (e) {
            score(FIELD.title, e);
            score(FIELD.body, e);
            score(FIELD.attachment, e);
            score(FIELD.number, e);
          });
        } else {
          required.push([alternative([[FIELD.body, w.folded]]), alternative([[FIELD.attachment, w.folded]], true)]);
          score(FIELD.title, w.folded);
          score(FIELD.body, w.folded);
          if (w.marked !== w.folded && !known[1][i]) {
            score(FIELD.exact, w.marked);
          }
          score(FIELD.attachment, w.folded);
          score(FIELD.number, w.folded);
        }
      }
      for (var pair of query.pairs) {
        if (!frequentPair.get(pair)) {
          score(FIELD.bigram, pair);
        }
      }
      for (var phrasePair of query.phrasePairs) {
        if (!frequentPair.get(phrasePair)) {
          // Side by side in the text; in an attachment (whose pairs are not indexed), both words.
          required.push([alternative([[FIELD.bigram, phrasePair]]), alternative(phrasePair.split(' ').map(function (w) {
            return [FIELD.attachment, w];
          }), true)]);
        }
      }
      var f = query.filters || {};
      if (f.category) { required.push([alternative([[FIELD.facet, 'c:' + f.category]])]); }
      if (f.type) { required.push([alternative([[FIELD.facet, 't:' + f.type]])]); }
      if (f.year) { required.push([alternative([[FIELD.facet, 'y:' + f.year]])]); }

      // The best postings of every scored term come with the documents: one round trip less.
      var entries = await Promise.all(scoredKeys.map(function (key) {
        var sep = key.indexOf('\u0000');
        return lookup(Number(key.substring(0, sep)), key.substring(sep + 1));
      }));
      entries.forEach(function (entry) {
        if (entry && entry.blocks && entry.blocks.length) {
          classes(entry, 0).catch(function () {}); // its error, if any, comes when it is read
        }
      });

      // Documents that meet every requirement; and those that meet them outside their attachments.
      var n = meta.documents;
      var candidates = null;
      var outside = null;
      var found = await Promise.all(required.map(function (alternatives) {
        return Promise.all(alternatives.map(function (alt) { return allOf(alt.terms); }));
      }));
      required.forEach(function (alternatives, r) {
        var union = new Uint8Array(n);
        var textUnion = new Uint8Array(n);
        found[r].forEach(function (flags, i) {
          for (var d = 0; flags && d < n; d++) {
            union[d] |= flags[d];
            textUnion[d] |= alternatives[i].attachment ? 0 : flags[d];
          }
        });
        candidates = candidates === null ? union : candidates.map(function (f, d) { return f & union[d]; });
        outside = outside === null ? textUnion : outside.map(function (f, d) { return f & textUnion[d]; });
      });
      var matches = [];
      candidates.forEach(function (f, d) {
        if (f) {
          matches.push(d);
        }
      });
      if (matches.length === 0) {
        return { total: 0, hits: [] };
      }
      var lists = [];
      for (var entry of entries) {
        if (entry && entry.blocks) {
          var field = entry.field;
          lists.push({ entry: entry, weight: fround(fields[field].boost * entry.idf), cache: fields[field].cache,
            next: 0, seen: new Float32Array(n).fill(NaN), members: entry.documents ? await entry.documents : null });
        }
      }
      var hits = await top(query.sortByDate ? matches.slice(0, limit) : matches, lists, query.sortByDate ? 0 : limit);
      hits.forEach(function (hit) { hit.inAttachment = !outside[hit.doc]; });
      return { total: matches.length, hits: hits.slice(0, limit) };
    }

    // Reads the next block of a term's impact list: the score of each document it holds. Once a
    // query has needed more than a list's first two blocks, the block after the one it reads is
    // asked for at once when it is small, so that a query going deep does not wait a round trip
    // per block (on a phone, the latency costs more than a few kilobytes); most queries need only
    // the first blocks, and read nothing more.
    async function advance(list) {
      var ahead = list.entry.blocks[list.next + 1];
      if (list.next > 1 && ahead && ahead.at[1] - ahead.at[0] <= PREFETCH_BYTES) {
        classes(list.entry, list.next + 1).catch(function () {});
      }
      (await classes(list.entry, list.next++)).forEach(function (c) {
        var score = bm25(list.weight, c.freq, list.cache[c.norm]);
        c.docs.forEach(function (doc) {
          list.seen[doc] = score;
        });
      });
    }

    // The most a document not seen yet in a list can get from it: the best of its next block.
    function bound(list) {
      var block = list.entry.blocks[list.next];
      return block ? bm25(list.weight, block.freq, list.cache[block.norm]) : 0;
    }

    /**
     * The scores of `docs`: the best `limit` in order, or all in the given order (`limit` 0). A score
     * is the sum of the terms' BM25 scores in double, rounded to float (as Lucene). The impact lists
     * are read block by block until every document that could be among the best is known: one
     * whose known part plus the bounds of the lists it may still be in is below the `limit`-th best
     * known part (less 1e-6 for the rounding) cannot.
     */
    async function top(docs, lists, limit) {
      await Promise.all(lists.map(advance));
      for (;;) {
        var bounds = lists.map(bound);
        var known = new Float64Array(docs.length);
        var most = new Float64Array(docs.length);
        var open = [];
        docs.forEach(function (doc, i) {
          var sum = 0;
          var more = 0;
          var pending = [];
          lists.forEach(function (list, j) {
            var score = list.seen[doc];
            if (score === score) { // seen: not NaN
              sum += score;
            } else if (bounds[j] > 0 && (!list.members || list.members[doc])) {
              more += bounds[j];
              pending.push(j);
            }
          });
          known[i] = sum;
          most[i] = sum + more;
          open[i] = pending;
        });
        var floor = -1;
        if (limit > 0 && limit < docs.length) {
          floor = Float64Array.from(known).sort()[docs.length - limit] * (1 - 1e-6);
        }
        var needed = new Set();
        open.forEach(function (pending, i) {
          if (most[i] >= floor) {
            pending.forEach(function (j) { needed.add(j); });
          }
        });
        if (needed.size === 0) {
          var hits = [];
          docs.forEach(function (doc, i) {
            if (open[i].length === 0) {
              hits.push({ doc: doc, score: fround(known[i]) });
            }
          });
          return limit === 0 ? hits : hits.sort(function (x, y) { return y.score - x.score || x.doc - y.doc; });
        }
        await Promise.all(Array.from(needed).map(function (j) { return advance(lists[j]); }));
      }
    }

    /**
     * The display records of documents: [{ u, t, d, y, c, k, n, s }], in the order asked. Records of
     * documents near each other (a list sorted by date) come in one request: reading up to 8 KB of
     * records not asked for costs less than another round trip on a slow phone connection.
     */
    async function records(docs) {
      await init();
      var slot = meta.recordSlot;
      var near = Math.max(1, Math.floor(8192 / slot));
      var sorted = Array.from(new Set(docs)).filter(function (doc) { return !recordCache.has(doc); })
        .sort(function (x, y) { return x - y; });
      var runs = [];
      sorted.forEach(function (doc) {
        var last = runs[runs.length - 1];
        if (last && doc - last.end < near) {
          last.end = doc + 1;
          last.docs.push(doc);
        } else {
          runs.push({ start: doc, end: doc + 1, docs: [doc] });
        }
      });
      await Promise.all(runs.map(async function (run) {
        var bytes = await range('records.bin', run.start * slot, run.end * slot);
        for (var doc of run.docs) {
          var at = (doc - run.start) * slot;
          var length = bytes[at] | (bytes[at + 1] << 8);
          var json = await gunzip(bytes.subarray(at + 2, at + 2 + length));
          recordCache.set(doc, JSON.parse(new TextDecoder().decode(json)));
        }
      }));
      return docs.map(function (doc) { return recordCache.get(doc); });
    }

    /** The display record of one document. */
    async function record(doc) {
      return (await records([doc]))[0];
    }

    /** The text of a document's attached PDFs (its start), for the excerpt of a result found there. */
    async function attachmentText(doc) {
      if (!attachmentTexts.has(doc)) {
        attachmentTexts.set(doc, record(doc).then(function (r) {
          if (r.al === undefined) {
            return '';
          }
          return range('attachments.bin', r.ao, r.ao + r.al).then(gunzip).then(function (bytes) {
            return new TextDecoder().decode(bytes);
          });
        }));
      }
      return attachmentTexts.get(doc);
    }

    async function search(text, opts) {
      opts = opts || {};
      var query = parse(text, opts.prefixLast !== false, opts.filters, opts.sortByDate);
      var result = await run(query, opts.limit || 10);
      result.query = query;
      return result;
    }

    return {
      init: init,
      run: run,
      search: search,
      record: record,
      records: records,
      attachmentText: attachmentText,
      metadata: async function () { await init(); return meta; }
    };
  }

  return { createEngine: createEngine, folded: folded, inflateGzip: inflateGzip };
});
