(function () {
  "use strict";
  document.documentElement.classList.add("js");
  var table = document.getElementById("docs");
  if (!table || !table.tHead) { return; }
  var heads = table.tHead.rows[0].cells;
  function key(row, col, numeric) {
    var cell = row.cells[col];
    var v = cell ? cell.getAttribute("data-sort") : null;
    if (v === null || v === "") { return null; }
    return numeric ? parseFloat(v) : v;
  }
  function sortBy(col, numeric, button) {
    var th = heads[col];
    var asc = th.getAttribute("aria-sort") !== "ascending";
    for (var i = 0; i < heads.length; i++) { heads[i].removeAttribute("aria-sort"); }
    th.setAttribute("aria-sort", asc ? "ascending" : "descending");
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = key(a, col, numeric), y = key(b, col, numeric);
      if (x === null && y === null) { return 0; }
      if (x === null) { return 1; }   // empty cells last either way
      if (y === null) { return -1; }
      var c = numeric ? x - y : (x < y ? -1 : x > y ? 1 : 0);
      return asc ? c : -c;
    });
    for (var j = 0; j < rows.length; j++) { body.appendChild(rows[j]); }
  }
  for (var i = 0; i < heads.length; i++) {
    (function (col) {
      var th = heads[col];
      var b = document.createElement("button");
      b.type = "button";
      b.className = "sort";
      while (th.firstChild) { b.appendChild(th.firstChild); }
      th.appendChild(b);
      var numeric = th.getAttribute("data-type") === "num";
      b.addEventListener("click", function () { sortBy(col, numeric, b); });
    })(i);
  }
})();
