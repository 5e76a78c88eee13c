// okrportal niceties: "expand all / collapse all" for collapsible trees,
// a tree node opened and closed from its link with the arrow keys (its
// marker is out of the tab order, so each node is one tab stop), every
// <details> opened for printing, and the period menu closed by Escape or
// a click elsewhere. Pages work without this script: trees come open.
(function () {
  "use strict";
  function setAll(scope, open) {
    var ds = scope.querySelectorAll("details");
    for (var i = 0; i < ds.length; i++) ds[i].open = open;
  }
  var tools = document.querySelectorAll("[data-tree-tools]");
  for (var i = 0; i < tools.length; i++) {
    (function (box) {
      var tree = box.nextElementSibling;
      if (!tree) return;
      [["Expand all", true], ["Collapse all", false]].forEach(function (b) {
        var btn = document.createElement("button");
        btn.type = "button";
        btn.textContent = b[0];
        btn.addEventListener("click", function () { setAll(tree.parentNode, b[1]); });
        box.appendChild(btn);
      });
      box.hidden = false;
    })(tools[i]);
  }
  // In a tree, Right opens the node of the focused link and Left closes
  // it (or, when it is closed, moves to its parent's link).
  document.addEventListener("keydown", function (ev) {
    if (ev.key !== "ArrowRight" && ev.key !== "ArrowLeft") return;
    var a = ev.target;
    if (!a.closest || a.tagName !== "A" || !a.closest("ul.tree")) return;
    var row = a.closest(".tsum");
    if (!row) return;
    var li = row.parentNode, d = row.nextElementSibling;
    var has = d && d.tagName === "DETAILS";
    if (ev.key === "ArrowRight" && has) d.open = true;
    else if (ev.key === "ArrowLeft" && has && d.open) d.open = false;
    else if (ev.key === "ArrowLeft") {
      var up = li.parentNode.closest("li.tnode, li.tkr");
      var link = up && up.querySelector(".tsum a");
      if (!link) return;
      link.focus();
    } else return;
    ev.preventDefault();
  });
  var opened = [];
  window.addEventListener("beforeprint", function () {
    var ds = document.querySelectorAll("main details:not([open])");
    for (var i = 0; i < ds.length; i++) { ds[i].open = true; opened.push(ds[i]); }
  });
  window.addEventListener("afterprint", function () {
    opened.forEach(function (d) { d.open = false; });
    opened = [];
  });
  var menus = document.querySelectorAll("details.menu");
  document.addEventListener("click", function (ev) {
    for (var i = 0; i < menus.length; i++) {
      if (menus[i].open && !menus[i].contains(ev.target)) menus[i].open = false;
    }
  });
  document.addEventListener("keydown", function (ev) {
    if (ev.key !== "Escape") return;
    for (var i = 0; i < menus.length; i++) {
      if (menus[i].open) { menus[i].open = false; menus[i].querySelector("summary").focus(); }
    }
  });
})();
