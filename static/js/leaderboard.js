// leaderboard.js: the leaderboard page refreshes its table every 5 seconds.
//
// The table carries data-contest, data-offset, data-limit, data-scoring,
// data-etag (of the JSON the page was rendered from) and data-me (the
// signed-in user's name).  Every 5 s this asks
// GET /api/contests/:slug/leaderboard?offset=&limit= with If-None-Match:
// an unchanged board costs a 304 and no body.  A new answer replaces the
// rows; the caller's row is highlighted, and while the board is frozen
// their own row is replaced by "me", their results as they truly are.
// Without JavaScript the page reloads itself (a <noscript> meta refresh).
//
// The polls go without cookies unless the board is frozen and the caller
// signed in (their own row is the only per-user part), so 100,000 pollers
// cost no session lookup and are served from the shared cached page.
(function () {
  'use strict';

  var table = document.getElementById('board');
  if (!table || !window.fetch) {
    return;
  }
  var d = table.dataset;
  var url = '/api/contests/' + encodeURIComponent(d.contest) +
    '/leaderboard?offset=' + encodeURIComponent(d.offset) +
    '&limit=' + encodeURIComponent(d.limit);
  var etag = d.etag || null;
  var me = d.me || null;
  // Admins and participants of a frozen board ask with their session.
  var withSession = d.session === '1';
  var labels = [];
  var ths = table.querySelectorAll('thead th.cell');
  var i;
  for (i = 0; i < ths.length; i++) {
    labels.push(ths[i].textContent);
  }
  var delay = 5000;

  function td(cls, text) {
    var e = document.createElement('td');
    if (cls) {
      e.className = cls;
    }
    if (text !== undefined && text !== null) {
      e.textContent = String(text);
    }
    return e;
  }

  function two(n) {
    return (n < 10 ? '0' : '') + n;
  }

  function clock(t) {
    t = Number(t) || 0;
    return Math.floor(t / 3600) + ':' + two(Math.floor(t / 60) % 60) + ':' +
      two(t % 60);
  }

  function cell(c, first, user) {
    if (!c) {
      return td('cell');
    }
    if (c.ac_minute !== null && c.ac_minute !== undefined) {
      var e = td('cell ac', '+' + (c.tries > 0 ? c.tries : ''));
      var small = document.createElement('small');
      small.textContent = String(c.ac_minute);
      e.appendChild(small);
      if (first && user && first[c.label] === user) {
        e.className += ' first';
        e.title = 'First to solve';
      }
      return e;
    }
    if (c.tries > 0) {
      return td('cell no', '\u2212' + c.tries);
    }
    return td('cell');
  }

  function row(j, r, isMe) {
    var tr = document.createElement('tr');
    if (isMe) {
      tr.className = 'me';
    }
    tr.appendChild(td('num', r.rank));
    tr.appendChild(td('user', r.user === null ? '?' : r.user));
    tr.appendChild(td('num', r.solved));
    tr.appendChild(td('num', j.scoring === 'icpc' ? r.penalty :
      clock(r.time)));
    var cells = r.problems || [];
    for (var k = 0; k < labels.length; k++) {
      tr.appendChild(cell(cells[k], j.first, r.user));
    }
    return tr;
  }

  function render(j) {
    var body = document.createElement('tbody');
    var rows = j.rows || [];
    for (var k = 0; k < rows.length; k++) {
      var r = rows[k];
      var mine = me !== null && r.user === me;
      body.appendChild(row(j, mine && j.me ? j.me : r, mine));
    }
    if (rows.length === 0) {
      var tr = document.createElement('tr');
      tr.className = 'empty';
      var e = td('muted', 'No standings yet.');
      e.colSpan = 4;
      tr.appendChild(e);
      body.appendChild(tr);
    }
    table.replaceChild(body, table.tBodies[0]);
    var total = document.getElementById('board-total');
    if (total) {
      total.textContent = j.total + (j.total === 1 ? ' participant' :
        ' participants');
    }
    var rank = document.getElementById('my-rank');
    if (rank && j.me) {
      rank.textContent = String(j.me.rank);
    }
  }

  function poll() {
    var headers = { 'Accept': 'application/json' };
    if (etag) {
      headers['If-None-Match'] = etag;
    }
    var creds = withSession ? 'same-origin' : 'omit';
    fetch(url, { headers: headers, credentials: creds,
      cache: 'no-store' }).then(function (res) {
      if (res.status === 304) {
        return null;
      }
      if (!res.ok) {
        throw new Error('HTTP ' + res.status);
      }
      etag = res.headers.get('ETag');
      return res.json();
    }).then(function (j) {
      if (j) {
        if (me !== null && j.frozen === true) {
          withSession = true;
        }
        render(j);
      }
      delay = 5000;
      window.setTimeout(poll, delay);
    }).catch(function () {
      // A hiccup: back off, keep trying.
      delay = Math.min(delay * 2, 60000);
      window.setTimeout(poll, delay);
    });
  }

  window.setTimeout(poll, delay);
}());
