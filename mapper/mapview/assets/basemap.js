/* mapper's offline basemap: land, lakes, borders, admin-1 lines and place labels, drawn on a canvas.

   Written for mapper (no third-party code). Needs Leaflet 1.x; the data is mapper's
   assets/basemap.json (built by gazetteers/build_basemap.py), usually window.mapperBasemapData.

   window.mapperBasemap.layer(L, data, localLabels, options) -> a Leaflet layer, not yet added:
       add it to a map, or give it to a layer control as a base layer.
   window.mapperBasemap.draw(L, map, data, localLabels, options) -> the same layer, added to map.
     data         the shared basemap document; decoded once per page however many maps use it.
     localLabels  null, or [[name, lat, lon, minzoom, kind], ...] for this map
                  (mapper.mapview.basemap.local_labels): towns around its events.
     options      {pane: "mapperBasemap", zIndex: 150, maxLabels: 400, padding: 0.5, maxPixels: 8e6,
                   avoid: null}; avoid(ox, oy, w, h, zoom) -> [x, y, r, ...]: discs (markers drawn
                   over the map) in the canvas's pixels (origin ox, oy in the pixels of zoom's world,
                   w x h) that place labels keep clear of.
   The layer draws into its own pane, by default under the tile pane (z-index 200): tiles that load
   cover it, tiles that fail leave it visible. Its attribution is data.attribution.
   layer.labelsDrawn() -> [{name, kind, x, y, text: [left, right]}] of the last frame (container
   pixels; text: where its name is drawn, about 7 px either side of y); layer.frames
   counts frames drawn; layer.redraw() draws again, all of it at once; layer.relabel() draws again in
   the next frame (the discs to avoid have changed); layer.settled() tells whether the last drawing
   is complete (its margin is drawn in the frames after the view's).
   window.mapperBasemap.canvasLayer(L) -> the base class of this layer and of mapper.js's markers
     layer: a canvas over the view and a margin, moving with the map (see canvasLayer below).

   The canvas is larger than the map: a margin of `padding` times the map's size on each side (less
   when the canvas would hold more than `maxPixels` device pixels). It moves with the map pane, so a
   pan that keeps the view inside the drawn canvas costs no drawing at all; the layer draws again only
   when the view leaves it, or on a zoom or a resize. Land, water and lines are drawn in tiles of 512
   pixels, kept while they fit in options.maxTilePixels: drawing the canvas again copies the tiles
   already drawn and draws only the new ones (a far pan draws the strip it exposes), then the labels,
   each copied from a small image of it painted once (outlined text is slow for the browser to raster).
   The view comes first: what the margin lacks is drawn in the frames after (see _draw).

   Each layer, and each label, is drawn only where it is in view, at a level of detail chosen by zoom.
   Labels appear from their minzoom, most important first, and a label that would overlap one
   already drawn, or whose name a disc of options.avoid would cover, is skipped; a town under a disc
   (an event's own town under its marker) has its name beside the disc. Names are drawn with fillText: never parsed as HTML. */
(function () {
  "use strict";
  if (window.mapperBasemap) { return; }

  var ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";
  var DIGIT = new Int8Array(128).fill(-1);
  for (var a = 0; a < ALPHABET.length; a++) { DIGIT[ALPHABET.charCodeAt(a)] = a; }
  var MAX_LAT = 85.0511287798;

  var COUNTRY = 0, CAPITAL = 1, CITY = 2, TOWN = 3, WATER = 4;
  var WATER_COLOUR = "#c6dbe8";
  var STYLE = {
    land: {fill: "#f4f1e8", stroke: "#7fa3b8", width: 0.8},
    lakes: {fill: WATER_COLOUR, stroke: "#7fa3b8", width: 0.6},
    admin1: {stroke: "#ab9bb8", width: 0.8, dash: [4, 3], minZoom: 5},
    borders: {stroke: "#7a6585", width: 1.3}
  };
  var LABEL = [  // by kind
    {font: "600 11px sans-serif", colour: "#6f6a66", upper: true, dot: 0, maxZoom: 7},
    {font: "bold 12px sans-serif", colour: "#1f1f1f", dot: 3.5},
    {font: "12px sans-serif", colour: "#2b2b2b", dot: 2.5},
    {font: "11px sans-serif", colour: "#3d3d3d", dot: 2},
    {font: "italic 11px sans-serif", colour: "#3f6f8f", dot: 0, maxZoom: 9}
  ];

  function mercX(lon) { return (lon + 180) / 360; }
  function mercY(lat) {
    lat = Math.max(-MAX_LAT, Math.min(MAX_LAT, lat));
    var s = Math.sin(lat * Math.PI / 180);
    return 0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI);
  }

  // Values of an encoded string (see mapper/mapview/basemap.py: encode_values) between start and end.
  function decodeInto(text, start, end, out) {
    var z = 0, shift = 0, n = 0;
    for (var i = start; i < end; i++) {
      var c = text.charCodeAt(i), d = c < 128 ? DIGIT[c] : -1;
      if (d < 0) { throw new Error("mapper basemap: bad coordinate character"); }
      if (d >= 32) { z += (d - 32) * Math.pow(2, shift); shift += 5; continue; }
      z += d * Math.pow(2, shift);
      out.push(z % 2 === 0 ? z / 2 : -(z + 1) / 2);
      z = 0; shift = 0; n++;
    }
    return n;
  }

  // A layer as flat arrays: points in Web Mercator units (0..1 across the world), where each part
  // (a line or ring) starts, where each feature's parts start, and each feature's bounding box.
  function decodeLayer(layer) {
    var text = layer.data, scale = layer.scale, values = [], partStart = [0], featStart = [0], pos = 0;
    while (pos <= text.length) {
      var comma = text.indexOf(",", pos), dot = text.indexOf(".", pos), end = text.length;
      if (comma >= 0 && comma < end) { end = comma; }
      if (dot >= 0 && dot < end) { end = dot; }
      decodeInto(text, pos, end, values);
      partStart.push(values.length / 2);
      if (end === dot || end === text.length) { featStart.push(partStart.length - 1); }
      pos = end + 1;
    }
    var n = values.length / 2, xy = new Float64Array(values.length), x = 0, y = 0;
    for (var i = 0; i < n; i++) {
      x += values[2 * i]; y += values[2 * i + 1];
      xy[2 * i] = mercX(x / scale); xy[2 * i + 1] = mercY(y / scale);
    }
    var feats = featStart.length - 1, box = new Float64Array(4 * feats);
    for (var f = 0; f < feats; f++) {
      var x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
      for (var j = partStart[featStart[f]]; j < partStart[featStart[f + 1]]; j++) {
        var px = xy[2 * j], py = xy[2 * j + 1];
        if (px < x0) { x0 = px; } if (px > x1) { x1 = px; }
        if (py < y0) { y0 = py; } if (py > y1) { y1 = py; }
      }
      box[4 * f] = x0; box[4 * f + 1] = y0; box[4 * f + 2] = x1; box[4 * f + 3] = y1;
    }
    return {name: layer.name, polygon: layer.type === "polygon", xy: xy, partStart: partStart,
            featStart: featStart, box: box, levels: {}};
  }

  // The layer for drawing at zoom level z (0 to 8; 8 is the data as it is): its features put in
  // square buckets by the centre of their box, a few per screen, each bucket drawn as one Path2D
  // built on first use. Features smaller than a pixel or two at that zoom are left out.
  var FULL = 8;
  var TILE = 512;  // CSS pixels: the side of a drawn tile (see _paintTiles)
  var SHEET_LABELS = 400;  // labels a sheet of label images holds, about (options.sheetPixels a side)
  function level(geo, z) {
    if (geo.levels[z]) { return geo.levels[z]; }
    var n = Math.pow(2, Math.max(0, z - 2)), px = 1 / (256 * Math.pow(2, z)), least = geo.polygon ? 1.5 * px : px;
    var byKey = {}, buckets = [], box = geo.box;
    for (var f = 0; f + 1 < geo.featStart.length; f++) {
      var x0 = box[4 * f], y0 = box[4 * f + 1], x1 = box[4 * f + 2], y1 = box[4 * f + 3];
      if (z < FULL && x1 - x0 < least && y1 - y0 < least) { continue; }
      var key = Math.min(n - 1, Math.floor((x0 + x1) / 2 * n)) * n + Math.min(n - 1, Math.floor((y0 + y1) / 2 * n));
      var b = byKey[key];
      if (!b) { b = byKey[key] = {box: [x0, y0, x1, y1], feats: [], path: null}; buckets.push(b); }
      b.box[0] = Math.min(b.box[0], x0); b.box[1] = Math.min(b.box[1], y0);
      b.box[2] = Math.max(b.box[2], x1); b.box[3] = Math.max(b.box[3], y1);
      b.feats.push(f);
    }
    geo.levels[z] = {z: z, buckets: buckets};
    return geo.levels[z];
  }

  // Boxes [x0, y0, x1, y1]: whether a and b overlap, and whether a lies inside b.
  function meets(a, b) { return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3]; }
  function within(a, b) { return a[0] >= b[0] && a[1] >= b[1] && a[2] <= b[2] && a[3] <= b[3]; }

  // SVG path data of a bucket in pixels at zoom z; below FULL, a point less than 0.8 pixel from the
  // last one kept is skipped.
  function bucketPath(geo, z, bucket) {
    var world = 256 * Math.pow(2, z), tol = z < FULL ? 0.8 : 0, xy = geo.xy, out = [];
    for (var n = 0; n < bucket.feats.length; n++) {
      var f = bucket.feats[n];
      for (var p = geo.featStart[f]; p < geo.featStart[f + 1]; p++) {
        var a = geo.partStart[p], b = geo.partStart[p + 1];
        var lx = Math.round(xy[2 * a] * world * 10) / 10, ly = Math.round(xy[2 * a + 1] * world * 10) / 10;
        out.push("M", lx, ly, "L");
        for (var i = a + 1; i < b; i++) {
          var x = Math.round(xy[2 * i] * world * 10) / 10, y = Math.round(xy[2 * i + 1] * world * 10) / 10;
          if (i < b - 1 && Math.abs(x - lx) < tol && Math.abs(y - ly) < tol) { continue; }
          out.push(x, y); lx = x; ly = y;
        }
        if (i === a + 1) { out.push(lx, ly); }
        if (geo.polygon) { out.push("Z"); }
      }
    }
    return new Path2D(out.join(" "));
  }

  // Labels of the shared data, in priority order: {name, x, y, minZoom, kind}.
  function decodeLabels(labels) {
    var names = labels.names.split("|"), pts = [], zooms = [], kinds = [], out = [];
    decodeInto(labels.points, 0, labels.points.length, pts);
    decodeInto(labels.zooms, 0, labels.zooms.length, zooms);
    decodeInto(labels.kinds, 0, labels.kinds.length, kinds);
    if (pts.length !== 2 * names.length || zooms.length !== names.length || kinds.length !== names.length) {
      throw new Error("mapper basemap: label columns differ in length");
    }
    var x = 0, y = 0;
    for (var i = 0; i < names.length; i++) {
      x += pts[2 * i]; y += pts[2 * i + 1];
      out.push(label(names[i], y / labels.scale, x / labels.scale, zooms[i], kinds[i]));
    }
    return out;
  }

  function label(name, lat, lon, minZoom, kind) {
    return {name: String(name), x: mercX(lon), y: mercY(lat), minZoom: minZoom,
            kind: LABEL[kind] ? kind : TOWN, width: -1};
  }

  var cache = typeof WeakMap === "function" ? new WeakMap() : null;

  function decode(data) {
    var done = cache ? cache.get(data) : data.__mapperDecoded;
    if (done) { return done; }
    done = {layers: {}, labels: data.labels ? decodeLabels(data.labels) : [],
            attribution: data.attribution || ""};
    (data.layers || []).forEach(function (layer) { done.layers[layer.name] = decodeLayer(layer); });
    if (cache) { cache.set(data, done); } else { data.__mapperDecoded = done; }
    return done;
  }

  // The shared labels, then this map's own (placed around the shared ones by local_labels): each
  // list is in priority order, highest first.
  function mergeLabels(shared, local) {
    var all = shared.slice();
    (local || []).forEach(function (r) {
      if (r && r.length >= 5 && isFinite(r[1]) && isFinite(r[2]) && isFinite(r[3])) {
        all.push(label(r[0], +r[1], +r[2], +r[3], +r[4]));
      }
    });
    return all;
  }

  // What mapper's two canvas layers share (this basemap's, and the markers' of assets/mapper.js): a
  // canvas in a pane of its own (options.pane, options.zIndex) that reaches options.padding of the
  // view's size beyond each edge and moves with the map pane, so that a pan inside that margin draws
  // nothing; it is drawn again only when the view leaves it (_covered), and scaled during a zoom
  // animation (_animate). this._extent describes the last drawing (_place).
  function canvasLayer(L) {
    return L.Layer.extend({
      options: {padding: 0.5, maxPixels: 8e6},

      _addCanvas: function (map, className) {
        var pane = map.getPane(this.options.pane);
        if (!pane) {
          pane = map.createPane(this.options.pane);
          pane.style.zIndex = String(this.options.zIndex);
          pane.style.pointerEvents = "none";
        }
        this._canvas = L.DomUtil.create("canvas", className + " leaflet-zoom-animated", pane);
        this._canvas.style.pointerEvents = "none";
        return this._canvas;
      },

      // Whether the last drawing still covers the map's view: same zoom, pixel origin and size, and the
      // view inside the drawn canvas (a pan within the margin).
      _covered: function () {
        var e = this._extent, map = this._map;
        if (!e || e.zoom !== map.getZoom() || !e.origin.equals(map.getPixelOrigin()) ||
            !e.size.equals(map.getSize())) { return false; }
        var view = map.getPixelBounds();
        return view.min.x >= e.min.x && view.min.y >= e.min.y && view.max.x <= e.max.x && view.max.y <= e.max.y;
      },

      // The margin around the map's view, in CSS pixels: options.padding of its size, less when the
      // canvas would exceed options.maxPixels device pixels (a large or high-density screen).
      _padding: function (size, ratio) {
        var f = this.options.padding, most = this.options.maxPixels / (ratio * ratio);
        if ((1 + 2 * f) * (1 + 2 * f) * size.x * size.y > most) {
          f = Math.max(0, (Math.sqrt(most / Math.max(1, size.x * size.y)) - 1) / 2);
        }
        return size.multiplyBy(f).round();
      },

      // During a zoom animation the last drawing is scaled about its corner, as Leaflet moves tiles.
      _animate: function (e) {
        if (!this._extent) { return; }
        var map = this._map, scale = map.getZoomScale(e.zoom, this._extent.zoom);
        var corner = map.project(this._extent.corner, e.zoom).subtract(map.project(e.center, e.zoom))
          .add(map.getSize().divideBy(2));
        L.DomUtil.setTransform(this._canvas, map.containerPointToLayerPoint(corner), scale);
      },

      // Puts the canvas over the view and its margin (resized only when that size changes: a new size
      // reallocates it) and returns what it now covers, kept as this._extent: zoom, pixel origin, the
      // map's size, the canvas's layer point and its corner's latlng, its bounds in the map's pixels
      // (min, max), its size in CSS pixels (w, h) and the device pixel ratio.
      _place: function () {
        var map = this._map, canvas = this._canvas;
        var size = map.getSize(), ratio = window.devicePixelRatio || 1, pad = this._padding(size, ratio);
        var w = size.x + 2 * pad.x, h = size.y + 2 * pad.y;
        if (canvas.width !== Math.round(w * ratio) || canvas.height !== Math.round(h * ratio)) {
          canvas.width = Math.round(w * ratio); canvas.height = Math.round(h * ratio);
          canvas.style.width = w + "px"; canvas.style.height = h + "px";
        }
        var topLeft = L.point(-pad.x, -pad.y), layer = map.containerPointToLayerPoint(topLeft);
        L.DomUtil.setPosition(canvas, layer);
        var min = map.getPixelBounds().min.subtract(pad);
        this._extent = {zoom: map.getZoom(), origin: map.getPixelOrigin(), size: size, layer: layer,
                        corner: map.containerPointToLatLng(topLeft), min: min, max: min.add([w, h]),
                        w: w, h: h, ratio: ratio};
        return this._extent;
      }
    });
  }

  function make(L) {
    return canvasLayerClass(L).extend({
      options: {pane: "mapperBasemap", zIndex: 150, maxLabels: 400, padding: 0.5, maxPixels: 8e6,
                maxTilePixels: 12e6, maxSprites: 2000, sheetPixels: 1024},

      initialize: function (data, localLabels, options) {
        L.setOptions(this, options);
        this._data = decode(data);
        this._labels = mergeLabels(this._data.labels, localLabels);
        this._drawn = [];
        this.frames = 0;
        this.tilesDrawn = 0;
        this._tiles = new Map();  // "zoom/x/y/ratio" -> canvas, least recently used first
        this._sprites = new Map();  // label images (_labelSprite) in sheets (_sheetRoom)
        this._sheets = [];
        this._sheetIds = 0;
      },

      getAttribution: function () { return this._data.attribution; },

      onAdd: function (map) {
        this._addCanvas(map, "mapper-basemap");
        this._redraw = this._request.bind(this);
        map.on("moveend zoomend resize viewreset", this._redraw, this);
        if (map.options.zoomAnimation) { map.on("zoomanim", this._animate, this); }
        this._draw();
      },

      onRemove: function (map) {
        map.off("moveend zoomend resize viewreset", this._redraw, this);
        map.off("zoomanim", this._animate, this);
        if (this._frame) { L.Util.cancelAnimFrame(this._frame); this._frame = null; }
        if (this._rest) { L.Util.cancelAnimFrame(this._rest.frame); this._rest = null; }
        L.DomUtil.remove(this._canvas);
        this._canvas = null;
        this._drawn = [];
        this._extent = null;
        this._tiles.clear();
        this._sprites.clear();
        this._sheets = [];
      },

      // Draws the whole canvas now (the view and its margin), as a test or a picture wants it.
      redraw: function () { if (this._map) { this._draw(true); } return this; },

      relabel: function () { if (this._map) { this._request(); } return this; },

      // Whether the last drawing is complete: its margin too (see _draw).
      settled: function () { return !this._rest; },

      // Labels of the last frame inside the map's container now (more are drawn in the margin kept
      // for panning), at their container pixels: the canvas may have moved with a pan since.
      labelsDrawn: function () {
        var map = this._map;
        if (!map || !this._extent) { return []; }
        var size = map.getSize(), at = map.layerPointToContainerPoint(this._extent.layer), out = [];
        this._drawn.forEach(function (d) {
          var x = d.x + at.x, y = d.y + at.y;
          if (x >= 0 && y >= 0 && x <= size.x && y <= size.y) {
            out.push({name: d.name, kind: d.kind, x: x, y: y, text: [x + d.text[0], x + d.text[1]]});
          }
        });
        return out;
      },

      _request: function () {
        if (!this._frame) { this._frame = L.Util.requestAnimFrame(this._drawFrame, this); }
      },

      _drawFrame: function () { this._frame = null; if (this._map && !this._covered()) { this._draw(); } },

      // The view first, the margin after: a frame draws the tiles and labels that touch the map's view
      // (the tiles it has not drawn before, the images of labels it has not painted), and the frames
      // after it draw what the margin still lacks, a few milliseconds' worth each (_drawRest). Then the
      // margin is painted over as a whole, clipped to it: tiles, then every label in order, so each
      // pixel of the canvas is what one drawing of it all would give. A pan past the margin, into
      // ground not drawn before, so costs the view's new strip, not the whole canvas (a new drawing
      // meanwhile drops what was left).
      _draw: function (whole) {
        var map = this._map, canvas = this._canvas;
        if (!map || !canvas) { return; }
        var e = this._place(), zoom = e.zoom, ratio = e.ratio, w = e.w, h = e.h, min = e.min;
        var world = 256 * Math.pow(2, zoom), size = map.getSize();
        var px = (w - size.x) / 2, py = (h - size.y) / 2;  // the margin, CSS pixels (whole: _padding rounds)
        var view = {zoom: zoom, world: world, ox: min.x, oy: min.y, w: w, h: h, ratio: ratio,
                    x0: min.x / world, y0: min.y / world, x1: (min.x + w) / world, y1: (min.y + h) / world,
                    // the map's view on the canvas, in device pixels
                    seen: [Math.round(px * ratio), Math.round(py * ratio), Math.round((px + size.x) * ratio),
                           Math.round((py + size.y) * ratio)]};
        if (this._rest) { L.Util.cancelAnimFrame(this._rest.frame); this._rest = null; }
        var ctx = canvas.getContext("2d");
        ctx.setTransform(1, 0, 0, 1, 0, 0);
        if (typeof Path2D !== "function") {
          ctx.fillStyle = WATER_COLOUR;
          ctx.fillRect(0, 0, canvas.width, canvas.height);
          this._paintLabels(ctx, view, this._placeLabels(ctx, view, zoom), null);
          this.frames++;
          return;
        }
        var tiles = this._tilesOf(view, zoom), labels = this._placeLabels(ctx, view, zoom), self = this;
        var missing = 0;
        tiles.forEach(function (t) { if (!self._tiles.has(t.key) && !meets(t.box, view.seen)) { missing++; } });
        labels.forEach(function (d) { if (!self._sprites.has(d.key) && !meets(d.box, view.seen)) { missing++; } });
        if (whole || !missing) {  // everything at hand: the whole canvas now
          this._paintTiles(ctx, view, tiles, null);
          this._paintLabels(ctx, view, labels, null);
        } else {
          var seen = view.seen, W = canvas.width, H = canvas.height;
          ctx.fillStyle = WATER_COLOUR;  // the margin: water until its tiles come, not the last drawing's
          ctx.fillRect(0, 0, W, seen[1]);
          ctx.fillRect(0, seen[3], W, H - seen[3]);
          ctx.fillRect(0, seen[1], seen[0], seen[3] - seen[1]);
          ctx.fillRect(seen[2], seen[1], W - seen[2], seen[3] - seen[1]);
          this._paintTiles(ctx, view, tiles, seen);
          this._paintLabels(ctx, view, labels, seen);
          this._rest = {view: view, tiles: tiles, labels: labels, frame: null};
          this._rest.frame = L.Util.requestAnimFrame(this._drawRest, this);
        }
        this.frames++;
      },

      // One step of the margin's drawing, clipped to the margin (the view keeps its pixels): new tiles
      // (each copied in, so that its rasterising is done in this step too) and label images, for a few
      // milliseconds; when none is left, the margin painted over: tiles, then the labels in order.
      _drawRest: function () {
        var rest = this._rest;
        if (!rest || !this._map || !this._canvas) { return; }
        var t0 = performance.now(), view = rest.view, seen = view.seen, ctx = this._canvas.getContext("2d"), i;
        var size = Math.round(TILE * view.ratio), busy = false;
        ctx.save();
        ctx.setTransform(1, 0, 0, 1, 0, 0);
        ctx.beginPath();
        ctx.rect(0, 0, this._canvas.width, this._canvas.height);
        ctx.rect(seen[0], seen[1], seen[2] - seen[0], seen[3] - seen[1]);
        ctx.clip("evenodd");  // the canvas but the view
        for (i = 0; i < rest.tiles.length && !busy; i++) {
          var t = rest.tiles[i];
          if (!this._tiles.has(t.key)) {
            ctx.drawImage(this._tile(view.zoom, t.tx, t.ty, view), t.x, t.y, size, size);
            busy = performance.now() - t0 > 8;
          }
        }
        for (i = 0; i < rest.labels.length && !busy; i++) {
          var d = rest.labels[i];
          if (!this._sprites.has(d.key)) {
            this._labelSprite(d.lab, d.style, d.text, d.align, view.ratio, d.bare);
            busy = performance.now() - t0 > 8;
          }
        }
        if (!busy) {
          this._paintTiles(ctx, view, rest.tiles, null, seen);
          this._paintLabels(ctx, view, rest.labels, null, seen);
          this._rest = null;
        }
        ctx.restore();
        if (busy) { rest.frame = L.Util.requestAnimFrame(this._drawRest, this); }
      },

      // The tiles of TILE pixels that cover the canvas: {key, tx, ty, x, y, box} (their place and box in
      // device pixels). Tiles of one copy of the world serve every copy when the world is a whole number
      // of tiles.
      _tilesOf: function (view, zoom) {
        var size = Math.round(TILE * view.ratio), ox = Math.round(view.ox), oy = Math.round(view.oy), out = [];
        var across = view.world / TILE, wrap = across >= 1 && across === Math.floor(across) ? across : 0;
        for (var ty = Math.floor(oy / TILE); ty * TILE < oy + view.h; ty++) {
          for (var tx = Math.floor(ox / TILE); tx * TILE < ox + view.w; tx++) {
            var x = Math.round((tx * TILE - ox) * view.ratio), y = Math.round((ty * TILE - oy) * view.ratio);
            var wx = wrap ? ((tx % wrap) + wrap) % wrap : tx;
            out.push({key: zoom + "/" + wx + "/" + ty + "/" + view.ratio, tx: wx, ty: ty, x: x, y: y,
                      box: [x, y, x + size, y + size]});
          }
        }
        return out;
      },

      // The land, lakes and lines: the tiles that meet the device-pixel box ``only`` (all when null) and
      // not ``skip``, copied from tiles drawn once each and kept (the last options.maxTilePixels device
      // pixels of them): a pan past the margin draws only the tiles it has not drawn before.
      _paintTiles: function (ctx, view, tiles, only, skip) {
        var size = Math.round(TILE * view.ratio);
        for (var i = 0; i < tiles.length; i++) {
          var t = tiles[i];
          if ((only && !meets(t.box, only)) || (skip && within(t.box, skip))) { continue; }
          ctx.drawImage(this._tile(view.zoom, t.tx, t.ty, view), t.x, t.y, size, size);
        }
      },

      _tile: function (zoom, tx, ty, view) {
        var key = zoom + "/" + tx + "/" + ty + "/" + view.ratio, tiles = this._tiles, tile = tiles.get(key);
        if (tile) { tiles.delete(key); tiles.set(key, tile); return tile; }  // most recently used last
        var r = view.ratio, world = view.world, ox = tx * TILE, oy = ty * TILE, edge = 2;  // px: strokes
        tile = this._spare && this._spare.width === Math.round(TILE * r) ? this._spare : document.createElement("canvas");
        this._spare = null;
        tile.width = tile.height = Math.round(TILE * r);  // (for a spare: clears it)
        var ctx = tile.getContext("2d");
        ctx.setTransform(r, 0, 0, r, 0, 0);
        ctx.fillStyle = WATER_COLOUR;
        ctx.fillRect(0, 0, TILE, TILE);
        var at = {world: world, ox: ox, oy: oy, ratio: r, x0: (ox - edge) / world, y0: (oy - edge) / world,
                  x1: (ox + TILE + edge) / world, y1: (oy + TILE + edge) / world};
        var z = Math.max(0, Math.min(FULL, Math.floor(zoom))), layers = this._data.layers;
        for (var name in STYLE) {
          var style = STYLE[name];
          if (layers[name] && !(style.minZoom > zoom)) { this._layer(ctx, layers[name], z, at, style); }
        }
        tiles.set(key, tile);
        var keep = Math.max(1, Math.floor(this.options.maxTilePixels / (tile.width * tile.height)));
        while (tiles.size > keep) {  // the least recently used out; its canvas serves the next new tile
          var oldest = tiles.keys().next().value;
          this._spare = tiles.get(oldest);
          tiles.delete(oldest);
        }
        this.tilesDrawn++;
        return tile;
      },

      // The layer's buckets in view, in every copy of the world in view: all fills, then all strokes
      // (so a neighbour's fill never covers a coastline).
      _layer: function (ctx, geo, z, view, style) {
        var lv = level(geo, z), s = view.world / (256 * Math.pow(2, z)), r = view.ratio, shown = [];
        for (var k = Math.floor(view.x0); k <= Math.floor(view.x1); k++) {
          for (var i = 0; i < lv.buckets.length; i++) {
            var b = lv.buckets[i].box;
            if (b[0] + k <= view.x1 && b[2] + k >= view.x0 && b[1] <= view.y1 && b[3] >= view.y0) {
              shown.push(k, lv.buckets[i]);
            }
          }
        }
        var passes = [];
        if (style.fill) { passes.push("fill"); }
        if (style.stroke) { passes.push("stroke"); }
        ctx.fillStyle = style.fill || "#000";
        ctx.strokeStyle = style.stroke || "#000";
        ctx.lineWidth = style.width / s;
        ctx.setLineDash(style.dash ? style.dash.map(function (d) { return d / s; }) : []);
        for (var p = 0; p < passes.length; p++) {
          for (var j = 0; j < shown.length; j += 2) {
            var bucket = shown[j + 1];
            if (!bucket.path) { bucket.path = bucketPath(geo, z, bucket); }
            ctx.setTransform(r * s, 0, 0, r * s, r * (shown[j] * view.world - view.ox), -r * view.oy);
            if (passes[p] === "fill") { ctx.fill(bucket.path, "evenodd"); } else { ctx.stroke(bucket.path); }
          }
        }
        ctx.setLineDash([]);
      },

      // Which labels the canvas shows, in priority order: each where it overlaps no label placed before
      // it, right of its dot, else left of it, its name clear of the discs of options.avoid (markers);
      // a dot under a disc has its name right of the disc, else left of it, and no dot (bare).
      // {lab, style, text, align, x, y (canvas pixels), box (the device pixels its image may touch),
      // key (of its image)}; kept as this._drawn for labelsDrawn.
      _placeLabels: function (ctx, view, zoom) {
        var placed = [], grid = {}, cell = 64, labels = this._labels, max = this.options.maxLabels;
        var inset = 2, ratio = view.ratio, discs = {}, any = false;
        function free(b, g) {
          for (var gx = Math.floor(b[0] / cell); gx <= Math.floor(b[2] / cell); gx++) {
            for (var gy = Math.floor(b[1] / cell); gy <= Math.floor(b[3] / cell); gy++) {
              var list = g[gx + "," + gy];
              if (!list) { continue; }
              for (var n = 0; n < list.length; n++) {
                var o = list[n];
                if (b[0] < o[2] && o[0] < b[2] && b[1] < o[3] && o[1] < b[3]) { return false; }
              }
            }
          }
          return true;
        }
        function take(b, g) {
          for (var gx = Math.floor(b[0] / cell); gx <= Math.floor(b[2] / cell); gx++) {
            for (var gy = Math.floor(b[1] / cell); gy <= Math.floor(b[3] / cell); gy++) {
              (g[gx + "," + gy] = g[gx + "," + gy] || []).push(b);
            }
          }
        }
        function under(x, y) {  // the disc whose inside holds (x, y), or null
          var list = discs[Math.floor(x / cell) + "," + Math.floor(y / cell)] || [];
          for (var n = list.length - 1; n >= 0; n--) {
            var o = list[n], dx = x - o[4], dy = y - o[5];
            if (dx * dx + dy * dy < o[6] * o[6]) { return o; }
          }
          return null;
        }
        var avoid = this.options.avoid ? this.options.avoid(view.ox, view.oy, view.w, view.h, zoom) : [];
        for (var k = 0; k + 2 < avoid.length; k += 3) {
          var r = avoid[k + 2];
          take([avoid[k] - r, avoid[k + 1] - r, avoid[k] + r, avoid[k + 1] + r, avoid[k], avoid[k + 1], r], discs);
          any = true;
        }
        for (var i = 0; i < labels.length && placed.length < max; i++) {
          var lab = labels[i], style = LABEL[lab.kind];
          if (lab.minZoom > zoom + 1e-6) { continue; }
          if (style.maxZoom !== undefined && zoom >= style.maxZoom + 1) { continue; }
          var x = lab.x * view.world - view.ox, y = lab.y * view.world - view.oy;
          x -= Math.round((x - view.w / 2) / view.world) * view.world;  // the copy of the world in view
          if (x < -inset || x > view.w + inset || y < -inset || y > view.h + inset) { continue; }
          var text = style.upper ? lab.name.toUpperCase() : lab.name;
          if (lab.width < 0) { ctx.font = style.font; lab.width = ctx.measureText(text).width; }
          var half = 8, box = null, align = "center", dot = style.dot, bare = false;
          if (!dot) {
            box = [x - lab.width / 2 - 2, y - half, x + lab.width / 2 + 2, y + half];
            if (!free(box, grid)) { continue; }
          } else {
            var disc = any ? under(x, y) : null, tries = disc ? [disc[4] + disc[6] - dot, disc[4] - disc[6] + dot] : [x, x];
            for (var t = 0; t < 2 && !box; t++) {
              var at = tries[t], right = t === 0;
              // The whole label (dot and name) against the labels; its name alone against the discs.
              var b = right ? [at - dot - 1, y - half, at + dot + 4 + lab.width + 2, y + half]
                            : [at - dot - 4 - lab.width - 2, y - half, at + dot + 1, y + half];
              var name = right ? [at + dot + 2, b[1], b[2], b[3]] : [b[0], b[1], at - dot - 2, b[3]];
              if (free(b, grid) && (!any || free(disc ? name : b, discs))) {
                box = b; align = right ? "left" : "right"; x = at; bare = !!disc;
              }
            }
            if (!box) { continue; }
          }
          take(box, grid);
          // Its image reaches at most 2 px beyond the box (see _labelSprite); 4 to be safe, and a pixel
          // for rounding.
          placed.push({lab: lab, style: style, text: text, align: align, x: x, y: y, bare: bare,
                       key: lab.kind + "/" + align + (bare ? "/bare/" : "/") + ratio + "/" + text,
                       box: [Math.floor((box[0] - 5) * ratio), Math.floor((box[1] - 5) * ratio),
                             Math.ceil((box[2] + 5) * ratio), Math.ceil((box[3] + 5) * ratio)]});
        }
        this._drawn = placed.map(function (d) {  // and where its name is: [left, right] of x
          var w = d.lab.width, g = d.style.dot ? d.style.dot + 4 : 0;
          return {name: d.lab.name, kind: d.lab.kind, x: d.x, y: d.y,
                  text: d.align === "left" ? [g, g + w] : d.align === "right" ? [-g - w, -g] : [-w / 2, w / 2]};
        });
        return placed;
      },

      // The placed labels that meet the device-pixel box ``only`` (all when null) and are not inside
      // ``skip``, copied from their images, in priority order.
      _paintLabels: function (ctx, view, placed, only, skip) {
        var ratio = view.ratio;
        ctx.setTransform(1, 0, 0, 1, 0, 0);  // labels are copied from their images, in device pixels
        var todo = [], i, d;
        for (i = 0; i < placed.length; i++) {
          d = placed[i];
          if ((only && !meets(d.box, only)) || (skip && within(d.box, skip))) { continue; }
          todo.push(d);
          this._labelSprite(d.lab, d.style, d.text, d.align, ratio, d.bare);
        }
        // Painted first, copied after: a copy from a sheet changed since the last copy costs the browser
        // a snapshot of the whole sheet, so a frame changes its sheets once, before copying any.
        for (i = 0; i < todo.length; i++) {
          d = todo[i];
          var sp = this._labelSprite(d.lab, d.style, d.text, d.align, ratio, d.bare);
          ctx.drawImage(sp.canvas, sp.sx, sp.sy, sp.sw, sp.sh, Math.round((Math.round(d.x) - sp.x) * ratio),
                        Math.round((Math.round(d.y) - sp.y) * ratio), sp.sw, sp.sh);
        }
      },

      // A label (its dot and its outlined name) painted once into a sheet of label images and copied
      // from it on every frame: copying is much cheaper for the browser than rasterising outlined text,
      // which made most of a far pan's time, and a sheet holds hundreds of labels, where a canvas of
      // its own per label cost a new canvas and context each (a pan onto new ground paints dozens).
      // {canvas (the sheet), sx, sy, sw, sh (its box in the sheet, device pixels), x, y (the label's
      // point in the box, CSS pixels)}.
      _labelSprite: function (lab, style, text, align, ratio, bare) {  // bare: no dot (it is under a disc)
        var key = lab.kind + "/" + align + (bare ? "/bare/" : "/") + ratio + "/" + text, sprites = this._sprites;
        var sp = sprites.get(key);
        if (sp) { return sp; }
        var gap = style.dot ? style.dot + 4 : 0, edge = 3, half = 9, width = Math.ceil(lab.width);
        var left = align === "left" ? style.dot + edge : align === "right" ? gap + width + edge : Math.ceil(width / 2) + edge;
        var right = align === "left" ? gap + width + edge : align === "right" ? style.dot + edge : Math.ceil(width / 2) + edge;
        var sw = Math.ceil((left + right) * ratio), sh = Math.ceil(2 * half * ratio), at = this._sheetRoom(sw, sh);
        var ctx = at.ctx;
        ctx.save();
        ctx.setTransform(1, 0, 0, 1, 0, 0);
        ctx.beginPath();
        ctx.rect(at.x, at.y, sw, sh);
        ctx.clip();  // as a canvas of its own would: nothing reaches its neighbours
        ctx.setTransform(ratio, 0, 0, ratio, at.x, at.y);
        if (style.dot && !bare) {
          ctx.beginPath();
          ctx.arc(left, half, style.dot, 0, 2 * Math.PI);
          ctx.fillStyle = lab.kind === CAPITAL ? "#ffffff" : style.colour;
          ctx.fill();
          if (lab.kind === CAPITAL) { ctx.lineWidth = 1.5; ctx.strokeStyle = style.colour; ctx.stroke(); }
        }
        ctx.font = style.font;
        ctx.textBaseline = "middle";
        ctx.lineJoin = "round";
        ctx.textAlign = align;
        ctx.lineWidth = 3;
        ctx.strokeStyle = "rgba(255, 255, 255, 0.85)";
        var tx = align === "left" ? left + gap : align === "right" ? left - gap : left;
        ctx.strokeText(text, tx, half);
        ctx.fillStyle = style.colour;
        ctx.fillText(text, tx, half);
        ctx.restore();
        sp = {canvas: at.canvas, sheet: at.sheet, sx: at.x, sy: at.y, sw: sw, sh: sh, x: left, y: half};
        sprites.set(key, sp);
        return sp;
      },

      // Room of sw x sh device pixels in the current sheet (filled in rows, left to right), or in a new
      // one (sheetPixels a side, or the label's size); past maxSprites / SHEET_LABELS sheets (two at
      // least) the oldest is dropped, with its labels' images (painted again when next drawn).
      _sheetRoom: function (sw, sh) {
        var sheets = this._sheets, cur = sheets.length ? sheets[sheets.length - 1] : null, side = this.options.sheetPixels;
        if (cur && cur.x + sw > cur.canvas.width) { cur.x = 0; cur.y += cur.row; cur.row = 0; }
        if (!cur || cur.y + sh > cur.canvas.height || cur.x + sw > cur.canvas.width) {
          var canvas = document.createElement("canvas");
          canvas.width = Math.max(side, sw);
          canvas.height = Math.max(side, sh);
          cur = {canvas: canvas, ctx: canvas.getContext("2d"), x: 0, y: 0, row: 0, id: this._sheetIds++};
          sheets.push(cur);
          if (sheets.length > Math.max(2, Math.ceil(this.options.maxSprites / SHEET_LABELS))) {
            var gone = sheets.shift().id, sprites = this._sprites;
            sprites.forEach(function (sp, key) { if (sp.sheet === gone) { sprites.delete(key); } });
          }
        }
        var at = {canvas: cur.canvas, ctx: cur.ctx, sheet: cur.id, x: cur.x, y: cur.y};
        cur.x += sw;
        cur.row = Math.max(cur.row, sh);
        return at;
      }
    });
  }

  // One class of each per Leaflet copy (a page holds one L, but be exact).
  function perLeaflet(build) {
    var classes = [];
    return function (L) {
      for (var i = 0; i < classes.length; i++) { if (classes[i].L === L) { return classes[i].cls; } }
      var cls = build(L);
      classes.push({L: L, cls: cls});
      return cls;
    };
  }
  var canvasLayerClass = perLeaflet(canvasLayer), layerClass = perLeaflet(make);

  window.mapperBasemap = {
    COUNTRY: COUNTRY, CAPITAL: CAPITAL, CITY: CITY, TOWN: TOWN, WATER: WATER,
    decode: decode,
    canvasLayer: canvasLayerClass,  // the base class of the markers' layer in mapper.js
    layer: function (L, data, localLabels, options) {
      var Cls = layerClass(L);
      return new Cls(data, localLabels, options);
    },
    draw: function (L, map, data, localLabels, options) {
      return window.mapperBasemap.layer(L, data, localLabels, options).addTo(map);
    }
  };
})();
