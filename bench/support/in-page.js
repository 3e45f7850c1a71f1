/*
 * Page scripts of the feed benchmark (main world, counted by CDP ScriptDuration like
 * any site script). Plain JS on purpose: a compiled function's toString() may call
 * bundler helpers that do not exist in the page.
 */

/** Installed before any page script: records long tasks and long animation frames. */
function __benchJankRecorder() {
  var jank = (window.__jank = { longtasks: [], loafs: [] });
  try {
    new PerformanceObserver(function (list) {
      list.getEntries().forEach(function (e) { jank.longtasks.push({ start: e.startTime, duration: e.duration }); });
    }).observe({ type: 'longtask', buffered: true });
  } catch { /* not supported */ }
  try {
    new PerformanceObserver(function (list) {
      list.getEntries().forEach(function (e) {
        jank.loafs.push({
          start: e.startTime,
          duration: e.duration,
          blocking: e.blockingDuration,
          scripts: e.scripts.map(function (s) {
            return { url: s.sourceURL, fn: s.sourceFunctionName, invoker: s.invoker, type: s.invokerType, start: s.startTime, duration: s.duration };
          }),
        });
      });
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch { /* not supported */ }
}

/**
 * The in-page baselines: find posts as they appear or change (a MutationObserver, as any
 * in-page tool must), then work on each post's text element. mode 'floor' reads the text
 * once with a TreeWalker; 'markjs' runs mark.js with the watchlist terms.
 */
function __benchBaseline(opts) {
  window.__handled = 0;
  window.__marks = 0;
  window.__floorChars = 0;
  window.__workMs = 0; // self-timed work inside the handlers (information only)
  // markRegExp: every term in one case-insensitive alternation (one pass per post instead of one per term).
  var pattern = new RegExp(opts.terms.map(function (t) { return t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'); }).join('|'), 'gi');
  var markOptions = Object.assign({ separateWordSearch: false }, opts.markOptions || {}, { done: function (n) { window.__marks += n; } });
  var work = opts.mode === 'floor'
    ? function (el) {
        var walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        var text = '';
        for (var n = walker.nextNode(); n; n = walker.nextNode()) text += n.data;
        window.__floorChars += text.length;
      }
    : opts.markApi === 'markRegExp'
      ? function (el) { new window.Mark(el).markRegExp(pattern, markOptions); }
      : function (el) { new window.Mark(el).mark(opts.terms, markOptions); };
  function handle(post) {
    var el = post.querySelector(opts.text);
    if (!el) return;
    window.__handled += 1;
    var t0 = performance.now();
    work(el);
    window.__workMs += performance.now() - t0;
  }
  var observer = new MutationObserver(function (records) {
    var posts = new Set();
    for (var i = 0; i < records.length; i++) {
      var r = records[i];
      var target = r.target.nodeType === 1 ? r.target : r.target.parentElement;
      var owner = target && target.closest(opts.post);
      if (owner) posts.add(owner);
      for (var k = 0; k < r.addedNodes.length; k++) {
        var n = r.addedNodes[k];
        if (n.nodeType !== 1) continue;
        if (n.matches(opts.post)) posts.add(n);
        n.querySelectorAll(opts.post).forEach(function (p) { posts.add(p); });
      }
    }
    posts.forEach(function (p) { if (p.isConnected) handle(p); });
    observer.takeRecords(); // our own <mark> insertions are not new posts
  });
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  document.querySelectorAll(opts.post).forEach(handle);
}
