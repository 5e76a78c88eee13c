// okrportal search: loads search-index.json, expands it into entries and
// filters them in the browser.
// Results are built with createElement/textContent only, never innerHTML.
(function () {
  "use strict";
  var form = document.querySelector("form.search");
  if (!form) return;
  var input = form.querySelector("input[name=q]");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  var indexURL = form.getAttribute("data-index");
  var scriptURL = form.getAttribute("data-index-script");
  // Links in the index are relative to the site root; this page is one
  // level down (search/), like search-index.json's own link shows.
  var root = indexURL.replace(/search-index\.json$/, "");
  var fileLinks = !!scriptURL;
  var entries = null;
  var MAX = 50;

  function say(text) { status.textContent = text; }

  // loadScript adds the index as a script (assets/search-index.js, built
  // with file_links), which sets window.OKR_SEARCH_INDEX.
  function loadScript() {
    return new Promise(function (resolve, reject) {
      var s = document.createElement("script");
      s.src = scriptURL;
      s.onload = function () { window.OKR_SEARCH_INDEX ? resolve(window.OKR_SEARCH_INDEX) : reject(new Error("empty index")); };
      s.onerror = function () { reject(new Error("no index script")); };
      document.head.appendChild(s);
    });
  }

  // load gets the index: from file:// straight from the script, as a
  // fetch there fails (and logs a CORS error); over HTTP from the JSON,
  // falling back to the script.
  function load() {
    if (window.OKR_SEARCH_INDEX) { return Promise.resolve(window.OKR_SEARCH_INDEX); }
    if (window.location.protocol === "file:") {
      return scriptURL ? loadScript() : Promise.reject(new Error("file:// without an index script"));
    }
    return fetch(indexURL).then(function (r) {
      if (!r.ok) throw new Error("HTTP " + r.status);
      return r.json();
    }).catch(function (err) {
      if (!scriptURL) throw err;
      return loadScript();
    });
  }

  function fold(s) {
    return (s || "").toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  }

  // expand turns the index (format 2, see generator/export/search.go)
  // into entries {title, type, url, team, text}, in the order ties are
  // shown. A list is format 1, an index a browser may still have cached.
  function expand(x) {
    if (Array.isArray(x)) return x;
    if (!x || x.format !== 2) throw new Error("stale");
    var out = [];
    function path(parts, id) { return parts[0] + id + parts[1]; }
    function name(rows, r) { return typeof r === "number" ? rows[r][1] : r; }
    function join(parts) { return parts.filter(function (p) { return p !== ""; }).join(" · "); }
    function objectives(from, to) {
      for (var i = from; i < to; i++) {
        var o = x.objectives[i];
        var url = path(x.paths.objective, o[0]), team = name(x.teams, o[2]);
        var period = typeof o[3] === "number" ? x.periods[o[3]] : o[3];
        var shown = o.length > 8 ? o[8] : o[1];
        out.push({ title: o[1], type: "objective", url: url, team: team,
          text: join([period, name(x.people, o[4]), o[5], o[6]]) });
        o[7].forEach(function (k) {
          out.push({ title: k[1], type: "key result", url: url + "#" + path(x.anchor, k[0]), team: team,
            text: join([period, shown, name(x.people, k[2])]) });
        });
      }
    }
    objectives(0, x.current);
    x.teams.forEach(function (t) {
      out.push({ title: t[1], type: "team", url: path(x.paths.team, t[0]), team: name(x.teams, t[2]),
        text: join([name(x.people, t[3]), t[4]]) });
    });
    x.people.forEach(function (p) {
      out.push({ title: p[1], type: "person", url: path(x.paths.person, p[0]), team: name(x.teams, p[2]), text: p[3] });
    });
    objectives(x.current, x.objectives.length);
    return out;
  }

  function prepare(data) {
    return expand(data).map(function (e) {
      return { e: e, title: fold(e.title), rest: fold([e.type, e.team, e.text].join(" ")) };
    });
  }

  function href(url) {
    var hash = "";
    var i = url.indexOf("#");
    if (i >= 0) { hash = url.slice(i); url = url.slice(0, i); }
    if (fileLinks && /\/$/.test(url)) url += "index.html";
    return root + url + hash;
  }

  function score(item, words) {
    var s = 0;
    for (var i = 0; i < words.length; i++) {
      var w = words[i];
      var t = item.title.indexOf(w);
      if (t === 0) s += 3;
      else if (t > 0) s += 2;
      else if (item.rest.indexOf(w) >= 0) s += 1;
      else return 0;
    }
    return s;
  }

  function render(q) {
    while (list.firstChild) list.removeChild(list.firstChild);
    var words = fold(q).split(/\s+/).filter(Boolean);
    if (!words.length) { say(entries.length + " items to search."); return; }
    var hits = [];
    for (var i = 0; i < entries.length; i++) {
      var s = score(entries[i], words);
      if (s > 0) hits.push({ s: s, i: i });
    }
    hits.sort(function (a, b) { return b.s - a.s || a.i - b.i; });
    say(hits.length === 0 ? "No results for “" + q + "”." :
      hits.length + (hits.length === 1 ? " result" : " results") +
      (hits.length > MAX ? ", showing the first " + MAX : "") + ".");
    hits.slice(0, MAX).forEach(function (h) {
      var e = entries[h.i].e;
      var li = document.createElement("li");
      var kind = document.createElement("span");
      kind.className = "rtype";
      kind.textContent = e.type;
      var a = document.createElement("a");
      a.href = href(e.url);
      a.textContent = e.title;
      li.appendChild(kind);
      li.appendChild(document.createTextNode(" "));
      li.appendChild(a);
      if (e.team || e.text) {
        var meta = document.createElement("div");
        meta.className = "meta";
        meta.textContent = [e.team, e.text].filter(Boolean).join(" · ");
        li.appendChild(meta);
      }
      list.appendChild(li);
    });
  }

  var params = new URLSearchParams(window.location.search);
  if (params.get("q")) input.value = params.get("q");
  say("Loading the index…");
  load().then(function (data) {
    try {
      entries = prepare(data);
    } catch (err) {
      say("The search index is from another version of this site. Reload the page to search; if that does not help, clear the browser's cache for this site.");
      return;
    }
    render(input.value);
    var timer = 0;
    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        render(input.value);
        var url = new URL(window.location.href);
        if (input.value) url.searchParams.set("q", input.value); else url.searchParams.delete("q");
        try { history.replaceState(null, "", url.toString()); } catch (e) { /* file:// */ }
      }, 80);
    });
    form.addEventListener("submit", function (ev) { ev.preventDefault(); render(input.value); });
  }).catch(function () {
    say(window.location.protocol === "file:" && !scriptURL ?
      "Search from files needs a site built with file_links: true. Serve the site over HTTP, or browse Teams and People instead." :
      "The search index could not be loaded. Browse Teams and People instead.");
  });
})();
