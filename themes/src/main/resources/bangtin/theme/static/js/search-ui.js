/*
 * The search page: runs BangtinSearch on the static index as the user types, keeps the query in
 * the address (?q=...), so results can be shared and the back button works, and shows results
 * with the matched words marked. Every piece of text is inserted as text, never as HTML.
 */
(function () {
  'use strict';
  var root = document.getElementById('tim-kiem');
  if (!root) {
    return;
  }
  var form = root.querySelector('form');
  var input = form.querySelector('input[name=q]');
  var status = root.querySelector('.search-status');
  var list = root.querySelector('.search-results');
  // search-start.js put the address's query in the box, checked that this browser can run the
  // search, and offers a web search where it cannot.
  if (!window.BangtinSearchPage) {
    // A theme's search page made before search-start.js, which must come first (the build warns of it).
    status.textContent = root.getAttribute('data-error');
    return;
  }
  var offerWebSearch = window.BangtinSearchPage.offerWebSearch;
  if (!window.BangtinSearch) {
    offerWebSearch('data-error'); // the engine's script did not load
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
  var selects = {
    c: form.querySelector('select[name=c]'),
    k: form.querySelector('select[name=k]'),
    y: form.querySelector('select[name=y]'),
    s: form.querySelector('select[name=s]')
  };
  var more = root.querySelector('.search-more');
  var PAGE = 20;
  var latest = 0;
  var timer = null;
  // Whether the current history entry was made by typing (or changing a filter) since the last
  // search submitted: typing then updates it, and the next change after a submit adds one.
  var draft = false;
  // Whether the results shown are those of the query as typed so far (the "more" button adds to the same).
  var shownWhileTyping = false;

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
    return cutAtWords(text, Math.max(0, at - 60), 200);
  }

  /**
   * About `length` characters of `text` from `from`, cut between words, with "…" where it was cut.
   * The records hold the start of a text, cut to at most 200 characters and at least 40 (the
   * export's slots): one of 40 or more that stops with no closing punctuation is taken as cut
   * there, and loses its last (perhaps partial) word for a "…".
   */
  function cutAtWords(text, from, length) {
    var start = from;
    if (start > 0) {
      var space = text.substring(start, start + 30).search(/\s/);
      start = space < 0 ? start : start + space + 1;
    }
    var end = start + length;
    if (end < text.length) {
      var before = text.substring(start, end).search(/\s\S*$/);
      end = before > length / 2 ? start + before : end;
    } else {
      end = text.length;
    }
    var cut = text.substring(start, end).trim();
    var open = end < text.length || (text.length >= 40 && !/[.!?…:;)"”»]$/.test(cut));
    if (open && end === text.length && /\s\S+$/.test(cut)) {
      cut = cut.replace(/\s\S+$/, ''); // the last word may be only its start
    }
    return (start > 0 ? '…' : '') + cut + (open && cut ? '…' : '');
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

  /** The query and filters from the address; the filters' options must be there already. */
  function readAddress() {
    var params = new URLSearchParams(location.search);
    input.value = params.get('q') || '';
    Object.keys(selects).forEach(function (name) {
      selects[name].value = params.get(name) || '';
      if (selects[name].selectedIndex < 0) {
        selects[name].value = ''; // a value the index does not have: all
      }
    });
  }

  function address() {
    var params = new URLSearchParams();
    if (input.value) {
      params.set('q', input.value);
    }
    Object.keys(selects).forEach(function (name) {
      if (selects[name].value) {
        params.set(name, selects[name].value);
      }
    });
    return location.pathname + (params.toString() ? '?' + params : '');
  }

  /**
   * Keeps the search in the address, one history entry per search: typing (`submitted` false)
   * updates the entry it made, or makes one after a submitted search; submitting keeps that entry.
   * The number of results shown is kept in the entry's state, for Back from a result.
   */
  function writeAddress(submitted) {
    var next = address();
    var current = location.pathname + location.search;
    var hasQuery = new URLSearchParams(location.search).has('q');
    if (next !== current) {
      if (draft || !hasQuery) {
        history.replaceState(null, '', next);
      } else {
        history.pushState(null, '', next);
      }
    }
    draft = !submitted;
  }

  function shownInState() {
    var state = history.state;
    return state && state.shown > PAGE ? state.shown : PAGE;
  }

  function message(name, values) {
    return root.getAttribute(name).replace(/\{(\d)\}/g, function (all, i) { return String(values[i]); });
  }

  function item(r, attachedText, query) {
    var item = el('li', 'search-result');
    var title = el('h2', 'search-result-title');
    var link = el('a');
    link.href = r.u;
    marked(link, r.t, query);
    title.appendChild(link);
    item.appendChild(title);
    var meta = el('p', 'notice-meta');
    if (r.x) {
      meta.appendChild(el('strong', 'expired-label', root.getAttribute('data-expired')));
      meta.appendChild(document.createTextNode(' '));
    }
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
    if (attachedText !== null) {
      item.appendChild(el('p', 'search-result-where', root.getAttribute('data-in-attachment') + ': ' + r.a));
    }
    var snippet = el('p', 'excerpt');
    marked(snippet, excerpt(attachedText !== null ? attachedText : r.s, query), query);
    item.appendChild(snippet);
    return item;
  }

  /**
   * When no notice has every word of the query ("binh dang gioi 2025", a word mistyped): the
   * results of the query with one word left out, the one that leaves the most, and that word;
   * null for a query of one word or in quotes, or when no such query finds anything. An empty
   * page tells a citizen nothing; most words found tells them which word to change.
   */
  async function withAWordLess(text, options) {
    var words = text.trim().split(/\s+/);
    if (words.length < 2 || /["“”]/.test(text)) {
      return null;
    }
    var endsWithSpace = /\s$/.test(text);
    var results = await Promise.all(words.map(function (word, i) {
      var rest = words.slice(0, i).concat(words.slice(i + 1)).join(' ');
      // Left without its last word, the query's new last word was followed by a space: a whole word.
      return engine.search(rest + (endsWithSpace || i === words.length - 1 ? ' ' : ''), options);
    }));
    var best = null;
    results.forEach(function (result, i) {
      if (result.total > 0 && (!best || result.total >= best.result.total)) {
        best = { result: result, word: words[i] };
      }
    });
    return best;
  }

  /**
   * The query as typed so far, without a last word of one letter just begun ("binh dang g",
   * "925/KH-U", "b"): too short to be read as the start of a word, it would be a word of its own,
   * found nowhere, and "no results" would flash at the start of every word.
   */
  function typedSoFar(text) {
    var last = /[\p{L}\p{M}\p{Nd}]+$/u.exec(text);
    if (!last || Array.from(BangtinSearch.folded(last[0])).length >= 2) {
      return text;
    }
    return text.substring(0, last.index);
  }

  /**
   * Shows the first `count` results of the query in the box; with `from`, the results before it
   * are already shown and those after are added (the "more" button), the first new one focused;
   * `typing`, while the query is being typed.
   */
  async function show(count, from, typing) {
    var mine = ++latest;
    var text = typing ? typedSoFar(input.value) : input.value;
    shownWhileTyping = !!typing;
    from = from || 0;
    if (!from) {
      list.textContent = '';
    }
    more.hidden = true;
    if (!text.trim()) {
      status.textContent = '';
      return;
    }
    status.textContent = root.getAttribute('data-loading');
    try {
      var options = {
        prefixLast: true,
        limit: count,
        sortByDate: selects.s.value === 'date',
        filters: { category: selects.c.value || null, type: selects.k.value || null, year: selects.y.value || null }
      };
      var result = await engine.search(text, options);
      var without = null;
      if (result.total === 0) {
        var fewer = await withAWordLess(text, options);
        if (fewer) {
          result = fewer.result;
          without = fewer.word;
        }
      }
      var hits = result.hits.slice(from);
      var records = await engine.records(hits.map(function (hit) { return hit.doc; }));
      // A result found through its attached PDF shows an excerpt of the PDF (fetched only for those).
      var attached = await Promise.all(hits.map(function (hit, i) {
        return hit.inAttachment && records[i].a ? engine.attachmentText(hit.doc).catch(function () { return null; }) : null;
      }));
      if (mine !== latest) {
        return;
      }
      var shown = from + records.length;
      status.textContent = result.total === 0 ? root.getAttribute('data-none')
        : without !== null ? message('data-fewer', [result.total, without])
        : shown < result.total || from ? message('data-shown', [shown, result.total])
          : message('data-count', [result.total]);
      var first = null;
      records.forEach(function (r, i) {
        var added = item(r, attached[i], result.query);
        first = first || added;
        list.appendChild(added);
      });
      more.hidden = shown >= result.total;
      history.replaceState(Object.assign({}, history.state, { shown: shown }), '', location.href);
      if (from && first) {
        first.querySelector('a').focus();
      }
    } catch (e) {
      if (mine === latest) {
        offerWebSearch('data-error');
      }
    }
  }

  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      writeAddress(false);
      show(PAGE, 0, true);
    }, 120);
  });
  Object.keys(selects).forEach(function (name) {
    selects[name].addEventListener('change', function () {
      writeAddress(false);
      show(PAGE);
    });
  });
  // Enter, like an address opened or shared, shows what typing showed: the last word, unless a
  // space follows it, is the start of a word ("binh dang gio" finds "bình đẳng giới" either way).
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    clearTimeout(timer);
    writeAddress(true);
    show(PAGE);
  });
  more.addEventListener('click', function () {
    var shown = list.children.length;
    show(shown + PAGE, shown, shownWhileTyping);
  });
  window.addEventListener('popstate', function () {
    draft = false;
    readAddress();
    show(shownInState());
  });
  // Back from a result comes to a page whose results are drawn after it loads, too late for the
  // browser to scroll back: the place is kept in the history entry, and scrolled to once drawn.
  if ('scrollRestoration' in history) {
    history.scrollRestoration = 'manual';
  }
  window.addEventListener('pagehide', keepPlace);
  list.addEventListener('click', keepPlace);
  function keepPlace() {
    history.replaceState(Object.assign({}, history.state, { y: window.scrollY }), '', location.href);
  }

  // The filters in the address apply once their options are there (from the index's metadata).
  engine.metadata().then(fillFilters, function () {}).then(function () {
    readAddress();
    var place = history.state && history.state.y;
    return show(shownInState()).then(function () {
      if (place) {
        window.scrollTo(0, place);
      }
    });
  });
  input.focus();
})();
