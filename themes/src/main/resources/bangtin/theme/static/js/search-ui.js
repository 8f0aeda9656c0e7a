/*
 * The search page: runs BangtinSearch on the static index as the user types, keeps the query in
 * the address (?q=...), so results can be shared and the back button works, and shows results
 * with the matched words marked. Every piece of text is inserted as text, never as HTML.
 */
(function () {
  'use strict';
  var root = document.getElementById('tim-kiem');
  if (!root || !window.BangtinSearch || !window.DecompressionStream) {
    return;
  }
  var base = root.getAttribute('data-index');
  var engine = BangtinSearch.createEngine({
    load: function (path) {
      // meta names the build of every other file, so it is checked with the server each time.
      return fetch(base + path, path === 'meta.bin' ? { cache: 'no-cache' } : {}).then(function (response) {
        if (!response.ok) {
          throw new Error(response.status + ' ' + path);
        }
        return response.arrayBuffer();
      }).then(function (buffer) {
        return new Uint8Array(buffer);
      });
    },
    // A part of a file; null when the server ignores ranges and starts sending the whole file,
    // which is then stopped: the engine loads that file whole, once.
    loadRange: function (path, start, end) {
      var stop = new AbortController();
      return fetch(base + path, { headers: { Range: 'bytes=' + start + '-' + (end - 1) }, signal: stop.signal })
        .then(function (response) {
          if (response.status !== 206) {
            stop.abort();
            if (!response.ok) {
              throw new Error(response.status + ' ' + path);
            }
            return null;
          }
          return response.arrayBuffer().then(function (buffer) {
            return new Uint8Array(buffer);
          });
        });
    }
  });
  var form = root.querySelector('form');
  var input = form.querySelector('input[name=q]');
  var selects = {
    c: form.querySelector('select[name=c]'),
    k: form.querySelector('select[name=k]'),
    y: form.querySelector('select[name=y]'),
    s: form.querySelector('select[name=s]')
  };
  var status = root.querySelector('.search-status');
  var list = root.querySelector('.search-results');
  var latest = 0;
  var timer = null;

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text) {
      node.textContent = text;
    }
    return node;
  }

  /** Appends `text` to `parent`, wrapping the words that match the query in <mark>. */
  function marked(parent, text, query) {
    var wanted = query.words;
    var parts = text.split(/([\p{L}\p{Nd}\p{M}]+)/u);
    parts.forEach(function (part) {
      var f = BangtinSearch.folded(part);
      var hit = part && wanted.some(function (w) {
        return w.prefix ? f.indexOf(w.folded) === 0 : f === w.folded;
      });
      parent.appendChild(hit ? el('mark', null, part) : document.createTextNode(part));
    });
  }

  /**
   * A window of the text where most of the query's words stand together (the first such place):
   * in a long PDF, "xe ép rác" is better shown where the three stand than where "rác" first does.
   */
  function excerpt(text, query) {
    var folded = BangtinSearch.folded(text);
    var found = [];
    query.words.forEach(function (w, k) {
      var word = w.folded.replace(/[^\p{L}\p{Nd}]/gu, '');
      if (!word) {
        return;
      }
      var pattern = new RegExp('(^|[^\\p{L}\\p{Nd}])' + word, 'gu');
      var m;
      while (found.length < 2000 && (m = pattern.exec(folded)) !== null) {
        found.push({ at: m.index, word: k });
      }
    });
    found.sort(function (x, y) { return x.at - y.at; });
    var at = -1;
    var most = 0;
    found.forEach(function (start, i) {
      var words = new Set();
      for (var j = i; j < found.length && found[j].at < start.at + 140; j++) {
        words.add(found[j].word);
      }
      if (words.size > most) {
        most = words.size;
        at = start.at;
      }
    });
    var from = Math.max(0, at - 60);
    var cut = text.substring(from, from + 200);
    return (from > 0 ? '… ' : '') + cut + (from + 200 < text.length ? ' …' : '');
  }

  function fillFilters(meta) {
    var facets = meta.facets || {};
    [['c', facets.c], ['k', facets.t], ['y', facets.y]].forEach(function (pair) {
      (pair[1] || []).forEach(function (value) {
        var option = el('option', null, Array.isArray(value) ? value[1] : String(value));
        option.value = Array.isArray(value) ? value[0] : String(value);
        selects[pair[0]].appendChild(option);
      });
    });
    form.querySelector('.search-filters').hidden = false;
  }

  function readAddress() {
    var params = new URLSearchParams(location.search);
    input.value = params.get('q') || '';
    Object.keys(selects).forEach(function (name) {
      selects[name].value = params.get(name) || '';
    });
  }

  function writeAddress(push) {
    var params = new URLSearchParams();
    if (input.value) {
      params.set('q', input.value);
    }
    Object.keys(selects).forEach(function (name) {
      if (selects[name].value) {
        params.set(name, selects[name].value);
      }
    });
    var address = location.pathname + (params.toString() ? '?' + params : '');
    if (push) {
      history.pushState(null, '', address);
    } else {
      history.replaceState(null, '', address);
    }
  }

  async function show(prefixLast) {
    var mine = ++latest;
    var text = input.value;
    list.textContent = '';
    if (!text.trim()) {
      status.textContent = '';
      return;
    }
    status.textContent = root.getAttribute('data-loading');
    try {
      var result = await engine.search(text, {
        prefixLast: prefixLast,
        limit: 20,
        sortByDate: selects.s.value === 'date',
        filters: { category: selects.c.value || null, type: selects.k.value || null, year: selects.y.value || null }
      });
      var records = await engine.records(result.hits.map(function (hit) { return hit.doc; }));
      // A result found through its attached PDF shows an excerpt of the PDF (fetched only for those).
      var attached = await Promise.all(result.hits.map(function (hit, i) {
        return hit.inAttachment && records[i].a ? engine.attachmentText(hit.doc).catch(function () { return null; }) : null;
      }));
      if (mine !== latest) {
        return;
      }
      status.textContent = result.total === 0 ? root.getAttribute('data-none')
        : root.getAttribute('data-count').replace('{0}', String(result.total));
      records.forEach(function (r, i) {
        var item = el('li', 'search-result');
        var title = el('h2', 'search-result-title');
        var link = el('a');
        link.href = r.u;
        marked(link, r.t, result.query);
        title.appendChild(link);
        item.appendChild(title);
        var meta = el('p', 'notice-meta');
        meta.appendChild(el('span', 'search-result-date', r.d));
        if (r.k || r.n) {
          meta.appendChild(document.createTextNode(' · '));
          meta.appendChild(el('span', 'doc-ref', [r.k, r.n].filter(Boolean).join(' ')));
        }
        if (r.c) {
          meta.appendChild(document.createTextNode(' · '));
          meta.appendChild(el('span', 'search-result-category', r.c));
        }
        item.appendChild(meta);
        if (attached[i] !== null) {
          item.appendChild(el('p', 'search-result-where', root.getAttribute('data-in-attachment') + ': ' + r.a));
        }
        var snippet = el('p', 'excerpt');
        marked(snippet, excerpt(attached[i] !== null ? attached[i] : r.s, result.query), result.query);
        item.appendChild(snippet);
        list.appendChild(item);
      });
    } catch (e) {
      if (mine === latest) {
        status.textContent = root.getAttribute('data-error');
      }
    }
  }

  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      writeAddress(false);
      show(true);
    }, 120);
  });
  Object.keys(selects).forEach(function (name) {
    selects[name].addEventListener('change', function () {
      writeAddress(false);
      show(!/\s$/.test(input.value));
    });
  });
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    writeAddress(true);
    show(false);
  });
  window.addEventListener('popstate', function () {
    readAddress();
    show(false);
  });

  readAddress();
  engine.metadata().then(fillFilters, function () {});
  show(false);
  input.focus();
})();
