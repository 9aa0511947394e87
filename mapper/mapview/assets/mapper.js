/* mapper's map: draws one map from its JSON document (mapper/mapview/data.py describes the layout).

   How it stays fast at 300,000 events: the document is columns of numbers and strings, decoded once
   into typed arrays; a filter change (type layers, actor, country, dates, play) recomputes which
   sites show, in which colour and size, in one pass over the events; the sites shown are clustered
   per zoom on a grid of CLUSTER_PX cells (computed when a zoom is first shown, kept until the filters
   change), and the clusters and sites inside the view (plus a margin) are drawn on one canvas, which
   moves with the map: no marker is a DOM element, and a pan draws again only past the margin. Each
   kind of marker is painted once into a small image and copied from it. A "Places in view" list of
   buttons is the keyboard's way to the markers (Tab reaches it; Enter opens a popup or zooms in).
   Everything runs synchronously in mapperInit, so a pan or zoom during loading waits until the map
   is consistent.

   Untrusted text (excerpts, titles, names, actors, dates) only ever reaches the page through
   textContent, title attributes and createElement here; links only for http(s) URLs or relative
   paths. The only HTML strings given to Leaflet (layer names, attribution) are escaped in Python.

   The page tells a test or a screenshot where it is: data-mapper-ready on the map container is the
   time (ms since navigation) when the markers were first drawn; data-mapper-loads counts draws
   after a filter change; data-mapper-basemap is "tiles", "offline" or "pending"; data-mapper-error
   holds the message if the map failed to draw. */
(function () {
  "use strict";
  if (window.mapperInit) { return; }

  var DAY_MS = 86400000;
  var CLUSTER_PX = 56;         // grid cell of the clustering, in screen pixels
  var CLUSTER_MAX_ZOOM = 15;   // from this zoom on every site is drawn on its own
  var POPUP_EVENTS = 3;        // the popup stays short; the side panel lists the rest
  var TILE_FAILURES = 3;       // tile errors before any tile loaded: fall back to the offline basemap
  var TILE_TIMEOUT_MS = 8000;  // or no tile at all by then
  var PLAY_STEP_MS = 900;
  // Places that are areas: an approximate event there is somewhere in the area, not near its point
  // (2: a province or larger, whose ring is the wide one of geo_precision 3 whatever the event's 2 or 3).
  var AREA_KINDS = { admin2: 1, admin1: 2, country: 2, region: 2, water: 2, continent: 2 };

  function dayText(day) { return new Date(day * DAY_MS).toISOString().slice(0, 10); }
  function fold(text) {  // case- and accent-insensitive search key
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }
  function dotSize(fatalities) { return 14 + Math.round(4 * Math.log2(1 + fatalities)); }
  function plural(n, word) { return n + " " + word + (n === 1 ? "" : "s"); }
  function element(tag, className, parent, text) {
    var el = document.createElement(tag);
    if (className) { el.className = className; }
    if (text !== undefined) { el.textContent = text; }
    if (parent) { parent.appendChild(el); }
    return el;
  }
  function asHtml(text) {  // text for the one place Leaflet takes HTML from us (a layer's name)
    var span = document.createElement("span");
    span.textContent = text;
    return span.innerHTML;
  }
  function safeHref(href) {  // http(s), or a relative path (Python escaped its ':')
    return /^https?:\/\//i.test(href) || !/^[a-z][a-z0-9+.-]*:/i.test(href) ? href : null;
  }
  function projectX(lon) { return (lon + 180) / 360; }
  // Integer columns come packed as base-64 digits (data.py, pack_ints): zigzagged values in 5-bit
  // groups, least significant first, a digit of 32 or more meaning "more groups follow".
  var DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  var DIGIT_VALUE = new Int8Array(128).fill(-1);
  for (var di = 0; di < DIGITS.length; di++) { DIGIT_VALUE[DIGITS.charCodeAt(di)] = di; }

  // Into a typed array, counted first (a plain array grown by push holds up to twice its size):
  // Int32Array, or Float64Array (exact up to 2^53) when a value does not fit in 32 bits.
  function unpackInts(text) {
    var n = 0, i;
    for (i = 0; i < text.length; i++) { if (!(DIGIT_VALUE[text.charCodeAt(i)] & 32)) { n++; } }
    var out = new Float64Array(n), z = 0, unit = 1;  // arithmetic, not "<<": 32-bit ints would overflow past 6 digits
    for (i = 0, n = 0; i < text.length; i++) {
      var d = DIGIT_VALUE[text.charCodeAt(i)];
      z += (d & 31) * unit;
      if (d & 32) { unit *= 32; } else {
        out[n++] = z % 2 ? -(z + 1) / 2 : z / 2;
        z = 0;
        unit = 1;
      }
    }
    for (i = 0; i < n; i++) { if (out[i] !== (out[i] | 0)) { return out; } }
    return new Int32Array(out);  // half the memory, when every value is a 32-bit integer (nearly always)
  }

  // The excerpts' marked spans (data.py, _pack_marks) as two flat columns, not an array per excerpt
  // (100,000 small arrays took 16 MB): excerpt x's spans are at[x] .. at[x + 1] of spans, as
  // [start, end, start, end, ...].
  function unpackMarks(text) {
    var flat = unpackInts(text), i = 0, x = 0, total = 0;
    for (i = 0; i < flat.length; i += 1 + 2 * flat[i]) { x++; total += 2 * flat[i]; }
    var at = new Int32Array(x + 1), spans = new Float64Array(total), k = 0;
    for (i = 0, x = 0; i < flat.length; x++) {
      var n = flat[i++], end = 0;
      at[x] = k;
      for (var j = 0; j < n; j++, i += 2) {
        var start = end + flat[i];
        end = start + flat[i + 1];
        spans[k++] = start;
        spans[k++] = end;
      }
    }
    at[x] = k;
    return { at: at, spans: spans };
  }

  function projectY(lat) {
    var s = Math.sin(Math.max(-85.0511, Math.min(85.0511, lat)) * Math.PI / 180);
    return 0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI);
  }

  window.mapperInit = function (map, dataId) {
    var root = map.getContainer();
    root.classList.add("mapper-root");
    try {
      init(map, JSON.parse(document.getElementById(dataId).textContent), root);
    } catch (e) {
      root.setAttribute("data-mapper-error", String((e && e.message) || e));
      throw e;
    }
  };

  function basemapData() {  // shared by every map of the page: the assets file's, or the page's own
    if (window.mapperAssets && window.mapperAssets.basemap) { return window.mapperAssets.basemap; }
    if (window.mapperBasemapData) { return window.mapperBasemapData; }
    var el = document.getElementById("mapper-basemap-data");
    return el ? JSON.parse(el.textContent) : null;
  }

  function init(map, D, root) {
    var L = window.L;  // this page's Leaflet, kept even if a later fragment loads another
    root.classList.add("mapper-root");
    if (map.options.maxZoom === undefined) { map.setMaxZoom(18); }
    if (map.options.minZoom === undefined) { map.setMinZoom(1); }

    // ---- decode the columns ---------------------------------------------------------------------
    var S = D.site, E = D.ev, X = D.ex, A = D.art, str = D.str, levels = D.levels, subs = D.subs;
    ["lat", "lon", "meta", "ne", "nx"].forEach(function (c) { S[c] = unpackInts(S[c]); });
    ["sub", "day", "prec", "dead", "act"].forEach(function (c) { E[c] = unpackInts(E[c]); });
    X.art = unpackInts(X.art);
    X.mark = unpackMarks(X.mark);
    A.date = unpackInts(A.date);
    A.pre = unpackInts(A.pre);
    var nSites = S.lat.length, nEvents = E.sub.length, nEx = X.text.length;
    var lat = new Float64Array(nSites), lon = new Float64Array(nSites);
    var px = new Float64Array(nSites), py = new Float64Array(nSites);
    var evStart = new Int32Array(nSites + 1), exStart = new Int32Array(nSites + 1);
    var evSite = new Int32Array(nEvents), evLevel = new Int8Array(nEvents);
    var evDay = new Float64Array(nEvents);  // NaN when undated
    var exArt = new Int32Array(nEx);
    var siteArea = new Int8Array(nSites);
    var siteCountry = new Int32Array(nSites), evA1 = new Int32Array(nEvents), evA2 = new Int32Array(nEvents);
    var i, k;
    for (i = 0; i < nSites; i++) {
      lat[i] = S.lat[i] / 1e4;
      lon[i] = S.lon[i] / 1e4;
      px[i] = projectX(lon[i]);
      py[i] = projectY(lat[i]);
      evStart[i + 1] = evStart[i] + S.ne[i];
      exStart[i + 1] = exStart[i] + S.nx[i];
      siteCountry[i] = D.metas[S.meta[i]][0];
      siteArea[i] = AREA_KINDS[str[D.metas[S.meta[i]][1]]] || 0;
      for (k = evStart[i]; k < evStart[i + 1]; k++) { evSite[k] = i; }
    }
    var minDay = Infinity, maxDay = -Infinity, undated = 0;
    for (k = 0; k < nEvents; k++) {
      evLevel[k] = subs[E.sub[k]][2];
      evA1[k] = D.actors[E.act[k]][0];
      evA2[k] = D.actors[E.act[k]][1];
      var d = E.day[k];
      if (d < 0) { evDay[k] = NaN; undated += 1; } else {  // -1: undated
        evDay[k] = D.day0 + d;
        if (evDay[k] < minDay) { minDay = evDay[k]; }
        if (evDay[k] > maxDay) { maxDay = evDay[k]; }
      }
    }
    for (k = 0, i = 0; k < nEx; k++) { i += X.art[k]; exArt[k] = i; }
    var MENTION = -1;
    levels.forEach(function (lv, n) { if (lv.name === "mention") { MENTION = n; } });
    // A map of several datasets (event files): each site belongs to one, each dataset is a layer.
    var sets = D.sets || null, siteSet = sets ? S.set : null;

    var state = { on: levels.map(function (lv) { return lv.show; }), from: minDay, to: maxDay,
                  actor: 0, country: 0, sets: sets ? sets.map(function () { return true; }) : null };

    // ---- which sites show under the filters -------------------------------------------------------
    var siteLevel = new Int8Array(nSites), siteDead = new Int32Array(nSites);
    var siteShown = new Int32Array(nSites), siteApprox = new Int8Array(nSites);
    var visible = new Int32Array(nSites), nVisible = 0, shownEvents = 0;
    var heat = D.heatmap && L.heatLayer ? L.heatLayer([], { radius: 22, blur: 18, maxZoom: 9 }) : null;

    function passes(e) {
      var day = evDay[e];
      return state.on[evLevel[e]] && !(day === day && (day < state.from || day > state.to)) &&  // NaN: undated
        (!state.actor || evA1[e] === state.actor || evA2[e] === state.actor) &&
        (!state.country || siteCountry[evSite[e]] === state.country) &&
        (!siteSet || state.sets[siteSet[evSite[e]]]);
    }

    function geoPrecision(e, s) {  // as drawn: a village in a province (2) is as vague on the map as the province (3)
      var gp = Math.floor(E.prec[e] / 10);
      return gp === 2 && siteArea[s] === 2 ? 3 : gp;
    }

    function filterSites() {
      siteLevel.fill(-1);
      siteDead.fill(0);
      siteShown.fill(0);
      siteApprox.fill(9);
      shownEvents = 0;
      for (var e = 0; e < nEvents; e++) {
        if (!passes(e)) { continue; }
        var s = evSite[e];
        shownEvents += 1;
        siteShown[s] += 1;
        if (E.dead[e] > 0) { siteDead[s] += E.dead[e]; }
        if (siteLevel[s] < 0 || evLevel[e] < siteLevel[s]) { siteLevel[s] = evLevel[e]; }
        var gp = geoPrecision(e, s);
        if (gp < siteApprox[s]) { siteApprox[s] = gp; }  // exact if any shown event is exact
      }
      nVisible = 0;
      for (var j = 0; j < nSites; j++) {
        if (siteLevel[j] < 0 && S.ne[j] === 0 && MENTION >= 0 && state.on[MENTION] && !state.actor &&
            (!state.country || siteCountry[j] === state.country) && (!siteSet || state.sets[siteSet[j]])) {
          siteLevel[j] = MENTION;
        }
        if (siteLevel[j] >= 0) { visible[nVisible++] = j; }
      }
      if (heat && map.hasLayer(heat)) { heat.setLatLngs(heatPoints()); }
    }

    function heatPoints() {
      var points = [];
      for (var e = 0; e < nEvents; e++) {
        if (passes(e)) {
          var s = evSite[e];
          points.push([lat[s], lon[s], Math.min(1, 0.3 + 0.1 * Math.log2(1 + Math.max(0, E.dead[e])))]);
        }
      }
      return points;
    }

    // ---- clustering: a grid per zoom --------------------------------------------------------------
    // Clusters of one zoom, as columns: first site, number of sites, events shown, most severe level,
    // sums of projected x and y (for the centroid) and the bounding box of their sites.
    var cache = {}, cacheOrder = [];

    // Grid cell -> cluster, an open-addressing hash table over typed arrays (a Map keyed by large
    // numbers is several times slower at 100,000 cells).
    function CellTable(size) {
      var cap = 16;
      while (cap < size * 2) { cap *= 2; }
      this.mask = cap - 1;
      this.kx = new Int32Array(cap);
      this.ky = new Int32Array(cap);
      this.val = new Int32Array(cap).fill(-1);
    }
    CellTable.prototype.slot = function (cx, cy) {
      var h = (Math.imul(cx, 73856093) ^ Math.imul(cy, 19349663)) & this.mask;
      while (this.val[h] >= 0 && (this.kx[h] !== cx || this.ky[h] !== cy)) { h = (h + 1) & this.mask; }
      return h;
    };
    CellTable.prototype.get = function (cx, cy) { return this.val[this.slot(cx, cy)]; };

    function clustersAt(z) {
      if (cache[z]) { return cache[z]; }
      var scale = 256 * Math.pow(2, z), n = nVisible, single = !D.cluster || z >= CLUSTER_MAX_ZOOM;
      var c = { n: 0, site: new Int32Array(n), count: new Int32Array(n), events: new Int32Array(n),
                best: new Int8Array(n), sx: new Float64Array(n), sy: new Float64Array(n),
                x0: new Float64Array(n), y0: new Float64Array(n), x1: new Float64Array(n),
                y1: new Float64Array(n), scale: scale };
      var cells = single ? null : new CellTable(n);
      for (var v = 0; v < n; v++) {
        var s = visible[v], x = px[s] * scale, y = py[s] * scale, at = -1;
        if (cells) {
          var h = cells.slot(Math.floor(x / CLUSTER_PX), Math.floor(y / CLUSTER_PX));
          at = cells.val[h];
          if (at < 0) {
            cells.val[h] = c.n;
            cells.kx[h] = Math.floor(x / CLUSTER_PX);
            cells.ky[h] = Math.floor(y / CLUSTER_PX);
          }
        }
        if (at < 0) {
          at = c.n++;
          c.site[at] = s; c.best[at] = siteLevel[s];
          c.x0[at] = c.x1[at] = x; c.y0[at] = c.y1[at] = y;
        } else {
          if (siteLevel[s] < c.best[at]) { c.best[at] = siteLevel[s]; }
          if (x < c.x0[at]) { c.x0[at] = x; } else if (x > c.x1[at]) { c.x1[at] = x; }
          if (y < c.y0[at]) { c.y0[at] = y; } else if (y > c.y1[at]) { c.y1[at] = y; }
        }
        c.count[at] += 1;
        c.events[at] += siteShown[s];
        c.sx[at] += x;
        c.sy[at] += y;
      }
      if (cells) { mergeNeighbours(c, cells); }
      if (c.n < n) {  // the columns cut to the clusters made (kept for six zooms: far fewer than sites at most)
        ["site", "count", "events", "best", "sx", "sy", "x0", "y0", "x1", "y1"].forEach(function (col) {
          c[col] = c[col].slice(0, c.n);
        });
      }
      cache[z] = c;
      cacheOrder.push(z);
      if (cacheOrder.length > 6) { delete cache[cacheOrder.shift()]; }
      return c;
    }

    // Two clusters either side of a cell border can sit a few pixels apart: join those closer than
    // half a cell (one pass; a joined cluster gets count 0).
    function mergeNeighbours(c, cells) {
      var limit = (CLUSTER_PX / 2) * (CLUSTER_PX / 2);
      for (var a = 0; a < c.n; a++) {
        if (!c.count[a]) { continue; }
        var ax = c.sx[a] / c.count[a], ay = c.sy[a] / c.count[a];
        var cx = Math.floor(ax / CLUSTER_PX), cy = Math.floor(ay / CLUSTER_PX);
        for (var dx = -1; dx <= 1; dx++) {
          for (var dy = -1; dy <= 1; dy++) {
            var b = cells.get(cx + dx, cy + dy);
            if (b < 0 || b === a || !c.count[b]) { continue; }
            var bx = c.sx[b] / c.count[b] - ax, by = c.sy[b] / c.count[b] - ay;
            if (bx * bx + by * by > limit) { continue; }
            c.count[a] += c.count[b]; c.events[a] += c.events[b]; c.sx[a] += c.sx[b]; c.sy[a] += c.sy[b];
            if (c.best[b] < c.best[a]) { c.best[a] = c.best[b]; }
            c.x0[a] = Math.min(c.x0[a], c.x0[b]); c.y0[a] = Math.min(c.y0[a], c.y0[b]);
            c.x1[a] = Math.max(c.x1[a], c.x1[b]); c.y1[a] = Math.max(c.y1[a], c.y1[b]);
            c.count[b] = 0;
            c.events[b] = 0;
          }
        }
      }
    }

    // ---- markers: drawn on one canvas -------------------------------------------------------------
    // The clusters and sites of the view and a margin around it are drawn on one canvas that moves
    // with the map, as the offline basemap is: a pan inside the margin draws nothing, and a pan past it
    // or a zoom draws the canvas again (a few milliseconds for thousands of markers, where as many DOM
    // elements took hundreds). Clicks and the pointer are matched to the drawn markers by position.
    var drawn = [];  // the markers on the canvas, in drawing order (the last on top)
    var loads = 0;

    function siteItem(s, x, y, copy) {
      var lv = siteLevel[s], size = lv === MENTION ? 8 : dotSize(siteDead[s]);
      var approx = lv === MENTION ? 1 : siteApprox[s], ring = approx > 2 ? 18 : approx > 1 ? 12 : 0;
      return { x: x, y: y, site: s, copy: copy, size: size, box: size + ring, ring: ring ? approx : 0,
               level: lv, set: siteSet ? siteSet[s] : 0 };
    }

    function clusterItem(c, a, z, x, y, copy) {
      var n = c.events[a], d = n < 10 ? 30 : n < 100 ? 36 : n < 1000 ? 42 : 48;
      return { x: x, y: y, site: -1, copy: copy, size: d, box: d, ring: 0, level: c.best[a], set: 0,
               events: n, places: c.count[a], text: n < 10000 ? String(n) : Math.round(n / 1000) + "k",
               bounds: [c.x0[a], c.y0[a], c.x1[a], c.y1[a], z] };
    }

    function shapePath(ctx, set, x, y, r) {  // the dot of a dataset: disc, square, diamond, rounded square
      ctx.beginPath();
      if (set % 4 === 0) {
        ctx.arc(x, y, r, 0, 2 * Math.PI);
      } else if (set % 4 === 2) {
        var q = r * 1.2;
        ctx.moveTo(x, y - q); ctx.lineTo(x + q, y); ctx.lineTo(x, y + q); ctx.lineTo(x - q, y); ctx.closePath();
      } else if (set % 4 === 3 && ctx.roundRect) {
        ctx.roundRect(x - r, y - r, 2 * r, 2 * r, r * 0.6);
      } else {
        ctx.rect(x - r, y - r, 2 * r, 2 * r);
      }
    }

    function paint(ctx, it, x, y) {  // a marker at (x, y) of ctx's pixels
      var r = it.size / 2;
      if (it.ring) {  // approximate place: a dashed ring (dotted for geo_precision 3)
        ctx.beginPath();
        ctx.arc(x, y, it.box / 2 - 2, 0, 2 * Math.PI);
        ctx.fillStyle = "rgba(255,255,255,0.25)";
        ctx.fill();
        ctx.setLineDash(it.ring > 2 ? [2, 3] : [5, 3]);
        ctx.lineWidth = 2;
        ctx.strokeStyle = "rgba(40,40,40,0.75)";
        ctx.stroke();
        ctx.setLineDash([]);
      }
      var set = it.set;
      shapePath(ctx, set, x, y, r + 1);  // a soft edge, in place of the DOM markers' shadow
      ctx.fillStyle = "rgba(0,0,0,0.35)";
      ctx.fill();
      shapePath(ctx, set, x, y, r);
      ctx.fillStyle = it.site >= 0 ? "#fff" : "rgba(255,255,255,0.85)";
      ctx.fill();
      shapePath(ctx, set, x, y, r - (it.site >= 0 ? 2 : 3));
      ctx.fillStyle = levels[it.level].colour;
      ctx.fill();
      if (it.text) {
        ctx.font = "bold 12px sans-serif";
        ctx.textAlign = "center";
        ctx.textBaseline = "middle";
        ctx.lineJoin = "round";
        ctx.lineWidth = 3;
        ctx.strokeStyle = "rgba(0,0,0,0.55)";
        ctx.strokeText(it.text, x, y);
        ctx.fillStyle = "#fff";
        ctx.fillText(it.text, x, y);
      }
    }

    // Each kind of marker (level, size, ring, dataset shape, cluster count) is painted once into a
    // small canvas and copied from it: the browser rasterises a copy far faster than the paths, rings
    // and outlined text of hundreds of markers, which made most of a far pan's time.
    var sprites = new Map(), SPRITE_MAX = 3000;
    function sprite(it, ratio) {
      var key = it.level + "/" + it.size + "/" + it.box + "/" + it.ring + "/" + it.set + "/" +
                (it.site >= 0 ? "" : it.text) + "/" + ratio;
      var sp = sprites.get(key);
      if (sp) { return sp; }
      var half = Math.ceil(it.box / 2) + 3, side = Math.ceil(2 * half * ratio), canvas = document.createElement("canvas");
      canvas.width = canvas.height = side;
      var ctx = canvas.getContext("2d");
      ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
      paint(ctx, it, half, half);
      if (sprites.size >= SPRITE_MAX) { sprites.clear(); }  // cluster counts vary: bounded, rarely hit
      sp = { canvas: canvas, at: half * ratio };
      sprites.set(key, sp);
      return sp;
    }

    // The markers whose centre falls on the canvas (origin ox, oy in the map's pixels, w x h CSS
    // pixels, with room for a marker's size), drawn south over north as Leaflet stacks markers.
    function drawMarkers(ctx, ox, oy, w, h, ratio) {
      var zoom = map.getZoom(), z = Math.round(zoom), c = clustersAt(z);
      var k = 256 * Math.pow(2, zoom) / c.scale, world = 256 * Math.pow(2, zoom), edge = 40;
      drawn = [];
      for (var a = 0; a < c.n; a++) {
        if (!c.count[a]) { continue; }
        var y = c.sy[a] / c.count[a] * k - oy;
        if (y < -edge || y > h + edge) { continue; }
        y = Math.round(y);  // whole pixels: a marker's copy sits exactly where its paths would be
        var x = Math.round(c.sx[a] / c.count[a] * k - ox);
        // The canvas may show several copies of the world (a low zoom, or a view across the antimeridian).
        for (var copy = Math.ceil((-edge - x) / world); x + copy * world <= w + edge; copy++) {
          drawn.push(c.count[a] === 1 ? siteItem(c.site[a], x + copy * world, y, copy)
                                      : clusterItem(c, a, z, x + copy * world, y, copy));
        }
      }
      drawn.sort(function (p, q) { return p.y - q.y; });
      for (var i = 0; i < drawn.length; i++) {
        var it = drawn[i], sp = sprite(it, ratio);
        ctx.drawImage(sp.canvas, Math.round(it.x * ratio - sp.at), Math.round(it.y * ratio - sp.at));
      }
    }

    // The markers over a canvas of the offline basemap (origin ox, oy in the pixels of zoom's world,
    // w x h CSS pixels) as flat [x, y, r, ...], the discs its labels keep clear of: the clusters and
    // sites drawMarkers would draw there, at the zoom's clustering.
    function markerDiscs(ox, oy, w, h, zoom) {
      var out = [];
      if (!loads || !map.hasLayer(markerLayer)) { return out; }
      var c = clustersAt(Math.round(zoom)), world = 256 * Math.pow(2, zoom), k = world / c.scale;
      for (var a = 0; a < c.n; a++) {
        if (!c.count[a]) { continue; }
        var y = c.sy[a] / c.count[a] * k - oy;
        if (y < -30 || y > h + 30) { continue; }
        var x = c.sx[a] / c.count[a] * k - ox;
        x -= Math.round((x - w / 2) / world) * world;  // the copy of the world in view
        if (x < -30 || x > w + 30) { continue; }
        var it = c.count[a] === 1 ? siteItem(c.site[a], x, y, 0) : clusterItem(c, a, 0, x, y, 0);
        out.push(x, y, it.box / 2 + 1);
      }
      return out;
    }

    // The canvas, its margin and its moves are the offline basemap's (assets/basemap.js, loaded first).
    var MarkerLayer = window.mapperBasemap.canvasLayer(L).extend({
      // A margin of a third of the view on each side: a smaller canvas than the basemap's (half), as
      // a pan past it draws it again and its size is most of that cost, yet short pans stay inside it.
      options: { pane: "mapperMarkers", zIndex: 600, padding: 0.35, maxPixels: 8e6 },  // 600: Leaflet's marker pane

      onAdd: function (m) {
        this._addCanvas(m, "mapper-markers");
        this.frames = 0;
        m.on("moveend zoomend resize viewreset", this._update, this);
        if (m.options.zoomAnimation) { m.on("zoomanim", this._animate, this); }
      },

      onRemove: function (m) {
        m.off("moveend zoomend resize viewreset", this._update, this);
        m.off("zoomanim", this._animate, this);
        L.DomUtil.remove(this._canvas);
        this._canvas = this._extent = null;
        drawn = [];
      },

      _update: function () { if (loads && !this._covered()) { this.draw(); } },

      draw: function () {
        var canvas = this._canvas;
        if (!this._map || !canvas) { return; }
        var e = this._place(), ctx = canvas.getContext("2d");
        ctx.setTransform(1, 0, 0, 1, 0, 0);
        ctx.clearRect(0, 0, canvas.width, canvas.height);
        drawMarkers(ctx, e.min.x, e.min.y, e.w, e.h, e.ratio);
        this.frames++;
      },

      // A container point in the canvas's CSS pixels.
      toCanvas: function (point) {
        return this._extent ? this._map.containerPointToLayerPoint(point).subtract(this._extent.layer) : null;
      },

      // The drawn markers inside the map's container now, at container pixels, topmost last.
      inView: function () {
        var m = this._map;
        if (!m || !this._extent) { return []; }
        var size = m.getSize(), at = m.layerPointToContainerPoint(this._extent.layer);
        return drawn.map(function (it) { return [it, it.x + at.x, it.y + at.y]; }).filter(function (p) {
          return p[1] >= 0 && p[2] >= 0 && p[1] <= size.x && p[2] <= size.y;
        });
      }
    });
    var markerLayer = new MarkerLayer();

    function tooltip(s) {
      if (!S.ne[s]) {
        var m = S.nm[String(s)] || 0;
        return S.name[s] + " \u2014 " + plural(m, "mention");
      }
      var names = [];
      for (var e = evStart[s]; e < evStart[s + 1]; e++) {
        var sub = subs[E.sub[e]][0];
        if (names.indexOf(sub) < 0) { names.push(sub); }
      }
      return S.name[s] + " \u2014 " + names.join(", ");
    }

    function itemTitle(it) {
      return it.site >= 0 ? tooltip(it.site)
        : plural(it.events, "event") + " at " + plural(it.places, "place") + ": click to zoom in";
    }

    function hitAt(containerPoint) {  // the topmost marker under a point of the map, or null
      var p = markerLayer.toCanvas(containerPoint);
      if (!p) { return null; }
      for (var i = drawn.length - 1; i >= 0; i--) {
        var it = drawn[i], r = it.box / 2 + 1, dx = it.x - p.x, dy = it.y - p.y;
        if (dx * dx + dy * dy <= r * r) { return it; }
      }
      return null;
    }

    function draw() { markerLayer.draw(); }

    function markDrawn() {
      loads += 1;
      if (loads === 1) { root.setAttribute("data-mapper-ready", String(Math.round(performance.now()))); }
      root.setAttribute("data-mapper-loads", String(loads));
    }

    function refresh() {
      filterSites();
      cache = {};
      cacheOrder = [];
      draw();
      if (basemapLayer) { basemapLayer.relabel(); }  // its labels keep clear of the markers now shown
      updateCounter();
      updateKeys();
      markDrawn();
    }

    // The pointer over a marker: its description as the map's tooltip, and a hand.
    var hovered = null;
    map.on("mousemove", function (e) {
      var it = hitAt(e.containerPoint);
      if (it === hovered) { return; }
      hovered = it;
      if (it) { root.title = itemTitle(it); } else { root.removeAttribute("title"); }
      root.classList.toggle("mapper-pointer", !!it);
    });
    map.on("mouseout movestart zoomstart", function () {
      hovered = null;
      root.removeAttribute("title");
      root.classList.remove("mapper-pointer");
    });
    map.on("click", function (e) {
      var it = hitAt(e.containerPoint);
      if (!it) { return; }
      if (it.site >= 0) { openPopup(it.site, it); } else { zoomInto(it); }
    });

    function zoomInto(cluster) {  // the view that spreads a cluster's places
      var b = cluster.bounds, z = b[4], shift = L.point(cluster.copy * 256 * Math.pow(2, z), 0);
      var bounds = L.latLngBounds(map.unproject(L.point(b[0], b[1]).add(shift), z),
                                  map.unproject(L.point(b[2], b[3]).add(shift), z));
      var target = Math.min(Math.max(map.getBoundsZoom(bounds, false, L.point(40, 40)), z + 1), map.getMaxZoom());
      map.setView(bounds.getCenter(), target);
    }

    // ---- popup and side panel ---------------------------------------------------------------------
    function precisionText(e, s) {  // an area's point is not "near" the event: the event is in the area
      var gp = Math.floor(E.prec[e] / 10);
      return gp === 2 && !siteArea[s] ? "near " + S.name[s] : gp >= 2 ? "somewhere in " + S.name[s] : null;
    }

    function eventBox(parent, e) {
      var sub = subs[E.sub[e]], box = element("div", "mapper-event", parent);
      element("b", "", box, sub[0]);
      if (sub[0] !== sub[1]) {
        box.appendChild(document.createTextNode(" "));
        element("span", "mapper-type", box, "(" + sub[1] + ")");
      }
      var facts = [], tp = E.prec[e] % 10, date = E.date[String(e)];
      if (date === undefined && E.day[e] >= 0) { date = dayText(evDay[e]); }
      if (date) { facts.push(date + (tp === 2 ? " (week)" : tp === 3 ? " (month)" : "")); }
      var where = precisionText(e, evSite[e]);
      if (where) { facts.push(where); }
      var actors = [evA1[e], evA2[e]].filter(Boolean).map(function (a) { return str[a]; });
      if (actors.length) { facts.push(actors.join(" vs ")); }
      if (E.dead[e] >= 0) { facts.push(E.dead[e] + " killed"); }
      if (E.hurt[String(e)] !== undefined) { facts.push(E.hurt[String(e)] + " injured"); }
      if (E.src[String(e)] > 1) { facts.push(E.src[String(e)] + " sources"); }
      element("div", "mapper-facts", box, facts.join(" \u00b7 "));
      return box;
    }

    function placeHead(parent, s) {
      element("b", "", element("div", "mapper-place", parent), S.name[s]);
      var meta = D.metas[S.meta[s]].map(function (ref) { return str[ref]; }).filter(Boolean);
      if (meta.length) { element("div", "mapper-meta", parent, meta.join(" \u00b7 ")); }
    }

    function excerptInto(parent, x) {  // the text, with the place's name in <mark>
      var text = X.text[x], marks = X.mark.spans, pos = 0;
      for (var j = X.mark.at[x]; j + 1 < X.mark.at[x + 1]; j += 2) {
        if (marks[j] < pos || marks[j + 1] > text.length) { continue; }
        parent.appendChild(document.createTextNode(text.slice(pos, marks[j])));
        element("mark", "", parent, text.slice(marks[j], marks[j + 1]));
        pos = marks[j + 1];
      }
      parent.appendChild(document.createTextNode(text.slice(pos)));
      return parent;
    }

    function articleHead(parent, a) {
      var title = A.title[a], href = A.pre[a] >= 0 ? safeHref(D.prefixes[A.pre[a]] + A.href[a]) : null;
      if (href) {
        var link = element("a", "", parent, title);
        link.href = href;
        link.target = "_blank";
        link.rel = "noopener noreferrer";
      } else {
        element("b", "", parent, title);
      }
      if (A.date[a]) {
        parent.appendChild(document.createTextNode(" "));
        element("span", "mapper-date", parent, str[A.date[a]]);
      }
    }

    function siteArticles(s) {
      var arts = [];
      for (var x = exStart[s]; x < exStart[s + 1]; x++) {
        if (arts.indexOf(exArt[x]) < 0) { arts.push(exArt[x]); }
      }
      return arts;
    }

    function popupContent(s) {
      var box = element("div", "mapper-popup"), ne = S.ne[s], nx = S.nx[s];
      placeHead(box, s);
      for (var e = evStart[s]; e < Math.min(evStart[s + 1], evStart[s] + POPUP_EVENTS); e++) { eventBox(box, e); }
      if (ne > POPUP_EVENTS) {
        element("div", "mapper-more-events", box, "+" + plural(ne - POPUP_EVENTS, "more event"));
      }
      // The excerpt that explains the first event (sparse: absent means the site's first excerpt).
      var first = ne ? E.lead[String(evStart[s])] : undefined;
      var lead = nx ? exStart[s] + (first > 0 ? first : 0) : -1;
      if (lead >= 0) {
        excerptInto(element("blockquote", "mapper-excerpt", box), lead);
        articleHead(element("div", "mapper-source", box), exArt[lead]);
      }
      if (ne > POPUP_EVENTS || nx > 1) {
        var row = element("div", "mapper-more-row", box), more = siteArticles(s).length - 1;
        if (more > 0) { row.appendChild(document.createTextNode(plural(more, "more source") + " \u00b7 ")); }
        var button = element("button", "mapper-more", row, "All " + plural(nx, "excerpt") + " \u203a");
        button.type = "button";
        button.addEventListener("click", function () { openPanel(s); });
      }
      return box;
    }

    var popup = L.popup({ maxWidth: 360, minWidth: 220, autoPanPadding: [30, 30] });
    // The popup of site s, over its marker (the one clicked, else the one drawn in view, if any).
    function openPopup(s, item) {
      if (!item) {  // in view, the world's first copy if it is there
        markerLayer.inView().forEach(function (p) {
          if (p[0].site === s && (!item || (item.copy && !p[0].copy))) { item = p[0]; }
        });
      }
      popup.options.offset = L.point(0, item ? -item.box / 2 + 7 : 0);
      popup.setLatLng([lat[s], lon[s] + 360 * (item ? item.copy : 0)]).setContent(popupContent(s)).openOn(map);
      root.setAttribute("data-mapper-popup", String(s));
    }

    var panel = element("div", "mapper-panel", root);
    var panelHead = element("div", "mapper-panel-head", panel);
    var panelTitle = element("span", "", panelHead);
    var panelClose = element("button", "mapper-panel-close", panelHead, "\u00d7");
    panelClose.type = "button";
    panelClose.title = "Close";
    var panelBody = element("div", "mapper-panel-body", panel);
    L.DomEvent.disableClickPropagation(panel);
    L.DomEvent.disableScrollPropagation(panel);
    function openPanel(s) {
      panelTitle.textContent = S.name[s];
      panelBody.textContent = "";
      var full = element("div", "mapper-full", panelBody);
      placeHead(full, s);
      for (var e = evStart[s]; e < evStart[s + 1]; e++) { eventBox(full, e); }
      var groups = element("div", "", full), current = -1, list = null;
      for (var x = exStart[s]; x < exStart[s + 1]; x++) {
        if (exArt[x] !== current) {
          current = exArt[x];
          var group = element("div", "mapper-article", groups);
          articleHead(element("div", "mapper-article-head", group), current);
          list = element("ul", "", group);
        }
        excerptInto(element("span", "mapper-excerpt", element("li", "", list)), x);
      }
      panel.classList.add("mapper-open");
    }
    panelClose.addEventListener("click", function () { panel.classList.remove("mapper-open"); });

    // ---- basemap: tiles, and the offline basemap when they fail -----------------------------------
    element("div", "mapper-title", root, D.title);
    var offline = L.layerGroup(), basemapLayer = null;
    offline.on("add", function () {
      if (basemapLayer) { return; }
      var data = basemapData();
      // The basemap module (assets/basemap.js): its layer, with the towns around this map's events.
      // Its place labels keep clear of the markers (an event's own town is named beside its marker).
      basemapLayer = window.mapperBasemap.layer(L, data, D.labels && D.labels.length ? D.labels : null,
                                                { avoid: markerDiscs });
      offline.addLayer(basemapLayer);
    });
    var bases = {}, tiles = null;
    function setBasemap(which) {
      root.setAttribute("data-mapper-basemap", which);
      root.classList.toggle("mapper-tiles", which === "tiles");
    }
    if (D.tiles) {
      tiles = L.tileLayer(D.tiles.url, D.tiles.options);
      bases["Map tiles (" + D.tiles.name + ")"] = tiles;
      var loaded = 0, failed = 0, fellBack = false;
      var fallBack = function (why) {
        if (loaded || fellBack) { return; }
        fellBack = true;
        map.removeLayer(tiles);
        offline.addTo(map);
        setBasemap("offline");
        root.setAttribute("data-mapper-tiles-failed", why);
        map.attributionControl.addAttribution("Map tiles could not be loaded: offline basemap shown");
      };
      tiles.on("tileload", function () {
        loaded += 1;
        if (loaded === 1 && !fellBack) { setBasemap("tiles"); }
      });
      tiles.on("tileerror", function () { failed += 1; if (failed >= TILE_FAILURES) { fallBack("errors"); } });
      setTimeout(function () { fallBack("timeout"); }, TILE_TIMEOUT_MS);
      tiles.addTo(map);
      if (!loaded && !fellBack) { setBasemap("pending"); }
    } else {
      offline.addTo(map);
      setBasemap("offline");
    }
    bases["Offline basemap"] = offline;
    map.on("baselayerchange", function (e) { setBasemap(e.layer === offline ? "offline" : "tiles"); });

    // ---- controls -------------------------------------------------------------------------------
    var overlays = {};
    levels.forEach(function (lv, n) {
      var group = L.layerGroup();
      group.mapperLevel = n;
      overlays['<span class="mapper-layer-dot" style="background:' + lv.colour + '"></span>' +
               (lv.name === "mention" ? "Mentioned only" : lv.name)] = group;
      if (lv.show) { group.addTo(map); }
    });
    (sets || []).forEach(function (name, n) {
      var group = L.layerGroup();
      group.mapperSet = n;
      overlays['<span class="mapper-set mapper-set-' + n % 4 + '"><span class="mapper-dot"></span></span>' +
               asHtml(name)] = group;
      group.addTo(map);
    });
    if (heat) { overlays.Heatmap = heat; }
    var control = L.control.layers(bases, overlays, { collapsed: nSites > 0 && (root.clientWidth < 500 || root.clientHeight < 500) }).addTo(map);
    map.on("overlayadd overlayremove", function (e) {
      if (e.layer.mapperLevel !== undefined) {
        state.on[e.layer.mapperLevel] = e.type === "overlayadd";
        refresh();
      } else if (e.layer.mapperSet !== undefined) {
        state.sets[e.layer.mapperSet] = e.type === "overlayadd";
        refresh();
      } else if (e.layer === heat && e.type === "overlayadd") {
        heat.setLatLngs(heatPoints());
      }
    });
    filterControls(control.getContainer().querySelector(".leaflet-control-layers-list"));

    // Filters by actor and by country, under the type layers.
    function filterControls(list) {
      if (!nEvents) { return; }
      var box = element("div", "mapper-filters", list);
      element("div", "leaflet-control-layers-separator", box);
      choice(box, "actor", "All actors", "Filter by actor", function (add) {
        for (var e = 0; e < nEvents; e++) { add(evA1[e]); if (evA2[e] !== evA1[e]) { add(evA2[e]); } }
      });
      choice(box, "country", "All countries", "Filter by country", function (add) {
        for (var e = 0; e < nEvents; e++) { add(siteCountry[evSite[e]]); }
      });
    }

    // A <select> of the values each() adds (string refs), most frequent first, that filters by key.
    function choice(box, key, all, label, each) {
      var counts = new Map();
      each(function (ref) { if (ref) { counts.set(ref, (counts.get(ref) || 0) + 1); } });
      if (!counts.size) { return; }
      var select = element("select", "mapper-filter-" + key, element("label", "", box));
      select.setAttribute("aria-label", label);
      element("option", "", select, all).value = "0";
      Array.from(counts.entries()).sort(function (a, b) { return b[1] - a[1] || (str[a[0]] < str[b[0]] ? -1 : 1); })
        .forEach(function (pair) { element("option", "", select, str[pair[0]] + " (" + pair[1] + ")").value = String(pair[0]); });
      select.addEventListener("change", function () { state[key] = Number(select.value); refresh(); });
    }

    var Box = L.Control.extend({
      initialize: function (build, options) { this.build = build; L.setOptions(this, options); },
      onAdd: function () {
        var box = element("div", "mapper-box " + this.options.className);
        L.DomEvent.disableClickPropagation(box);
        L.DomEvent.disableScrollPropagation(box);
        this.build(box);
        return box;
      }
    });

    // The colours are in the layer list (one dot per type); the legend explains size and rings.
    var legend = new Box(function (box) {
      var sizes = element("div", "mapper-sizes", box, "Size: fatalities ");
      [["0", 14], ["10", 28], ["100", 41]].forEach(function (pair) {
        var dot = element("span", "mapper-dot", sizes);
        dot.style.background = "#ccc";
        dot.style.width = dot.style.height = (pair[1] - 4) + "px";
        sizes.appendChild(document.createTextNode(pair[0]));
      });
      var approx = element("div", "mapper-legend-approx", box);
      element("span", "mapper-approx mapper-approx-2", approx);
      approx.appendChild(document.createTextNode("Dashed ring: place approximate (near, or somewhere in)"));
    }, { position: "bottomright", className: "mapper-legend" }).addTo(map);

    if (nSites) {
      new Box(function (box) {
        var input = element("input", "", box), list = element("ul", "", box);
        input.type = "search";
        input.placeholder = "Find a place\u2026";
        input.setAttribute("aria-label", "Find a place on the map");
        var keys = null, hits = [];
        function show() {
          list.textContent = "";
          var q = fold(input.value.trim());
          hits = [];
          if (!q) { return; }
          keys = keys || S.name.map(fold);
          for (var s = 0; s < nSites && hits.length < 200; s++) {
            var at = keys[s].indexOf(q);
            if (at >= 0) { hits.push([at === 0 ? 0 : 1, keys[s].length, s]); }
          }
          hits.sort(function (a, b) { return a[0] - b[0] || a[1] - b[1] || a[2] - b[2]; });
          hits = hits.slice(0, 8);
          hits.forEach(function (h, n) {
            var li = element("li", n === 0 ? "mapper-active" : "", list, S.name[h[2]]);
            element("span", "", li, tooltip(h[2]).slice(S.name[h[2]].length));
            li.addEventListener("click", function () { goTo(h[2]); });
          });
        }
        input.addEventListener("input", show);
        input.addEventListener("keydown", function (e) {
          if (e.key === "Enter" && hits.length) { goTo(hits[0][2]); }
          if (e.key === "Escape") { input.value = ""; show(); }
        });
      }, { position: "topleft", className: "mapper-search" }).addTo(map);
    }

    // ---- keyboard: the markers in view as a list of buttons -----------------------------------------
    // Markers drawn on a canvas are no elements, so Tab cannot reach them; this list can. It holds the
    // places and clusters in view, top to bottom, and follows the map. Enter on a place opens its popup
    // and moves the focus into it (Escape closes it and comes back); on a cluster it zooms in.
    var keyList = null;
    if (nSites) {
      new Box(function (box) {
        var toggle = element("button", "mapper-keys-toggle", box, "Places in view");
        toggle.type = "button";
        toggle.setAttribute("aria-expanded", "false");
        var list = element("ul", "mapper-keys-list", box), note = element("div", "mapper-keys-note", box);
        list.hidden = note.hidden = true;
        list.setAttribute("aria-label", "Places and clusters in view");
        keyList = { toggle: toggle, list: list, note: note, open: false, focusFirst: false };
        toggle.addEventListener("click", function () { showKeys(!keyList.open); });
        list.addEventListener("keydown", function (e) {  // up and down step through the list
          var items = Array.prototype.slice.call(list.querySelectorAll("button"));
          var at = items.indexOf(document.activeElement);
          if (e.key === "ArrowDown" || e.key === "ArrowUp") {
            e.preventDefault();
            var next = items[Math.max(0, Math.min(items.length - 1, at + (e.key === "ArrowDown" ? 1 : -1)))];
            if (next) { next.focus(); }
          } else if (e.key === "Escape") {
            showKeys(false);
            toggle.focus();
          }
        });
        toggle.addEventListener("keydown", function (e) {
          var first = list.querySelector("button");
          if (e.key === "ArrowDown" && keyList.open && first) { e.preventDefault(); first.focus(); }
        });
      }, { position: "topleft", className: "mapper-keys" }).addTo(map);
    }

    var KEYS_MAX = 100;  // more than that in view: the list asks to zoom in
    function showKeys(open) {
      keyList.open = open;
      keyList.toggle.setAttribute("aria-expanded", String(open));
      keyList.list.hidden = keyList.note.hidden = !open;
      updateKeys();
    }

    function itemKey(it) { return it.site >= 0 ? "s" + it.site : "c" + it.bounds.join(","); }

    function updateKeys() {
      if (!keyList || !keyList.open) { return; }
      var focused = keyList.list.contains(document.activeElement) ? document.activeElement.getAttribute("data-key") : null;
      var items = markerLayer.inView().sort(function (p, q) { return p[2] - q[2] || p[1] - q[1]; });
      keyList.list.textContent = "";
      items.slice(0, KEYS_MAX).forEach(function (p) {
        var it = p[0], button = element("button", "", element("li", "", keyList.list),
          it.site >= 0 ? tooltip(it.site) : plural(it.events, "event") + " at " + plural(it.places, "place") + " (zoom in)");
        button.type = "button";
        button.setAttribute("data-key", itemKey(it));
        button.addEventListener("click", function () {
          if (it.site >= 0) {
            openPopup(it.site, it);
            focusPopup(button.getAttribute("data-key"));
          } else {
            keyList.focusFirst = true;
            zoomInto(it);
          }
        });
      });
      keyList.note.textContent = items.length > KEYS_MAX ? "The first " + KEYS_MAX + " of " + items.length + ": zoom in for the others"
        : items.length ? "" : "No place in view";
      var target = focused ? keyList.list.querySelector('[data-key="' + focused + '"]') : null;  // keyList are digits
      if (keyList.focusFirst) { target = keyList.list.querySelector("button") || keyList.toggle; keyList.focusFirst = false; }
      if (target) { target.focus(); }
    }

    // The popup opened from the keyboard takes the focus; Escape closes it, and the focus goes back to
    // the list entry it came from (or the list's button, if the entry is gone).
    function focusPopup(key) {
      var box = popup.getElement() && popup.getElement().querySelector(".mapper-popup");
      if (!box) { return; }
      box.tabIndex = -1;
      box.focus();
      box.addEventListener("keydown", function (e) {
        if (e.key !== "Escape") { return; }
        e.preventDefault();
        map.closePopup();
        var back = keyList.list.querySelector('[data-key="' + key + '"]');
        (back || keyList.toggle).focus();
      });
    }

    function goTo(s) {
      map.setView([lat[s], lon[s]], Math.max(map.getZoom(), Math.min(CLUSTER_MAX_ZOOM, 10)), { animate: false });
      openPopup(s);
    }

    // ---- time: histogram, range and play ----------------------------------------------------------
    var counter = null, timeBox = null;
    function updateCounter() {
      if (counter) {
        counter.textContent = shownEvents + " of " + plural(nEvents, "event") + " shown" +
          (undated ? " (" + undated + " undated always shown)" : "");
      }
    }
    if (nEvents) {
      timeBox = new Box(buildTime, { position: "bottomleft", className: "mapper-time" }).addTo(map);
    }

    function buildTime(box) {
      var label = element("div", "mapper-time-label", box);
      if (!(maxDay > minDay)) {
        label.textContent = maxDay >= minDay ? "Date: " + dayText(minDay) : "Events";
        counter = element("div", "mapper-count", box);
        return;
      }
      label.textContent = "Dates";
      // Bins adapt to the span so that a histogram has at most about 60 bars a reader can see: days,
      // weeks (from the first day), calendar months, or calendar years (several per bar past 60).
      var span = maxDay - minDay + 1, first = new Date(minDay * DAY_MS), last = new Date(maxDay * DAY_MS);
      var y0 = first.getUTCFullYear(), m0 = first.getUTCMonth();
      var months = (last.getUTCFullYear() - y0) * 12 + last.getUTCMonth() - m0 + 1;
      var unit = span <= 62 ? "day" : span <= 371 ? "week" : months <= 60 ? "month" : "year";
      var step = unit === "day" ? 1 : unit === "week" ? 7 : unit === "month" ? 1 :
        Math.ceil((last.getUTCFullYear() - y0 + 1) / 60);
      var binOf = function (day) {
        if (unit === "day" || unit === "week") { return Math.floor((day - minDay) / step); }
        var d = new Date(day * DAY_MS);
        return unit === "month" ? (d.getUTCFullYear() - y0) * 12 + d.getUTCMonth() - m0
          : Math.floor((d.getUTCFullYear() - y0) / step);
      };
      var binStart = function (j) {  // first day of bin j (before minDay for the first month or year)
        return unit === "day" || unit === "week" ? minDay + j * step
          : Math.floor((unit === "month" ? Date.UTC(y0, m0 + j, 1) : Date.UTC(y0 + j * step, 0, 1)) / DAY_MS);
      };
      var binText = function (j) {
        var t = dayText(binStart(j));
        return unit === "month" ? t.slice(0, 7) : unit !== "year" ? t : step === 1 ? t.slice(0, 4) :
          t.slice(0, 4) + "\u2013" + dayText(binStart(j + 1) - 1).slice(0, 4);
      };
      var nBins = binOf(maxDay) + 1, bins = new Int32Array(nBins), top = 1;
      for (var e = 0; e < nEvents; e++) {
        if (evDay[e] === evDay[e]) { bins[binOf(evDay[e])] += 1; }
      }
      for (var b = 0; b < nBins; b++) { top = Math.max(top, bins[b]); }
      var hist = element("div", "mapper-hist", box);
      hist.title = "Events per " + (unit === "year" && step > 1 ? step + " years" : unit);
      hist.setAttribute("data-unit", unit === "year" && step > 1 ? step + " years" : unit);
      var bars = [];
      for (b = 0; b < nBins; b++) {
        var bar = element("span", "", hist);
        bar.style.height = Math.max(bins[b] ? 2 : 0, Math.round(100 * bins[b] / top)) + "%";
        bar.title = binText(b) + ": " + plural(bins[b], "event");
        bar.setAttribute("data-count", String(bins[b]));
        bar.addEventListener("click", select.bind(null, b));
        bars.push(bar);
      }
      var row = element("div", "mapper-time-row", box);
      var play = element("button", "mapper-play", row, "\u25b6");
      play.type = "button";
      play.title = "Play: step through the " + (unit === "year" && step > 1 ? "years, " + step + " at a time" : unit + "s");
      var range = element("span", "mapper-range", row);
      var lo = element("input", "", box), hi = element("input", "", box);
      [lo, hi].forEach(function (input, n) {
        input.type = "range";
        input.min = String(minDay);
        input.max = String(maxDay);
        input.step = "1";
        input.value = String(n ? maxDay : minDay);
        input.setAttribute("aria-label", n ? "Last date shown" : "First date shown");
      });
      counter = element("div", "mapper-count", box);
      var timer = null, playing = null;

      function show() {
        range.textContent = dayText(state.from) + " \u2013 " + dayText(state.to);
        for (var j = 0; j < nBins; j++) {
          bars[j].classList.toggle("mapper-in", binStart(j + 1) - 1 >= state.from && binStart(j) <= state.to);
        }
      }
      function setRange(from, to, now) {
        state.from = Math.max(minDay, Math.min(from, to));
        state.to = Math.min(maxDay, Math.max(from, to));
        lo.value = String(state.from);
        hi.value = String(state.to);
        show();
        clearTimeout(timer);
        if (now) { refresh(); } else { timer = setTimeout(refresh, 120); }  // one reload per pause
      }
      function select(j) { stop(); setRange(binStart(j), binStart(j + 1) - 1, true); }
      function stop() {
        if (playing !== null) { clearInterval(playing); playing = null; }
        play.textContent = "\u25b6";
        play.classList.remove("mapper-playing");
      }
      var at = 0;
      play.addEventListener("click", function () {
        if (playing !== null) { stop(); return; }
        at = binOf(state.from) === binOf(state.to) && state.from > minDay ? binOf(state.from) + 1 : 0;
        if (at >= nBins) { at = 0; }
        play.textContent = "\u275a\u275a";
        play.classList.add("mapper-playing");
        var tick = function () {
          if (at >= nBins) { stop(); return; }
          setRange(binStart(at), binStart(at + 1) - 1, true);
          root.setAttribute("data-mapper-play", String(at));
          at += 1;
        };
        tick();
        playing = setInterval(tick, PLAY_STEP_MS);
      });
      [lo, hi].forEach(function (input) {
        input.addEventListener("input", function () { stop(); setRange(Number(lo.value), Number(hi.value), false); });
      });
      show();
    }

    // ---- first view: the event sites, clear of the legend and the time box -------------------------
    var v = D.view;
    function cornerHeight(corner, cap) {
      var el = map._controlCorners[corner];
      return Math.min(el ? el.offsetHeight + 10 : 0, cap);
    }
    function fitFirstView() {
      if (!v.bounds) { map.setView(v.center, v.zoom, { animate: false }); return; }
      var h = root.clientHeight;
      var top = Math.max(cornerHeight("topleft", h * 0.3), cornerHeight("topright", h * 0.3), 30);
      var bottom = Math.max(cornerHeight("bottomleft", h * 0.3), cornerHeight("bottomright", h * 0.3), 30);
      var bounds = L.latLngBounds(v.bounds);
      if (bounds.getNorthEast().equals(bounds.getSouthWest())) {
        // One place: put it in the middle of the band between the controls.
        map.setView(bounds.getCenter(), v.zoom, { animate: false });
        map.panBy([0, (bottom - top) / 2], { animate: false });
        return;
      }
      map.fitBounds(bounds, { paddingTopLeft: [30, top], paddingBottomRight: [30, bottom],
                              maxZoom: v.zoom, animate: false });
    }
    fitFirstView();

    // ---- first draw -----------------------------------------------------------------------------
    // What the canvas shows in the view, for tests and tools: one object per marker, at container
    // pixels (site -1 for a cluster), topmost last.
    function markersInView() {
      return markerLayer.inView().map(function (p) {
        var it = p[0];
        return { site: it.site, title: itemTitle(it), x: p[1], y: p[2], size: it.size, box: it.box,
                 ring: it.ring, level: levels[it.level].name, set: it.set, text: it.text || null,
                 events: it.site >= 0 ? siteShown[it.site] : it.events };
      });
    }
    markerLayer.addTo(map);
    refresh();
    map.on("moveend", updateKeys);  // after the marker layer's own moveend: the markers are drawn
    map.mapper = { clustersAt: clustersAt, draw: draw, state: state, refresh: refresh, openPopup: openPopup, openPanel: openPanel, goTo: goTo,
                   sites: nSites, events: nEvents, names: S.name,
                   basemap: function () { return basemapLayer; }, layer: markerLayer, heat: heat, tiles: tiles,
                   offline: offline, markers: markersInView, hit: hitAt, showKeys: function (open) { if (keyList) { showKeys(open); } } };
  }
}());
