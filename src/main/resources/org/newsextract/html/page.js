(function () {
  "use strict";
  var root = document.documentElement;
  root.classList.add("js");
  var article = document.getElementById("article");
  var details = document.getElementById("details");
  if (!article || !details) { return; }
  // the details move from the title (the browser's tooltip) to the panel
  var marks = article.querySelectorAll(".m[title]");
  for (var i = 0; i < marks.length; i++) {
    marks[i].setAttribute("data-tip", marks[i].getAttribute("title"));
    marks[i].removeAttribute("title");
  }
  var lit = [];
  function clear() {
    for (var i = 0; i < lit.length; i++) { lit[i].classList.remove("lit"); }
    lit = [];
  }
  function light(attr, value) {
    if (!value) { return; }
    var found = document.querySelectorAll("[" + attr + "=\"" + CSS.escape(value) + "\"]");
    for (var i = 0; i < found.length; i++) { found[i].classList.add("lit"); lit.push(found[i]); }
  }
  function show(target) {
    var chain = [];
    for (var e = target; e && e !== article; e = e.parentElement) {
      if (e.classList && e.classList.contains("m")) { chain.push(e); }
    }
    if (!chain.length) { return; }
    clear();
    details.textContent = "";
    for (var i = 0; i < chain.length; i++) {
      var d = document.createElement("div");
      // a piece of a split fact: the full details are on its first piece
      var whole = document.getElementById("f-" + chain[i].getAttribute("data-fact")) || chain[i];
      var tip = whole.getAttribute("data-tip") || chain[i].getAttribute("data-tip") || "";
      var nl = tip.indexOf("\n");
      var head = document.createElement("b");
      head.textContent = nl < 0 ? tip : tip.slice(0, nl);
      d.appendChild(head);
      d.appendChild(document.createTextNode(nl < 0 ? "" : tip.slice(nl)));
      details.appendChild(d);
    }
    details.hidden = false;
    var f = chain[0];
    light("data-fact", f.getAttribute("data-fact"));
    light("data-attr", f.getAttribute("data-attr"));
    light("data-src", f.getAttribute("data-src"));
  }
  article.addEventListener("mouseover", function (ev) { show(ev.target); });
  article.addEventListener("focusin", function (ev) { show(ev.target); });
  document.addEventListener("keydown", function (ev) {
    if (ev.key === "Escape") { clear(); details.hidden = true; }
  });
  // a source in the panel lights everything it said
  var sources = document.querySelectorAll(".panel [data-src]");
  for (var j = 0; j < sources.length; j++) {
    sources[j].addEventListener("mouseenter", function (ev) {
      clear();
      light("data-src", ev.currentTarget.getAttribute("data-src"));
    });
    sources[j].addEventListener("mouseleave", clear);
  }
})();
