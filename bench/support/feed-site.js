/*
 * The synthetic site's own script (a page script, identical in every variant of
 * the feed benchmark): turns one real post of a fixture page into a 2,000-post
 * feed that behaves like the site's, and scrolls through it.
 *   x:        X's virtualised timeline: ~30 cellInnerDiv cells, absolutely positioned
 *             with translateY; scrolling re-fills the cell that left the top with the
 *             next tweet (same <article> element, new content), like X's recycler.
 *   linkedin: v2 feed: posts appended in pages as the end comes near; posts far above
 *             are occluded (emptied, height kept).
 *   facebook: modern feed: units appended as the end comes near; units far above
 *             become data-virtualized="true" shells.
 * Config: <script type="application/json" id="bench-config">. window.__bench.start()
 * starts the scroll; window.__benchDone (ms) and __benchFrames are set when the last post
 * is at the top of the viewport.
 * DOM APIs only; page text goes through textContent.
 */
(function () {
  'use strict';
  var cfg = JSON.parse(document.getElementById('bench-config').textContent);
  var posts = cfg.posts;
  var N = posts.length;
  var GIF = 'data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw==';
  var TOKEN = /(#[A-Za-z0-9_]+|@[A-Za-z0-9_]+(?:\.[A-Za-z0-9_]+)*|https?:\/\/[^\s]+|\n|\p{Extended_Pictographic}\uFE0F?)/u;

  function h(tag, attrs, text) {
    var el = document.createElement(tag);
    if (attrs) for (var k in attrs) el.setAttribute(k, attrs[k]);
    if (text !== undefined) el.textContent = text;
    return el;
  }
  function pieces(text) {
    return text.split(TOKEN).filter(function (p) { return p !== ''; });
  }

  // ------------------------------------------------------------------ X
  function renderTweetText(box, text) {
    box.replaceChildren();
    var span = null;
    pieces(text).forEach(function (p) {
      if (p[0] === '#' && p.length > 1) {
        var wrap = h('span', { class: 'r-18u37iz' });
        wrap.append(h('a', { dir: 'ltr', href: '/hashtag/' + p.slice(1) + '?src=hashtag_click', role: 'link', class: 'css-1jxf684 r-bcqeeo r-1ttztb7 r-qvutc0 r-poiln3 r-1loqt21', style: 'color: rgb(29, 155, 240);' }, p));
        box.append(wrap);
        span = null;
      } else if (p[0] === '@' && p.length > 1) {
        var div = h('div', { class: 'css-175oi2r r-xoduu5' });
        var inner = h('span', { class: 'r-18u37iz' });
        inner.append(h('a', { dir: 'ltr', href: '/' + p.slice(1), role: 'link', class: 'css-1jxf684 r-bcqeeo r-1ttztb7 r-qvutc0 r-poiln3 r-1loqt21', style: 'color: rgb(29, 155, 240);' }, p));
        div.append(inner);
        box.append(div);
        span = null;
      } else if (/^https?:/.test(p)) {
        box.append(h('a', { dir: 'ltr', href: 'https://t.co/' + p.length.toString(36), rel: 'noopener noreferrer nofollow', target: '_blank', role: 'link', class: 'css-1jxf684 r-bcqeeo r-1ttztb7 r-qvutc0 r-poiln3 r-1loqt21' }, p.replace(/^https?:\/\//, '')));
        span = null;
      } else if (/^\p{Extended_Pictographic}/u.test(p)) {
        box.append(h('img', { alt: p, draggable: 'false', src: GIF, class: 'r-4qtqp9 r-dflpy8 r-k4bwe5 r-1kpi4qh r-pp5qcn r-h9hxbl' }));
        span = null;
      } else {
        if (!span) box.append((span = h('span', { class: 'css-1jxf684 r-bcqeeo r-1ttztb7 r-qvutc0 r-poiln3' })));
        span.append(p);
      }
    });
  }

  // Rewrites one article in place, as X does when it recycles a cell for another tweet.
  function fillTweet(article, t) {
    var avatar = article.querySelector('[data-testid^="UserAvatar-Container-"]');
    if (avatar) avatar.setAttribute('data-testid', 'UserAvatar-Container-' + t.handle);
    var links = article.querySelectorAll('a[href]');
    for (var i = 0; i < links.length; i++) {
      var a = links[i];
      var href = a.getAttribute('href');
      if (/\/status\/\d+\/analytics$/.test(href)) a.setAttribute('href', '/' + t.handle + '/status/' + t.id + '/analytics');
      else if (/\/status\/\d+$/.test(href)) a.setAttribute('href', '/' + t.handle + '/status/' + t.id);
      else if (/^\/[A-Za-z0-9_]+$/.test(href) && !a.closest('[data-testid="tweetText"]')) a.setAttribute('href', '/' + t.handle);
    }
    var userName = article.querySelector('[data-testid="User-Name"]');
    var names = userName.querySelectorAll('a');
    names[0].querySelector('span span').textContent = t.name;
    names[1].querySelector('span').textContent = '@' + t.handle;
    var time = userName.querySelector('time');
    time.setAttribute('datetime', t.time);
    time.textContent = t.rel;
    renderTweetText(article.querySelector('[data-testid="tweetText"]'), t.text);
    article.querySelector('div[role="group"]').setAttribute('aria-label', t.likes + ' likes, ' + t.views + ' views');
    var like = article.querySelector('[data-testid="like"]');
    if (like) like.setAttribute('aria-label', t.likes + ' Likes. Like');
  }

  function xSite() {
    var list = document.querySelector('[data-testid="primaryColumn"] section > h1 + div[aria-label] > div');
    var template = document.getElementById('earshot-fixture-tweet').content.firstElementChild;
    Array.prototype.forEach.call(list.querySelectorAll(':scope > [data-testid="cellInnerDiv"]'), function (c) { c.remove(); });
    var POOL = cfg.pool || 30;
    var top = new Float64Array(N + 1);
    for (var i = 0; i < N; i++) top[i + 1] = top[i] + estimate(posts[i]);
    var cells = []; // cells[k]: the cell showing post `first + k`
    var first = 0;
    var next = 0;
    // X knows each cell's height before it lays it out (measured once, cached): no forced layout here.
    function estimate(t) {
      var lines = 0;
      t.text.split('\n').forEach(function (l) { lines += 1 + Math.floor(l.length / 62); });
      return 112 + 20 * lines;
    }
    function place(cell, i) {
      fillTweet(cell.querySelector('article'), posts[i]);
      cell.style.transform = 'translateY(' + top[i] + 'px)';
      cell.style.height = top[i + 1] - top[i] + 'px';
    }
    for (; next < Math.min(POOL, N); next++) {
      var cell = template.cloneNode(true);
      cell.style.overflow = 'hidden';
      place(cell, next);
      list.append(cell);
      cells.push(cell);
    }
    list.style.minHeight = top[N] + 'px';
    var listTop = list.getBoundingClientRect().top + window.scrollY;
    return {
      /** Scrolls post `i` to the top of the viewport; the recycler re-fills the cells one screen above it. */
      show: function (i) {
        i = Math.min(i, next - 1);
        window.scrollTo(0, listTop + top[i]);
        var above = top[i] - window.innerHeight;
        while (next < N && top[first + 1] < above) {
          var cell = cells.shift();
          place(cell, next);
          cells.push(cell);
          first++;
          next++;
        }
        return i;
      },
    };
  }

  // ------------------------------------------------------------------ LinkedIn (v2)
  function liSite() {
    var feed = document.querySelector('[componentkey="container-update-list_mainFeed-lazy-container"]');
    var wrappers = feed.querySelectorAll(':scope > [data-lazy-mount-id]');
    var template = wrappers[1].cloneNode(true); // a plain post (no comments section), as LinkedIn serves most
    Array.prototype.forEach.call(wrappers, function (w) { w.remove(); });
    var mounted = [];
    var encoder = new TextEncoder();
    function scope(urn, i) {
      var data = Array.from(encoder.encode(JSON.stringify({ updateUrn: urn, trackingId: 'bench' + i })));
      return JSON.stringify([{ topicName: 'FeedUpdateServedEvent', breadcrumb: { content: { type: 'Buffer', data: data } } }]);
    }
    function renderText(box, text) {
      box.replaceChildren();
      pieces(text).forEach(function (p) {
        if (p === '\n') box.append(h('br'));
        else if (p[0] === '#' && p.length > 1) {
          box.append(h('a', { href: 'https://www.linkedin.com/search/results/all/?keywords=%23' + p.slice(1) + '&origin=HASH_TAG_FROM_FEED', class: '_9f31c2ab a8e1d2f0' }, p));
        } else box.append(p);
      });
    }
    function append(i) {
      var t = posts[i];
        var w = template.cloneNode(true);
      w.setAttribute('data-lazy-mount-id', String(i));
      var key = 'Bench' + t.id + 'FeedType_MAIN_FEED_RELEVANCE';
      var item = w.querySelector('[role="listitem"]');
      item.setAttribute('componentkey', 'expanded' + key);
      var card = item.querySelector('[data-view-tracking-scope]');
      card.setAttribute('componentkey', 'update-card-focus' + key);
      card.setAttribute('data-view-tracking-scope', scope('urn:li:activity:' + t.id, i));
      var profile = 'https://www.linkedin.com/in/' + t.handle + '/';
      Array.prototype.forEach.call(item.querySelectorAll('a[href*="/in/"]'), function (a) { a.setAttribute('href', profile); });
      var lockup = item.querySelector('a[data-view-name="feed-actor-image"] + a');
      lockup.querySelector('p span').textContent = t.name;
      lockup.querySelectorAll(':scope > p')[0].textContent = t.headline;
      item.querySelector('[data-view-name="feed-control-menu"]').setAttribute('aria-label', 'Open control menu for post by ' + t.name);
      renderText(item.querySelector('[data-testid="expandable-text-box"]'), t.text);
      var reactions = item.querySelector('[data-view-name="feed-reaction-count"]');
      reactions.setAttribute('aria-label', t.likes + ' reactions');
      reactions.querySelector('span').textContent = String(t.likes);
      feed.append(w);
      mounted.push(w);
    }
    return feedRuntime(mounted, append, function (w, rect) {
      w.style.height = rect.height + 'px';
      w.replaceChildren();
    }, 5);
  }

  // ------------------------------------------------------------------ Facebook (modern)
  function fbSite() {
    var feed = document.querySelector('div[role="feed"]');
    var units = Array.prototype.filter.call(feed.children, function (el) { return el.tagName === 'DIV'; });
    var model = units.find(function (u) { return u.querySelector('[aria-posinset="4"]'); }); // a plain post, no comments
    var template = model.cloneNode(true);
    units.forEach(function (u) { u.remove(); });
    var mounted = [];
    var CFT = '?__cft__[0]=AZXq8T1kWm3nB7rV0cYp5sLd2hGf9jEa4uKoNiQw6zMxRtHyCbUeSgPlOvDjIkAnFmXr&__tn__=-UC%2CP-R';
    function renderText(holder, text) {
      // One div[dir=auto] per paragraph, as Facebook renders a story message.
      holder.replaceChildren();
      text.split(/\n+/).forEach(function (para) {
        var div = h('div', { dir: 'auto', style: 'text-align: start;' });
        pieces(para).forEach(function (p) {
          if (p[0] === '#' && p.length > 1) {
            div.append(h('a', { class: 'x1s928wv xexx8yu xh8yej3 x1mh8g0r x3nfvp2 xi81zsa', href: 'https://www.facebook.com/hashtag/' + p.slice(1).toLowerCase() + '?__eep__=6', role: 'link', tabindex: '0' }, p));
          } else if (/^\p{Extended_Pictographic}/u.test(p)) {
            var span = h('span', { class: 'html-span' });
            span.append(h('img', { alt: p, height: '16', width: '16', src: GIF, referrerpolicy: 'origin-when-cross-origin' }));
            div.append(span);
          } else div.append(p);
        });
        holder.append(div);
      });
    }
    function append(i) {
      var t = posts[i];
        var unit = template.cloneNode(true);
      unit.querySelector('[aria-posinset]').setAttribute('aria-posinset', String(i + 1));
      var profile = 'https://www.facebook.com/' + t.handle;
      Array.prototype.forEach.call(unit.querySelectorAll('a[href]'), function (a) {
        var href = a.getAttribute('href');
        if (href.indexOf('/posts/') >= 0) a.setAttribute('href', profile + '/posts/' + t.id + CFT);
        else if (href.indexOf('facebook.com/') >= 0 && href.indexOf('/hashtag/') < 0) a.setAttribute('href', profile + CFT);
        if (a.hasAttribute('aria-label')) a.setAttribute('aria-label', t.name);
      });
      var name = unit.querySelector('[data-ad-rendering-role="profile_name"] strong > span');
      name.firstChild.data = t.name; // the decoy span after it stays, as Facebook renders it
      var text = unit.querySelector('[data-ad-rendering-role="story_message"] div[dir="auto"][style*="text-align"]');
      renderText(text.parentElement, t.text);
      var count = unit.querySelector('[role="toolbar"] + [role="button"] [aria-hidden="true"] span span');
      if (count) count.textContent = String(t.likes);
      feed.append(unit);
      mounted.push(unit);
    }
    return feedRuntime(mounted, append, function (unit, rect) {
      var box = unit.firstElementChild;
      box.setAttribute('data-virtualized', 'true');
      box.replaceChildren(h('div', { class: 'x1a2a7pz xjbqb8w', style: 'height: ' + Math.round(rect.height) + 'px;' }));
    }, 3);
  }

  // ------------------------------------------------------------------ append-based feeds
  /**
   * Infinite scroll with virtualisation, reads before writes in each frame (so the site
   * forces no layout of its own): scroll to post i, read where the end of the feed and the
   * oldest posts are, then append the next pages when the end is < 4 screens away and
   * empty the posts more than `cfg.keepAbove` screens above the viewport.
   */
  function feedRuntime(mounted, append, virtualize, pageSize) {
    var hidden = 0;
    while (mounted.length < Math.min(N, 3 * pageSize)) append(mounted.length);
    return {
      show: function (i) {
        i = Math.min(i, mounted.length - 1);
        var y = mounted[i].getBoundingClientRect().top + window.scrollY;
        window.scrollTo(0, y);
        var end = mounted[mounted.length - 1].getBoundingClientRect().bottom + window.scrollY;
        var limit = y - cfg.keepAbove * window.innerHeight;
        var gone = [];
        for (var k = hidden; k < i; k++) {
          var rect = mounted[k].getBoundingClientRect();
          if (rect.bottom + window.scrollY >= limit) break;
          gone.push(rect);
        }
        gone.forEach(function (rect) { virtualize(mounted[hidden++], rect); });
        // Also when the scroll has reached the last mounted post: one post taller than four
        // screens (the hostile corpus has 100,000-character posts) would otherwise stop the feed.
        if (end < y + 4 * window.innerHeight || i >= mounted.length - 1) {
          for (var p = 0; p < 2 * pageSize && mounted.length < N; p++) append(mounted.length);
        }
        return i;
      },
    };
  }

  var site = cfg.site === 'x' ? xSite() : cfg.site === 'linkedin' ? liSite() : fbSite();

  // ------------------------------------------------------------------ the scroll
  // Frame-locked: every frame moves `cfg.perFrame` posts further (fractions accumulate), so each
  // variant of the page does the same site work in the same number of frames; a variant that
  // makes frames slower just scrolls longer. Post i is put at the top of the viewport.
  window.__bench = {
    start: function () {
      var t0 = performance.now();
      var frames = 0;
      var pos = 0;
      var cur = 0;
      function frame() {
        frames++;
        pos = Math.min(N - 1, pos + cfg.perFrame);
        if (Math.floor(pos) > cur) cur = site.show(Math.floor(pos));
        if (cur >= N - 1) {
          window.__benchFrames = frames;
          window.__benchDone = performance.now() - t0;
          return;
        }
        requestAnimationFrame(frame);
      }
      requestAnimationFrame(frame);
    },
  };
})();
