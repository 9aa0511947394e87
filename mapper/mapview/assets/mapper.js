/* mapper's map: draws the sites of one map from its JSON document (built by mapper/mapview).

   The document: levels [{name, colour, label, show}] most severe first; sites [[lat, lon, name, level,
   title]] (level = index into levels); events [[site, level, day, fatalities]] (day = days since
   1970-01-01 or null); popups and panels: HTML per site (escaped by Python; panels null when the popup
   says it all); cluster, heatmap: booleans; tiles {url, options, name} or null; outlines
   {attribution} or null (the GeoJSON is in the element "<id>-outlines"); legend: HTML; title: text.

   Markers are made in one loop from plain arrays (no generated code per marker) and share their icons.
   A filter change (layer control, date range) recomputes which sites show, with which colour and
   size, and reloads the one marker layer. Untrusted text only ever arrives as Python-escaped HTML
   or through textContent / title attributes here. */
(function () {
  "use strict";
  if (window.mapperInit) { return; }

  var DAY_MS = 86400000;

  function dayText(day) { return new Date(day * DAY_MS).toISOString().slice(0, 10); }

  function fold(text) {  // case- and accent-insensitive search key
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  function dotSize(fatalities) { return 14 + Math.round(4 * Math.log2(1 + fatalities)); }

  function element(tag, className, parent) {
    var el = document.createElement(tag);
    if (className) { el.className = className; }
    if (parent) { parent.appendChild(el); }
    return el;
  }

  window.mapperInit = function (map, dataId) {
    var L = window.L;  // this page's Leaflet, kept even if a later fragment loads another
    var D = JSON.parse(document.getElementById(dataId).textContent);
    var root = map.getContainer();
    var levels = D.levels, sites = D.sites, events = D.events;
    var MENTION = -1;
    levels.forEach(function (lv, i) { if (lv.name === "mention") { MENTION = i; } });
    root.classList.add("mapper-root");
    if (map.options.maxZoom === undefined) { map.setMaxZoom(18); }  // clustering needs one; outlines set none
    // Unanimated, and before any marker loads: Leaflet.markercluster 1.1 fails if a zoom animation
    // ends while it is still adding markers in chunks.
    if (D.bounds) { map.fitBounds(D.bounds, { padding: [40, 40], maxZoom: 10, animate: false }); }

    // Events per site, and the date range they span.
    var siteEvents = sites.map(function () { return []; });
    var minDay = Infinity, maxDay = -Infinity, undated = 0;
    events.forEach(function (ev) {
      siteEvents[ev[0]].push(ev);
      if (ev[2] === null) { undated += 1; } else {
        if (ev[2] < minDay) { minDay = ev[2]; }
        if (ev[2] > maxDay) { maxDay = ev[2]; }
      }
    });
    var state = { on: levels.map(function (lv) { return lv.show; }), from: minDay, to: maxDay };

    // ---- markers ---------------------------------------------------------------------------------
    var icons = {};
    function icon(level, size) {
      var key = level + ":" + size;
      if (!icons[key]) {
        var d = size - 4;
        icons[key] = L.divIcon({
          html: '<span class="mapper-dot" style="background:' + levels[level].colour + ";width:" + d +
                "px;height:" + d + 'px"></span>',
          className: "mapper-marker mapper-level-" + level, iconSize: [size, size],
          iconAnchor: [size / 2, size / 2], popupAnchor: [0, -size / 2]
        });
      }
      return icons[key];
    }

    var markers = new Array(sites.length), markerKey = new Array(sites.length);
    function markerFor(i, level, size) {
      var key = level + ":" + size;
      if (markerKey[i] !== key) {
        var s = sites[i];
        markers[i] = L.marker([s[0], s[1]], { icon: icon(level, size), title: s[4], keyboard: false });
        markers[i].mapperSite = i;
        markers[i].mapperLevel = level;
        markerKey[i] = key;
      }
      return markers[i];
    }

    function clusterIcon(cluster) {
      var kids = cluster.getAllChildMarkers(), best = levels.length - 1, n = kids.length;
      for (var k = 0; k < n; k++) { if (kids[k].mapperLevel < best) { best = kids[k].mapperLevel; } }
      var d = n < 10 ? 30 : n < 100 ? 36 : n < 1000 ? 42 : 48;
      var label = n < 10000 ? String(n) : Math.round(n / 1000) + "k";
      return L.divIcon({ html: '<div style="background:' + levels[best].colour + '">' + label + "</div>",
                         className: "mapper-cluster", iconSize: [d, d] });
    }

    // data-mapper-ready: ms from navigation to the first complete load of the markers (time to
    // interactive); data-mapper-loads counts complete loads (each filter change is one).
    var loads = 0;
    function markReady() {
      loads += 1;
      if (loads === 1) { root.setAttribute("data-mapper-ready", String(Math.round(performance.now()))); }
      root.setAttribute("data-mapper-loads", String(loads));
    }
    var layer = D.cluster && L.MarkerClusterGroup
      ? L.markerClusterGroup({ chunkedLoading: true, showCoverageOnHover: false, maxClusterRadius: 50,
                               iconCreateFunction: clusterIcon,
                               chunkProgress: function (done, total) { if (done === total) { markReady(); } } })
      : L.featureGroup();
    layer.addTo(map);
    layer.on("click", function (e) { openPopup(e.layer.mapperSite, e.layer); });

    var heat = D.heatmap && L.heatLayer ? L.heatLayer([], { radius: 22, blur: 18, maxZoom: 9 }) : null;
    var counter = null;

    // Which sites show, in which colour and size, under the current filters.
    function refresh() {
      var list = [], points = [], shown = 0;
      for (var i = 0; i < sites.length; i++) {
        var evs = siteEvents[i], best = -1, dead = 0;
        if (!evs.length) {
          if (MENTION >= 0 && state.on[MENTION]) { list.push(markerFor(i, MENTION, 8)); }
          continue;
        }
        for (var k = 0; k < evs.length; k++) {
          var ev = evs[k];
          if (!state.on[ev[1]] || (ev[2] !== null && (ev[2] < state.from || ev[2] > state.to))) { continue; }
          shown += 1;
          dead += ev[3];
          if (best < 0 || ev[1] < best) { best = ev[1]; }
          if (heat) { points.push([sites[i][0], sites[i][1], Math.min(1, 0.3 + 0.1 * Math.log2(1 + ev[3]))]); }
        }
        if (best >= 0) { list.push(markerFor(i, best, dotSize(dead))); }
      }
      layer.clearLayers();
      if (layer.addLayers) { layer.addLayers(list); } else { list.forEach(function (m) { layer.addLayer(m); }); }
      if (heat) { heat.setLatLngs(points); }
      if (counter) {
        counter.textContent = shown + " of " + events.length + " event" + (events.length === 1 ? "" : "s") +
          " shown" + (undated ? " (" + undated + " undated always shown)" : "");
      }
      if (!D.cluster || !list.length || !layer.addLayers) { markReady(); }
    }

    // ---- popup and side panel -----------------------------------------------------------------------
    var popup = L.popup({ maxWidth: 360, minWidth: 220, autoPanPadding: [30, 30] });
    function openPopup(i, marker) {
      var at = marker && map.hasLayer(marker) ? marker.getLatLng() : L.latLng(sites[i][0], sites[i][1]);
      var size = marker && marker.options.icon.options.iconSize ? marker.options.icon.options.iconSize[1] : 0;
      popup.options.offset = L.point(0, -size / 2 + 7);
      popup.setLatLng(at).setContent(D.popups[i]).openOn(map);
      root.setAttribute("data-mapper-popup", String(i));
    }

    var panel = element("div", "mapper-panel", root);
    var panelHead = element("div", "mapper-panel-head", panel);
    var panelTitle = element("span", "", panelHead);
    var panelClose = element("button", "mapper-panel-close", panelHead);
    panelClose.type = "button";
    panelClose.title = "Close";
    panelClose.textContent = "\u00d7";
    var panelBody = element("div", "mapper-panel-body", panel);
    L.DomEvent.disableClickPropagation(panel);
    L.DomEvent.disableScrollPropagation(panel);
    function openPanel(i) {
      panelTitle.textContent = sites[i][2];
      panelBody.innerHTML = D.panels[i] || D.popups[i];
      panel.classList.add("mapper-open");
    }
    panelClose.addEventListener("click", function () { panel.classList.remove("mapper-open"); });
    root.addEventListener("click", function (e) {
      var button = e.target.closest ? e.target.closest(".mapper-more") : null;
      if (button && root.contains(button)) { openPanel(Number(button.getAttribute("data-site"))); }
    }, true);  // capture: Leaflet stops clicks inside a popup from bubbling

    // ---- controls ---------------------------------------------------------------------------------
    var title = element("div", "mapper-title", root);
    title.textContent = D.title;

    var bases = {}, first = null;
    if (D.tiles) {
      first = L.tileLayer(D.tiles.url, D.tiles.options);
      bases["Map tiles (" + D.tiles.name + ")"] = first;
      root.classList.add("mapper-tiles");
    }
    if (D.outlines) {
      var outlineData = JSON.parse(document.getElementById(dataId + "-outlines").textContent);
      var outlines = L.geoJSON(outlineData, {
        attribution: D.outlines.attribution, interactive: false,
        style: { color: "#8a8a8a", weight: 0.7, fillColor: "#f4f1ea", fillOpacity: 1 }
      });
      bases["Country outlines (offline)"] = outlines;
      first = first || outlines;
      map.on("baselayerchange", function (e) { root.classList.toggle("mapper-tiles", e.layer !== outlines); });
    }
    if (first) { first.addTo(map); }

    var overlays = {};
    var byLevel = levels.map(function () { return 0; });
    sites.forEach(function (s) { byLevel[s[3]] += 1; });
    levels.forEach(function (lv, i) {
      var group = L.layerGroup();
      group.mapperLevel = i;
      var name = '<span class="mapper-layer-dot" style="background:' + lv.colour + '"></span>' +
                 (lv.name === "mention" ? "Mentioned only" : lv.name);
      overlays[name] = group;
      if (lv.show) { group.addTo(map); }
    });
    if (heat) { overlays.Heatmap = heat; }
    L.control.layers(bases, overlays, { collapsed: sites.length > 0 && root.clientWidth < 500 }).addTo(map);
    map.on("overlayadd overlayremove", function (e) {
      if (e.layer.mapperLevel !== undefined) {
        state.on[e.layer.mapperLevel] = e.type === "overlayadd";
        refresh();
      }
    });

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

    new Box(function (box) { box.innerHTML = D.legend; },
            { position: "bottomright", className: "mapper-legend" }).addTo(map);

    if (sites.length) {
      new Box(function (box) {
        var input = element("input", "", box), list = element("ul", "", box);
        input.type = "search";
        input.placeholder = "Find a place\u2026";
        input.setAttribute("aria-label", "Find a place on the map");
        var keys = sites.map(function (s) { return fold(s[2]); }), hits = [];
        function show() {
          list.textContent = "";
          var q = fold(input.value.trim());
          hits = [];
          if (!q) { return; }
          for (var i = 0; i < sites.length && hits.length < 200; i++) {
            var at = keys[i].indexOf(q);
            if (at >= 0) { hits.push([at === 0 ? 0 : 1, keys[i].length, i]); }
          }
          hits.sort(function (a, b) { return a[0] - b[0] || a[1] - b[1] || a[2] - b[2]; });
          hits = hits.slice(0, 8);
          hits.forEach(function (h, n) {
            var li = element("li", n === 0 ? "mapper-active" : "", list);
            li.textContent = sites[h[2]][2];
            var extra = element("span", "", li);
            extra.textContent = sites[h[2]][4].slice(sites[h[2]][2].length);
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

    function goTo(i) {
      var m = markers[i];
      if (m && layer.hasLayer(m) && layer.zoomToShowLayer) {
        layer.zoomToShowLayer(m, function () { openPopup(i, m); });
      } else {
        map.setView([sites[i][0], sites[i][1]], Math.max(map.getZoom(), 7));
        openPopup(i, m && layer.hasLayer(m) ? m : null);
      }
    }

    if (events.length) {
      new Box(function (box) {
        var label = element("div", "mapper-time-label", box);
        var range = element("div", "", box);
        var lo, hi;
        if (maxDay > minDay) {
          lo = element("input", "", box);
          hi = element("input", "", box);
          [lo, hi].forEach(function (input, n) {
            input.type = "range";
            input.min = String(minDay);
            input.max = String(maxDay);
            input.step = "1";
            input.value = String(n ? maxDay : minDay);
            input.setAttribute("aria-label", n ? "Last date shown" : "First date shown");
          });
        }
        counter = element("div", "mapper-count", box);
        var timer = null;
        function update() {
          if (lo) {
            var a = Number(lo.value), b = Number(hi.value);
            state.from = Math.min(a, b);
            state.to = Math.max(a, b);
            range.textContent = dayText(state.from) + " \u2013 " + dayText(state.to);
          }
        }
        label.textContent = lo ? "Dates" : (maxDay >= minDay ? "Date: " + dayText(minDay) : "Events");
        update();
        if (lo) {
          [lo, hi].forEach(function (input) {
            input.addEventListener("input", function () {
              update();
              clearTimeout(timer);
              timer = setTimeout(refresh, 120);  // one reload per pause, not per pixel dragged
            });
          });
        }
      }, { position: "bottomleft", className: "mapper-time" }).addTo(map);
    }

    refresh();
    map.mapper = { layer: layer, heat: heat, state: state, refresh: refresh, openPopup: openPopup,
                   openPanel: openPanel, goTo: goTo, markers: markers };
  };
}());
