// submission.js: a pending submission's page follows its progress in place.
//
// The page carries <div id="sub-status" data-submission data-status>.  While
// the status is queued or judging this polls GET /api/submissions/:id once a
// second with If-None-Match (an unchanged state costs a 304 and no body),
// shows the queue position and reason, and reloads the page once the verdict
// is in, so the server renders the tests and the compiler output.  Without
// JavaScript the page refreshes itself instead (a <noscript> meta refresh).
(function () {
  'use strict';

  var box = document.getElementById('sub-status');
  if (!box || box.dataset.status === 'done' || !window.fetch) {
    return;
  }
  var id = box.dataset.submission;
  var etag = null;
  var delay = 1000;

  function show(text) {
    var p = document.createElement('p');
    p.className = 'notice';
    p.textContent = text;
    box.replaceChildren(p);
  }

  function describe(j) {
    if (j.status === 'judging') {
      return 'Judging\u2026';
    }
    var s = 'Queued';
    if (j.position) {
      s += ' (position ' + j.position + ')';
    }
    return s + (j.reason ? ': ' + j.reason : '') + '.';
  }

  function poll() {
    var headers = { 'Accept': 'application/json' };
    if (etag) {
      headers['If-None-Match'] = etag;
    }
    fetch('/api/submissions/' + encodeURIComponent(id), {
      headers: headers,
      credentials: 'same-origin',
      cache: 'no-store'
    }).then(function (res) {
      if (res.status === 304) {
        return null;
      }
      if (!res.ok) {
        throw new Error('HTTP ' + res.status);
      }
      etag = res.headers.get('ETag');
      return res.json();
    }).then(function (j) {
      if (j && j.status === 'done') {
        window.location.reload();
        return;
      }
      if (j) {
        show(describe(j));
      }
      delay = 1000;
      window.setTimeout(poll, delay);
    }).catch(function () {
      // The server or the network hiccuped: back off, keep trying.
      delay = Math.min(delay * 2, 15000);
      window.setTimeout(poll, delay);
    });
  }

  window.setTimeout(poll, delay);
}());
