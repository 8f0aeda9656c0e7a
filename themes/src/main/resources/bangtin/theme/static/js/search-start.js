/*
 * The search page's first script, written in the JavaScript every browser still in use reads
 * (ES5, checked by the tests): it puts the address's query in the box and loads the search only
 * where it can run. The search's own scripts use what older browsers cannot even read (async
 * functions, regular expressions of Unicode properties): there they would fail without a word,
 * leaving an empty page. Here such a browser is told so, and offered the same words in a web
 * search engine limited to this site; it runs none of the search and reads none of its index.
 */
(function () {
  'use strict';
  var root = document.getElementById('tim-kiem');
  if (!root) {
    return;
  }
  var input = root.querySelector('input[name=q]');
  var status = root.querySelector('.search-status');
  // The query is kept in the box whatever happens next (URLSearchParams may be missing here).
  var asked = /[?&]q=([^&]*)/.exec(location.search);
  try {
    input.value = asked ? decodeURIComponent(asked[1].replace(/\+/g, ' ')) : '';
  } catch (e) {
    input.value = '';
  }

  /**
   * Says that the search cannot run here (the message of the attribute {@code messageAttribute}),
   * and offers the box's words to a web search engine, limited to this site.
   */
  function offerWebSearch(messageAttribute) {
    status.textContent = root.getAttribute(messageAttribute) + ' ';
    var link = document.createElement('a');
    link.className = 'search-web';
    // The site's host and base path ("example.gov.vn/tin-tuc"): data-index is the base path + "/search/".
    var site = location.host + root.getAttribute('data-index').replace(/\/search\/$/, '');
    link.href = root.getAttribute('data-web-search') + encodeURIComponent('site:' + site + ' ' + input.value);
    link.textContent = root.getAttribute('data-web-search-text');
    status.appendChild(link);
  }

  /**
   * Whether regular expressions know Unicode properties (\p{L}): the newest syntax the search's
   * scripts use, and a constructor's error rather than the script's, so it can be asked.
   */
  function readsUnicodeProperties() {
    try {
      return new RegExp('^\\p{L}$', 'u').test('\u1EC3');
    } catch (e) {
      return false;
    }
  }

  window.BangtinSearchPage = { offerWebSearch: offerWebSearch };
  if (!window.fetch || !window.Promise || !window.URLSearchParams || !window.AbortController
      || !Object.assign || !readsUnicodeProperties()) {
    offerWebSearch('data-unsupported');
    return;
  }
  // In order, as deferred scripts run: the engine, then the page that uses it.
  var scripts = root.getAttribute('data-scripts').split(' ');
  for (var i = 0; i < scripts.length; i++) {
    var script = document.createElement('script');
    script.src = scripts[i];
    script.async = false;
    document.head.appendChild(script);
  }
})();
