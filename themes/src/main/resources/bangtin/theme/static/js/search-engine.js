/*
 * bangtin's search engine for the browser: reads the static export of the site's Lucene index
 * (search/meta.bin, search/t|e/*.bin, search/pairs.bin, search/postings.bin, search/records.bin,
 * search/attachments.bin) and answers queries exactly
 * as the Java searcher answers them from Lucene: the same reading of the query, the same words
 * (folded, and with marks), the same BM25 (Lucene 9.12's BM25Similarity, in float arithmetic),
 * the same ties. Only the files a query needs are fetched.
 *
 * Works in browsers and in Node (for tests): `BangtinSearch.createEngine({ load, loadRange })`,
 * where load(path) resolves to the bytes of a file under search/ (a path may end with a query,
 * "?v=…", that a static server ignores), and loadRange(path, start, end)
 * to bytes start (inclusive) to end (exclusive) of it, or to null when the server sends whole
 * files only; the engine then loads the packs (pairs.bin, postings.bin, records.bin,
 * attachments.bin) whole, once.
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
  var FIELD = { title: 0, body: 1, exact: 2, bigram: 3, facet: 4, attachment: 5 };
  var BLOCKS_ENTRY = 255;
  var KEY_LENGTH = 2;

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
    var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
    return new Uint8Array(await new Response(stream).arrayBuffer());
  }

  function decodePostings(bytes, scored) {
    var reader = new Reader(bytes);
    var docs = [];
    var freqs = [];
    var norms = [];
    var doc = 0;
    while (reader.pos < bytes.length) {
      doc += reader.varint();
      docs.push(doc);
      if (scored) {
        freqs.push(reader.varint());
        norms.push(reader.u8());
      }
    }
    return { docs: docs, freqs: freqs, norms: norms };
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

    async function init() {
      if (meta) {
        return;
      }
      meta = JSON.parse(new TextDecoder().decode(await gunzip(await load('meta.bin'))));
      var k1 = floatFromBits(meta.k1Bits);
      var b = floatFromBits(meta.bBits);
      fields = meta.fields.map(function (f) {
        var avgdl = floatFromBits(f.avgdlBits);
        return { name: f.name, boost: floatFromBits(f.boostBits), scored: f.scored, cache: normCache(k1, b, avgdl) };
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
          entry.inline = reader.slice(reader.varint());
        } else if (kind === 1) {
          entry.offset = reader.varint();
          entry.length = reader.varint();
        } else {
          entry.frequent = true; // left out of queries: no postings were exported
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
          : range('pairs.bin', block.offset, block.offset + block.length).then(gunzip).then(readShard);
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

    async function postings(entry) {
      if (!entry.postings) {
        var scored = fields[entry.field].scored;
        if (entry.inline) {
          entry.postings = Promise.resolve(decodePostings(entry.inline, scored));
        } else {
          entry.postings = range('postings.bin', entry.offset, entry.offset + entry.length).then(gunzip)
            .then(function (bytes) {
              return decodePostings(bytes, scored);
            });
        }
      }
      return entry.postings;
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

    /** The documents that have every term of `terms`. */
    async function allOf(terms) {
      var found = null;
      for (var t of terms) {
        var entry = await lookup(t[0], t[1]);
        var docs = entry ? (await postings(entry)).docs : [];
        found = found === null ? new Set(docs) : new Set(docs.filter(function (d) { return found.has(d); }));
        if (found.size === 0) {
          break;
        }
      }
      return found;
    }

    function intersect(a, b) {
      return new Set(Array.from(a).filter(function (d) { return b.has(d); }));
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
      for (var w of query.words) {
        if (w.prefix) {
          var expansions = await expand(w.folded);
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
          });
        } else {
          required.push([alternative([[FIELD.body, w.folded]]), alternative([[FIELD.attachment, w.folded]], true)]);
          score(FIELD.title, w.folded);
          score(FIELD.body, w.folded);
          if (w.marked !== w.folded && !(await frequent(FIELD.exact, w.marked))) {
            score(FIELD.exact, w.marked);
          }
          score(FIELD.attachment, w.folded);
        }
      }
      for (var pair of query.pairs) {
        if (!(await frequent(FIELD.bigram, pair))) {
          score(FIELD.bigram, pair);
        }
      }
      for (var phrasePair of query.phrasePairs) {
        if (!(await frequent(FIELD.bigram, phrasePair))) {
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

      // Documents that meet every requirement; and those that meet them outside their attachments.
      var candidates = null;
      var outside = null;
      for (var alternatives of required) {
        var union = new Set();
        var textUnion = new Set();
        for (var alt of alternatives) {
          (await allOf(alt.terms)).forEach(function (d) {
            union.add(d);
            if (!alt.attachment) {
              textUnion.add(d);
            }
          });
        }
        candidates = candidates === null ? union : intersect(candidates, union);
        outside = outside === null ? textUnion : intersect(outside, textUnion);
        if (candidates.size === 0) {
          return { total: 0, hits: [] };
        }
      }

      // The sum of the BM25 scores of the scored terms, in double, then rounded to float (as Lucene).
      var sums = new Map();
      for (var key of scoredKeys) {
        var sep = key.indexOf('\u0000');
        var field = Number(key.substring(0, sep));
        var termEntry = await lookup(field, key.substring(sep + 1));
        if (!termEntry) {
          continue;
        }
        var list = await postings(termEntry);
        var weight = fround(fields[field].boost * termEntry.idf);
        var cache = fields[field].cache;
        for (var i = 0; i < list.docs.length; i++) {
          var doc = list.docs[i];
          if (candidates.has(doc)) {
            sums.set(doc, (sums.get(doc) || 0) + bm25(weight, list.freqs[i], cache[list.norms[i]]));
          }
        }
      }
      var hits = Array.from(candidates).map(function (doc) {
        return { doc: doc, score: fround(sums.get(doc) || 0), inAttachment: !outside.has(doc) };
      });
      hits.sort(query.sortByDate ? function (x, y) { return x.doc - y.doc; }
        : function (x, y) { return y.score - x.score || x.doc - y.doc; });
      return { total: hits.length, hits: hits.slice(0, limit) };
    }

    /**
     * The display records of documents: [{ u, t, d, y, c, k, n, s }], in the order asked. Records of
     * neighbouring documents (a list sorted by date) come in one request.
     */
    async function records(docs) {
      await init();
      var slot = meta.recordSlot;
      var sorted = Array.from(new Set(docs)).filter(function (doc) { return !recordCache.has(doc); })
        .sort(function (x, y) { return x - y; });
      var runs = [];
      sorted.forEach(function (doc) {
        var last = runs[runs.length - 1];
        if (last && doc === last.end) {
          last.end++;
        } else {
          runs.push({ start: doc, end: doc + 1 });
        }
      });
      await Promise.all(runs.map(async function (run) {
        var bytes = await range('records.bin', run.start * slot, run.end * slot);
        for (var doc = run.start; doc < run.end; doc++) {
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

  return {
    createEngine: createEngine,
    parse: parse,
    folded: folded,
    marked: marked,
    lengthTable: LENGTH_TABLE,
    normCache: normCache
  };
});
