/* depeche report: filterable, sortable, paged tables drawn from the JSON in #report-data.
   The index carries the first part of each view's rows; the other parts are scripts in data/
   (a <script> loads from file://, where fetch is refused), loaded when a page needs one and all
   at once when a search or a sort does. Every value is set with textContent, never as HTML; a
   link is set only when it points inside the report (articles/… or entities/…). */
(function () {
  "use strict";

  var SAFE_HREF = /^(articles|entities)\/[a-z0-9-]+\.html(#[a-z0-9-]+)?$/;
  var data = JSON.parse(document.getElementById("report-data").textContent);
  var PAGE_ROWS = data.page_rows;
  var collator = new Intl.Collator("fr", { sensitivity: "base" });
  var waiting = {};  /* "view/part" -> functions to call once the part is in */
  var views = {};

  function fold(value) {
    // as names.fold: no accents, lower case, punctuation and hyphens as single spaces (`jean paul` finds `Jean-Paul`).
    // Unicode classes only on the runs of non-ASCII letters: over a whole text they took seconds for a year of claims.
    return String(value).normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
      .replace(/[^a-z0-9\u0080-\uffff]+/g, " ")
      .replace(/[\u0080-\uffff]+/g, function (run) { return run.replace(/[^\p{L}\p{N}]+/gu, " "); })
      .replace(/ {2,}/g, " ").trim();
  }

  function compare(a, b) {
    if (typeof a === "number" && typeof b === "number") { return a - b; }
    return collator.compare(String(a), String(b));
  }

  function cell(row, column) {
    var td = document.createElement("td");
    var value = row[column.key];
    var href = column.href ? row[column.href] : "";
    var holder = td;
    if (href && SAFE_HREF.test(href)) {
      holder = document.createElement("a");
      holder.setAttribute("href", href);
      td.appendChild(holder);
    }
    holder.textContent = value === null || value === undefined ? "" : String(value);
    td.className = "col-" + column.key;
    return td;
  }

  /* A part's script calls this with its rows. */
  window.depecheChunk = function (name, number, rows) {
    var view = views[name];
    var key = name + "/" + number;
    if (!view || view.parts[number]) { return; }
    view.parts[number] = rows;
    (waiting[key] || []).forEach(function (done) { done(); });
    delete waiting[key];
  };

  function View(section, name, part) {
    this.section = section;
    this.name = name;
    this.total = part.total;
    this.starts = part.starts;  /* the row each part begins with */
    this.parts = [part.rows];
    this.every = null;  /* every row, once every part is in */
    this.folded = {};  /* column (or "*") -> each row's folded text, for the filters */
    this.columns = Array.prototype.map.call(section.querySelectorAll("th[data-key]"), function (th) {
      return { key: th.getAttribute("data-key"), href: th.getAttribute("data-href"), th: th };
    });
    this.controls = Array.prototype.slice.call(section.querySelectorAll("[data-filter]"));
    this.exact = {};  /* column -> value, set from the page address (an entity's id), cleared by any edit */
    this.sortKey = null;
    this.sortDir = 1;
    this.page = 0;
    this.generation = 0;
    this.bind();
    this.update();
  }

  View.prototype.bind = function () {
    var view = this;
    this.controls.forEach(function (control) {
      /* one event each: a text box's "change" on blur would redraw the rows under the click that blurred it */
      control.addEventListener(control.tagName === "SELECT" ? "change" : "input", function () {
        view.exact = {};
        view.page = 0;
        view.update();
      });
    });
    this.columns.forEach(function (column) {
      column.th.querySelector("button").addEventListener("click", function () { view.sortBy(column); });
    });
    this.section.querySelector("[data-page=prev]").addEventListener("click", function () { view.turn(-1); });
    this.section.querySelector("[data-page=next]").addEventListener("click", function () { view.turn(1); });
  };

  View.prototype.sortBy = function (column) {
    this.sortDir = this.sortKey === column.key ? -this.sortDir : 1;
    this.sortKey = column.key;
    var view = this;
    this.columns.forEach(function (other) {
      other.th.setAttribute("aria-sort", other === column ? (view.sortDir > 0 ? "ascending" : "descending") : "none");
    });
    this.page = 0;
    this.update();
  };

  View.prototype.turn = function (step) {
    this.page += step;
    this.update();
  };

  View.prototype.firstRow = function () { return this.parts[0][0]; };

  /* Whether the rows shown depend on every row: a filter, an exact value or a sort. */
  View.prototype.needsEvery = function () {
    return Boolean(this.sortKey) || Object.keys(this.exact).length > 0 ||
      this.controls.some(function (control) { return fold(control.value.trim()) !== ""; });
  };

  View.prototype.partOf = function (row) {
    var number = 0;
    while (number + 1 < this.starts.length && this.starts[number + 1] <= row) { number += 1; }
    return number;
  };

  View.prototype.partsFor = function (first, last) {
    var numbers = [];
    for (var number = this.partOf(first); number <= this.partOf(Math.max(first, last)); number += 1) {
      numbers.push(number);
    }
    return numbers;
  };

  /* Load the parts not in yet, then call done (at once when none is missing). */
  View.prototype.load = function (numbers, done) {
    var view = this;
    var missing = numbers.filter(function (number) { return !view.parts[number]; });
    if (missing.length === 0) { done(); return; }
    var left = missing.length;
    this.setState("loading", "loading " + missing.length + " part(s) of the rows…");
    missing.forEach(function (number) {
      view.request(number, function () {
        left -= 1;
        if (left === 0) { done(); } else { view.setState("loading", "loading rows: " + left + " part(s) to go…"); }
      });
    });
  };

  View.prototype.request = function (number, done) {
    var key = this.name + "/" + number;
    if (waiting[key]) { waiting[key].push(done); return; }
    waiting[key] = [done];
    var view = this;
    var script = document.createElement("script");
    script.src = data.data_dir + "/" + this.name + "-" + String(number).padStart(5, "0") + ".js";
    script.onerror = function () { view.setState("error", "a part of the rows is missing: " + script.src); };
    document.head.appendChild(script);
  };

  View.prototype.setState = function (state, message) {
    this.section.setAttribute("data-state", state);
    if (message) { this.section.querySelector(".count").textContent = "(" + message + ")"; }
  };

  View.prototype.everyRow = function () {
    if (!this.every) { this.every = Array.prototype.concat.apply([], this.parts); }
    return this.every;
  };

  View.prototype.foldedColumn = function (key) {
    if (!this.folded[key]) {
      var columns = this.columns;
      this.folded[key] = this.everyRow().map(function (row) {
        return fold(key === "*" ? columns.map(function (c) { return row[c.key]; }).join(" ") : row[key]);
      });
    }
    return this.folded[key];
  };

  View.prototype.matching = function () {
    var view = this;
    var exact = this.exact;
    var tests = this.controls.map(function (control) {
      var wanted = fold(control.value.trim());
      var folded = wanted ? view.foldedColumn(control.getAttribute("data-filter")) : null;
      var whole = control.tagName === "SELECT";
      return function (index) {
        return !wanted || (whole ? folded[index] === wanted : folded[index].indexOf(wanted) !== -1);
      };
    });
    return this.everyRow().filter(function (row, index) {
      if (Object.keys(exact).some(function (key) { return row[key] !== exact[key]; })) { return false; }
      return tests.every(function (test) { return test(index); });
    });
  };

  View.prototype.update = function () {
    var view = this;
    var generation = ++this.generation;
    var every = this.needsEvery();
    var pages = Math.max(1, Math.ceil(this.total / PAGE_ROWS));
    if (!every) { this.page = Math.min(Math.max(this.page, 0), pages - 1); }
    var numbers = every ? this.starts.map(function (start, number) { return number; })
      : this.partsFor(this.page * PAGE_ROWS, (this.page + 1) * PAGE_ROWS - 1);
    this.load(numbers, function () {
      if (generation === view.generation) { view.draw(every); }
    });
  };

  View.prototype.draw = function (every) {
    var view = this;
    var shown, count;
    if (every) {
      shown = this.matching();
      if (this.sortKey) {
        shown.sort(function (a, b) { return view.sortDir * compare(a[view.sortKey], b[view.sortKey]); });
      }
      count = shown.length;
    } else {
      count = this.total;
    }
    var pages = Math.max(1, Math.ceil(count / PAGE_ROWS));
    this.page = Math.min(Math.max(this.page, 0), pages - 1);
    var first = this.page * PAGE_ROWS;
    var rows = every ? shown.slice(first, first + PAGE_ROWS) : this.pageRows(first, Math.min(first + PAGE_ROWS, count));
    var body = document.createElement("tbody");
    rows.forEach(function (row) {
      var tr = document.createElement("tr");
      view.columns.forEach(function (column) { tr.appendChild(cell(row, column)); });
      body.appendChild(tr);
    });
    var table = this.section.querySelector("table");
    table.replaceChild(body, table.querySelector("tbody"));
    this.setState("ready", count + " of " + this.total);
    this.section.querySelector(".page-info").textContent = "page " + (this.page + 1) + " of " + pages;
    this.section.querySelector("[data-page=prev]").disabled = this.page === 0;
    this.section.querySelector("[data-page=next]").disabled = this.page >= pages - 1;
  };

  /* Rows [first, end) in table order, from the parts they are in. */
  View.prototype.pageRows = function (first, end) {
    var rows = [];
    for (var index = first; index < end; index += 1) {
      var number = this.partOf(index);
      rows.push(this.parts[number][index - this.starts[number]]);
    }
    return rows;
  };

  /* index.html#claims?speaker=NAME opens the claims view filtered on NAME; a parameter that names
     no filter but a column (speaker_entity_id=ID) keeps the rows whose column is exactly ID. */
  function applyHash() {
    var hash = window.location.hash.slice(1);
    var at = hash.indexOf("?");
    if (at === -1) { return; }
    var view = views[hash.slice(0, at)];
    if (!view) { return; }
    var params = new URLSearchParams(hash.slice(at + 1));
    var filters = {};
    view.controls.forEach(function (control) {
      var key = control.getAttribute("data-filter");
      var name = key === "*" ? "q" : key;
      filters[name] = true;
      if (params.has(name)) { control.value = params.get(name); }
    });
    params.forEach(function (value, name) {
      if (!filters[name] && view.total && name in view.firstRow()) { view.exact[name] = value; }
    });
    view.page = 0;
    view.update();
    view.section.scrollIntoView();
  }

  Array.prototype.forEach.call(document.querySelectorAll("section[data-view]"), function (section) {
    var name = section.getAttribute("data-view");
    var part = data.views[name] || { total: 0, starts: [0], rows: [] };
    views[name] = new View(section, name, part);
  });
  applyHash();
  window.addEventListener("hashchange", applyHash);
}());
