// contest.js: the contest page's countdown, ticking every second.
//
// The page carries <span id="countdown" data-starts data-ends data-now
// data-phase> (epoch milliseconds from the server; data-now corrects this
// computer's clock).  The server already rendered the text, so without
// JavaScript the page is merely static.  When the phase changes (the
// contest starts or ends) the page reloads: at the start that is what
// shows the problems, which stay hidden until then.
(function () {
  'use strict';

  var el = document.getElementById('countdown');
  if (!el) {
    return;
  }
  var starts = Number(el.dataset.starts);
  var ends = Number(el.dataset.ends);
  var skew = Number(el.dataset.now) - Date.now();
  var phase = el.dataset.phase;

  function two(n) {
    return (n < 10 ? '0' : '') + n;
  }

  function span(ms) {
    var s = Math.max(0, Math.floor(ms / 1000));
    var d = Math.floor(s / 86400);
    var text = two(Math.floor(s / 3600) % 24) + ':' +
      two(Math.floor(s / 60) % 60) + ':' + two(s % 60);
    return d > 0 ? d + ' d ' + text : text;
  }

  function phaseAt(now) {
    if (now < starts) {
      return 'upcoming';
    }
    return now < ends ? 'running' : 'ended';
  }

  function tick() {
    var now = Date.now() + skew;
    var p = phaseAt(now);
    if (p !== phase) {
      // A little after the boundary, so the server agrees.
      el.textContent = p === 'running' ? 'Starting\u2026' : 'The contest is over.';
      window.setTimeout(function () { window.location.reload(); }, 700);
      return;
    }
    if (p === 'upcoming') {
      el.textContent = 'Starts in ' + span(starts - now);
    } else if (p === 'running') {
      el.textContent = 'Ends in ' + span(ends - now);
    } else {
      el.textContent = 'The contest is over.';
      return;
    }
    window.setTimeout(tick, 1000 - (now % 1000) + 10);
  }

  tick();
}());
