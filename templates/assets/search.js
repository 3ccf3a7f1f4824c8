// The search page's script: finds the query in the language's index (/<lang>/search/*.json), exactly as
// written, inside words and across them, and lists the pages that hold it. The index and this script
// normalize text the same way (Sources/SitthiKit/Search/SearchNormalizer.swift): NFC, one space, Latin
// letters in lower case, every mark kept.
(function () {
  'use strict';
  var box = document.getElementById('search-results');
  var form = document.querySelector('form.search-page');
  if (!box || !form || !window.fetch) return;
  var input = form.querySelector('input[name=q]');
  var lang = box.getAttribute('data-lang');
  var loaded = {};

  function load(url) {
    if (!loaded[url]) {
      loaded[url] = fetch(url).then(function (response) {
        if (!response.ok) throw new Error(url + ': ' + response.status);
        return response.json();
      });
    }
    return loaded[url];
  }

  function clean(text) {
    return text.normalize('NFC').replace(/[\t\n\v\f\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+/g, ' ').trim();
  }

  function fold(text) {
    return text.replace(/[A-Z\u00C0-\u024F\u1E00-\u1EFF]/g, function (letter) {
      var lower = letter.toLowerCase();
      return lower.length === 1 ? lower : letter;
    });
  }

  // The pairs of adjacent code points of a query, grouped by the piece of the index that lists them.
  function piecePairs(query, pieces) {
    var points = Array.from(query);
    var byPiece = {};
    for (var i = 0; i + 1 < points.length; i++) {
      var piece = (points[i].codePointAt(0) * 31 + points[i + 1].codePointAt(0)) % pieces;
      var pair = points[i] + points[i + 1];
      byPiece[piece] = byPiece[piece] || [];
      if (byPiece[piece].indexOf(pair) < 0) byPiece[piece].push(pair);
    }
    var best = -1;
    Object.keys(byPiece).forEach(function (key) {
      var piece = Number(key);
      if (best < 0 || byPiece[piece].length > byPiece[best].length ||
          (byPiece[piece].length === byPiece[best].length && piece < best)) best = piece;
    });
    return best < 0 ? null : { piece: best, pairs: byPiece[best] };
  }

  function expand(gaps) {
    var total = 0;
    return gaps.map(function (gap) { return (total += gap); });
  }

  function pieceOf(meta, number) {
    var piece = 0;
    meta.textPieceStarts.forEach(function (start, index) { if (start <= number) piece = index; });
    return piece;
  }

  // A search in one index: its candidates (from the pair lists: every section holding the query holds
  // all of its pairs), grouped by the text piece that holds them, in order; the exact check comes later.
  function begin(base, query) {
    return load(base + 'meta.json').then(function (meta) {
      var chosen = piecePairs(query, meta.pairPieces);
      var lists = chosen ? load(base + 'pairs-' + chosen.piece + '.json') : Promise.resolve(null);
      return lists.then(function (table) {
        var candidates;
        if (!chosen) {
          candidates = meta.sections.map(function (_, number) { return number; });
        } else {
          chosen.pairs.forEach(function (pair) {
            var list = expand(table[pair] || []);
            if (!candidates) { candidates = list; return; }
            var set = new Set(list);
            candidates = candidates.filter(function (number) { return set.has(number); });
          });
        }
        var groups = [];
        candidates.forEach(function (number) {
          var piece = pieceOf(meta, number);
          var last = groups[groups.length - 1];
          if (!last || last.piece !== piece) groups.push(last = { piece: piece, numbers: [] });
          last.numbers.push(number);
        });
        return { base: base, query: query, meta: meta, groups: groups, next: 0, hits: [] };
      });
    });
  }

  // Fetches the text pieces of the next `count` groups of candidates and keeps those that hold the
  // query exactly. A first search checks only the first few pieces (meta.firstTextPieces), so what it
  // fetches does not grow with the site; the reader asks for the rest.
  function check(search, count) {
    var groups = search.groups.slice(search.next, search.next + count);
    search.next += groups.length;
    return Promise.all(groups.map(function (group) { return load(search.base + 'text-' + group.piece + '.json'); }))
      .then(function (texts) {
        groups.forEach(function (group, index) {
          group.numbers.forEach(function (number) {
            var text = texts[index][number - search.meta.textPieceStarts[group.piece]];
            var at = fold(text).indexOf(search.query);
            if (at >= 0) search.hits.push({ number: number, text: text, at: at });
          });
        });
        return search;
      });
  }

  // Whether the match is a whole word of the text, by the browser's word boundaries (ICU's, as the
  // index's were): such matches come before a match inside a longer word. Finding never depends on it.
  function wholeWord(hit, length, language) {
    if (!window.Intl || !Intl.Segmenter) return false;
    var from = Math.max(0, hit.at - 40);
    var starts = false;
    var ends = false;
    var segments = new Intl.Segmenter(language, { granularity: 'word' }).segment(hit.text.slice(from, hit.at + length + 40));
    for (var segment of segments) {
      if (segment.index + from === hit.at) starts = true;
      if (segment.index + from === hit.at + length) ends = true;
    }
    return starts && (ends || hit.at + length === hit.text.length);
  }

  // Pages with their best section: a title match first, then a heading match, then the text; within
  // each, whole words first.
  function rank(found, query, thai) {
    var pages = {};
    var order = [];
    found.hits.forEach(function (hit) {
      var row = found.meta.sections[hit.number];
      var page = found.meta.pages[row[0]];
      var heading = hit.text.slice(0, row[2]);
      var score = 2 * (fold(page[1]).indexOf(query) >= 0 ? 3 : fold(heading).indexOf(query) >= 0 ? 2 : 1) +
        (wholeWord(hit, query.length, thai ? 'th' : lang) ? 1 : 0);
      var url = page[0];
      if (thai) url = '/' + lang + url.slice(url.indexOf('/', 1));
      var anchor = row[1] ? '#' + (thai ? 'th-' : '') + row[1] : '';
      var result = pages[url];
      if (!result) {
        result = pages[url] = { url: url, title: page[1], score: 0, order: order.length, thai: thai };
        order.push(result);
      }
      if (score > result.score) {
        result.score = score;
        result.href = url + anchor;
        result.hit = hit;
      }
    });
    return order.sort(function (a, b) { return b.score - a.score || a.order - b.order; });
  }

  function excerpt(hit, length) {
    var start = Math.max(0, hit.at - 60);
    var end = Math.min(hit.text.length, hit.at + length + 80);
    var p = document.createElement('p');
    p.appendChild(document.createTextNode((start > 0 ? '… ' : '') + hit.text.slice(start, hit.at)));
    var mark = document.createElement('mark');
    mark.textContent = hit.text.slice(hit.at, hit.at + length);
    p.appendChild(mark);
    p.appendChild(document.createTextNode(hit.text.slice(hit.at + length, end) + (end < hit.text.length ? ' …' : '')));
    return p;
  }

  // The results so far; while candidates are left unchecked, a button checks the rest.
  function show(search, thai) {
    var results = rank(search, search.query, thai);
    var length = search.query.length;
    var rest = search.next < search.groups.length;
    box.textContent = '';
    if (!rest) {
      var count = document.createElement('p');
      count.textContent = results.length ? box.getAttribute('data-count').replace('{count}', results.length) : box.getAttribute('data-none');
      box.appendChild(count);
    }
    if (results.length) box.appendChild(list(results, length));
    if (rest) {
      var more = document.createElement('button');
      more.type = 'button';
      more.className = 'search-more';
      more.textContent = box.getAttribute('data-more');
      more.addEventListener('click', function () {
        more.disabled = true;
        check(search, Infinity).then(function () { show(search, thai); })
          .catch(function () { box.textContent = box.getAttribute('data-none'); });
      });
      box.appendChild(more);
    }
  }

  function list(results, length) {
    var items = document.createElement('ol');
    results.forEach(function (result) {
      var item = document.createElement('li');
      if (result.thai) item.lang = 'th';
      var link = document.createElement('a');
      link.href = result.href;
      link.textContent = result.title;
      item.appendChild(link);
      item.appendChild(excerpt(result.hit, length));
      items.appendChild(item);
    });
    return items;
  }

  function run(raw) {
    var query = fold(clean(raw));
    if (!query) { box.textContent = ''; return; }
    // A query in Thai script on another language's page looks in the Thai text, and opens the page in
    // this language at the Thai text beside the translation.
    var thai = lang !== 'th' && /[\u0E00-\u0E7F]/.test(query);
    var base = box.getAttribute(thai ? 'data-thai-index' : 'data-index');
    begin(base, query).then(function (search) {
      return check(search, search.meta.firstTextPieces);
    }).then(function (search) {
      if (fold(clean(input.value)) === query) show(search, thai);
    }).catch(function () { box.textContent = box.getAttribute('data-none'); });
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var url = new URL(window.location.href);
    url.searchParams.set('q', input.value);
    window.history.replaceState(null, '', url);
    run(input.value);
  });
  var initial = new URLSearchParams(window.location.search).get('q');
  if (initial) {
    input.value = initial;
    run(initial);
  }
})();
