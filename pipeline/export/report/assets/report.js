/* depeche report: filterable, sortable, paged tables drawn from the JSON in #report-data.
   Every value is set with textContent, never as HTML; a link is set only when it points
   inside the report (articles/… or entities/…). */
(function () {
  "use strict";

  var PAGE_SIZE = 50;
  var SAFE_HREF = /^(articles|entities)\/[a-z0-9-]+\.html(#[a-z0-9-]+)?$/;
  var data = JSON.parse(document.getElementById("report-data").textContent);

  function fold(value) {
    // as names.fold: no accents, lower case, punctuation and hyphens as single spaces (`jean paul` finds `Jean-Paul`)
    return String(value).normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, " ").trim();
  }

  function compare(a, b) {
    if (typeof a === "number" && typeof b === "number") { return a - b; }
    return String(a).localeCompare(String(b), "fr", { sensitivity: "base" });
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

  function View(section, rows) {
    this.section = section;
    this.rows = rows;
    this.columns = Array.prototype.map.call(section.querySelectorAll("th[data-key]"), function (th) {
      return { key: th.getAttribute("data-key"), href: th.getAttribute("data-href"), th: th };
    });
    this.controls = Array.prototype.slice.call(section.querySelectorAll("[data-filter]"));
    this.exact = {};  /* column -> value, set from the page address (an entity's id), cleared by any edit */
    this.sortKey = null;
    this.sortDir = 1;
    this.page = 0;
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

  View.prototype.matches = function (row) {
    var columns = this.columns;
    var exact = this.exact;
    if (Object.keys(exact).some(function (key) { return row[key] !== exact[key]; })) { return false; }
    return this.controls.every(function (control) {
      var wanted = fold(control.value.trim());
      if (!wanted) { return true; }
      var key = control.getAttribute("data-filter");
      if (control.tagName === "SELECT") { return fold(row[key]) === wanted; }
      var haystack = key === "*" ? columns.map(function (c) { return row[c.key]; }).join(" ") : row[key];
      return fold(haystack).indexOf(wanted) !== -1;
    });
  };

  View.prototype.update = function () {
    var view = this;
    var shown = this.rows.filter(function (row) { return view.matches(row); });
    if (this.sortKey) {
      shown.sort(function (a, b) { return view.sortDir * compare(a[view.sortKey], b[view.sortKey]); });
    }
    var pages = Math.max(1, Math.ceil(shown.length / PAGE_SIZE));
    this.page = Math.min(Math.max(this.page, 0), pages - 1);
    var body = document.createElement("tbody");
    shown.slice(this.page * PAGE_SIZE, (this.page + 1) * PAGE_SIZE).forEach(function (row) {
      var tr = document.createElement("tr");
      view.columns.forEach(function (column) { tr.appendChild(cell(row, column)); });
      body.appendChild(tr);
    });
    var table = this.section.querySelector("table");
    table.replaceChild(body, table.querySelector("tbody"));
    this.section.querySelector(".count").textContent = "(" + shown.length + " of " + this.rows.length + ")";
    this.section.querySelector(".page-info").textContent = "page " + (this.page + 1) + " of " + pages;
    this.section.querySelector("[data-page=prev]").disabled = this.page === 0;
    this.section.querySelector("[data-page=next]").disabled = this.page >= pages - 1;
  };

  /* index.html#claims?speaker=NAME opens the claims view filtered on NAME; a parameter that names
     no filter but a column (speaker_entity_id=ID) keeps the rows whose column is exactly ID. */
  function applyHash(views) {
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
      if (!filters[name] && view.rows.length && name in view.rows[0]) { view.exact[name] = value; }
    });
    view.page = 0;
    view.update();
    view.section.scrollIntoView();
  }

  var views = {};
  Array.prototype.forEach.call(document.querySelectorAll("section[data-view]"), function (section) {
    var name = section.getAttribute("data-view");
    views[name] = new View(section, data[name] || []);
  });
  applyHash(views);
  window.addEventListener("hashchange", function () { applyHash(views); });
}());
