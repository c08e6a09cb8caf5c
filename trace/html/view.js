/* view.js -- draws one step of a run recorded by minipy's browser view
 * (trace/html.c embeds this file in every page it writes).
 *
 * The page holds the data as JSON: the file name, the source, the steps
 * (Python Tutor's execution points, with minipy's additions: cells as
 * objects, each object's reference count, each step's narration, the
 * length of the output so far) and the program's output. Plain JavaScript,
 * no library: the page must open from a USB stick with no network.
 *
 * Moving: the slider, the buttons, and the keys Left/Right (a step),
 * Home/End. For tests and scripts: minipy.steps (how many) and
 * minipy.go(n) (show step n, from 0).
 */
(function () {
  "use strict";

  function data(id) { return JSON.parse(document.getElementById(id).textContent); }
  var file = data("minipy-file"), source = data("minipy-source").split("\n");
  var steps = data("minipy-steps"), output = Array.from(data("minipy-stdout"));
  var current = 0;

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  /* ---- the skeleton ---- */
  var header = el("header");
  header.appendChild(el("h1", null, "minipy \u00b7 " + file));
  var controls = el("span", "controls");
  function button(label, title, fn) {
    var b = el("button", null, label);
    b.title = title;
    b.setAttribute("aria-label", title);
    b.addEventListener("click", fn);
    controls.appendChild(b);
    return b;
  }
  button("|\u25C0", "first step (Home)", function () { go(0); });
  button("\u25C0", "step back (Left)", function () { go(current - 1); });
  button("\u25B6", "step forward (Right)", function () { go(current + 1); });
  button("\u25B6|", "last step (End)", function () { go(steps.length - 1); });
  header.appendChild(controls);
  var slider = el("input");
  slider.id = "slider";
  slider.type = "range";
  slider.min = 0;
  slider.max = Math.max(steps.length - 1, 0);
  slider.value = 0;
  slider.setAttribute("aria-label", "step");
  slider.addEventListener("input", function () { go(Number(slider.value)); });
  header.appendChild(slider);
  var where = el("span");
  where.id = "where";
  header.appendChild(where);
  var eventName = el("span");
  eventName.id = "event";
  header.appendChild(eventName);
  document.body.appendChild(header);

  var main = el("main");
  function section(id, title) {
    var s = el("section");
    s.id = id;
    s.appendChild(el("h2", null, title));
    main.appendChild(s);
    return s;
  }
  var codeSec = section("code", "Source"), framesSec = section("frames", "Frames");
  var heapSec = section("heap", "Objects"), saidSec = section("narration", "What happens");
  var outSec = section("output", "Output");
  var pre = el("pre");
  pre.id = "source";
  var lines = source.map(function (text, i) {
    var ln = el("span", "ln");
    ln.appendChild(el("span", "no", String(i + 1)));
    ln.appendChild(document.createTextNode(text));
    pre.appendChild(ln);
    return ln;
  });
  codeSec.appendChild(pre);
  var framesBox = el("div"), heapBox = el("div");
  framesSec.appendChild(framesBox);
  heapSec.appendChild(heapBox);
  var said = el("pre");
  said.id = "said";
  saidSec.appendChild(said);
  var stdout = el("pre");
  stdout.id = "stdout";
  outSec.appendChild(stdout);
  var svgNS = "http://www.w3.org/2000/svg";
  var svg = document.createElementNS(svgNS, "svg");
  svg.id = "arrows";
  var defs = document.createElementNS(svgNS, "defs");
  defs.innerHTML = '<marker id="head" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" ' +
    'orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#1a4fb3"/></marker>';
  svg.appendChild(defs);
  main.appendChild(svg);
  document.body.appendChild(main);

  /* ---- values ---- */
  function pyString(s) {
    var q = s.indexOf("'") >= 0 && s.indexOf('"') < 0 ? '"' : "'";
    return q + s.replace(/\\/g, "\\\\").replace(/\n/g, "\\n").replace(/\t/g, "\\t")
      .split(q).join("\\" + q) + q;
  }
  var specials = { "Infinity": "inf", "-Infinity": "-inf", "NaN": "nan" };
  function value(v) {
    if (v === null) return el("span", null, "None");
    if (v === true) return el("span", null, "True");
    if (v === false) return el("span", null, "False");
    if (typeof v === "number") return el("span", null, String(v));
    if (typeof v === "string") return el("span", null, pyString(v));
    if (v[0] === "REF") {
      var r = el("span", "ref", "\u2192 #" + v[1]);
      r.dataset.ref = v[1];
      return r;
    }
    if (v[0] === "SPECIAL_FLOAT") return el("span", null, specials[v[1]] || v[1]);
    if (v[0] === "IMPORTED_FAUX_PRIMITIVE") return el("span", "more", v[1]);
    return el("span", null, JSON.stringify(v));
  }

  function varTable(names, values, cells) {
    var t = el("table", "vars");
    names.forEach(function (n) {
      var tr = el("tr");
      var name = el("td", "name", n);
      if (cells && cells.indexOf(n) >= 0) name.appendChild(el("span", "tag", "cell"));
      tr.appendChild(name);
      var td = el("td", "val");
      td.appendChild(value(values[n]));
      tr.appendChild(td);
      t.appendChild(tr);
    });
    return t;
  }

  /* [key, value] rows: a dict's keys are values (quoted strings), an
   * instance's, class's or closure's are names */
  function pairTable(pairs, keysAreValues) {
    var t = el("table", "vars");
    pairs.forEach(function (p) {
      var tr = el("tr"), k = el("td", "name"), v = el("td", "val");
      k.appendChild(!keysAreValues && typeof p[0] === "string" ? el("span", null, p[0]) : value(p[0]));
      if (p[1] !== null || p[0][0] !== "IMPORTED_FAUX_PRIMITIVE") v.appendChild(value(p[1]));
      tr.appendChild(k);
      tr.appendChild(v);
      t.appendChild(tr);
    });
    return t;
  }

  var kindNames = { LIST: "list", TUPLE: "tuple", SET: "set", FROZENSET: "frozenset", DICT: "dict", CELL: "cell" };

  function heapObject(id, enc, refcount) {
    var kind = enc[0];
    var box = el("div", "box obj" + (kind === "CELL" ? " cell" : ""));
    box.id = "obj-" + id;
    var title = el("div", "title");
    var label;
    if (kindNames[kind]) label = kindNames[kind];
    else if (kind === "INSTANCE") label = enc[1] + " instance";
    else if (kind === "CLASS") label = "class " + enc[1] + (enc[2].length ? "(" + enc[2].join(", ") + ")" : "");
    else if (kind === "FUNCTION") label = "function";
    else label = kind;
    title.appendChild(document.createTextNode(label + " #" + id + " "));
    if (refcount !== undefined)
      title.appendChild(el("span", "count", refcount < 0 ? "(immortal)" : "refcount " + refcount));
    box.appendChild(title);
    var items;
    if (kind === "LIST" || kind === "TUPLE" || kind === "SET" || kind === "FROZENSET") {
      items = el("div", "items");
      enc.slice(1).forEach(function (v, i) {
        var it = el("span", "item");
        if (kind !== "SET" && kind !== "FROZENSET" && !(Array.isArray(v) && v[0] === "IMPORTED_FAUX_PRIMITIVE"))
          it.appendChild(el("span", "idx", String(i)));
        it.appendChild(value(v));
        items.appendChild(it);
      });
      if (enc.length === 1) items.appendChild(el("span", "more", "empty"));
      box.appendChild(items);
    } else if (kind === "DICT") {
      box.appendChild(enc.length > 1 ? pairTable(enc.slice(1), true) : el("span", "more", "empty"));
    } else if (kind === "INSTANCE") {
      box.appendChild(pairTable(enc.slice(2)));
    } else if (kind === "CLASS") {
      box.appendChild(pairTable(enc.slice(3)));
    } else if (kind === "FUNCTION") {
      box.appendChild(el("div", "mono", enc[1]));
      if (enc[2] !== null && enc[2] !== undefined)
        box.appendChild(el("div", "more", "its cells are in frame " + enc[2]));
      if (enc[3] && enc[3][0] === "CLOSURE") {
        box.appendChild(el("div", "more", "closure:"));
        box.appendChild(pairTable(enc[3].slice(1)));
      }
    } else if (kind === "CELL") {
      var c = el("div", "val");
      c.appendChild(enc.length > 1 ? value(enc[1]) : el("span", "more", "empty"));
      box.appendChild(c);
    } else if (kind === "module") {
      box.appendChild(el("div", "mono", "module " + enc[1]));
    } else {
      box.appendChild(el("div", "mono", enc[1]));
    }
    return box;
  }

  /* ---- arrows ---- */
  function drawArrows() {
    while (svg.lastChild !== defs) svg.removeChild(svg.lastChild);
    var base = main.getBoundingClientRect();
    svg.setAttribute("width", main.scrollWidth);
    svg.setAttribute("height", main.scrollHeight);
    main.querySelectorAll(".ref").forEach(function (r) {
      var target = document.getElementById("obj-" + r.dataset.ref);
      if (!target) return;
      var a = r.getBoundingClientRect(), b = target.getBoundingClientRect();
      var x1 = a.right - base.left, y1 = a.top + a.height / 2 - base.top;
      var x2 = b.left - base.left, y2 = b.top + 14 - base.top;
      if (x2 < x1) x2 = b.right - base.left;
      var dx = Math.max(Math.abs(x2 - x1) / 2, 30);
      var p = document.createElementNS(svgNS, "path");
      p.setAttribute("d", "M" + x1 + "," + y1 + " C" + (x1 + dx) + "," + y1 + " " +
        (x2 < x1 ? x2 + dx : x2 - dx) + "," + y2 + " " + x2 + "," + y2);
      p.setAttribute("marker-end", "url(#head)");
      svg.appendChild(p);
    });
  }

  /* ---- a step ---- */
  function show(n) {
    var st = steps[n];
    lines.forEach(function (ln) { ln.classList.remove("current"); });
    if (st.line && lines[st.line - 1]) {
      var cur = lines[st.line - 1];
      cur.classList.add("current");
      /* keep the line in the middle of the source pane, without scrolling the page */
      if (cur.offsetTop < pre.scrollTop || cur.offsetTop + cur.offsetHeight > pre.scrollTop + pre.clientHeight)
        pre.scrollTop = cur.offsetTop - pre.clientHeight / 2;
    }
    where.textContent = "Step " + (n + 1) + " of " + steps.length;
    eventName.textContent = st.event.replace("_", " ") + (st.line ? " \u00b7 line " + st.line : "") +
      (st.func_name ? " \u00b7 " + st.func_name : "");
    framesBox.textContent = "";
    if (st.globals) {
      var g = el("div", "box frame" + ((st.stack_to_render || []).length ? "" : " current"));
      g.appendChild(el("div", "title", "Global frame"));
      g.appendChild(varTable(st.ordered_globals, st.globals));
      framesBox.appendChild(g);
    }
    if (st.frames_hidden)
      framesBox.appendChild(el("div", "more", "\u2026 " + st.frames_hidden + " frames further out, not shown"));
    (st.stack_to_render || []).forEach(function (f) {
      var box = el("div", "box frame" + (f.is_highlighted ? " current" : ""));
      box.id = "frame-" + f.frame_id;
      box.appendChild(el("div", "title", f.func_name + " (frame " + f.frame_id + ", line " + f.line + ")"));
      box.appendChild(varTable(f.ordered_varnames, f.encoded_locals, f.cells));
      framesBox.appendChild(box);
    });
    heapBox.textContent = "";
    Object.keys(st.heap || {}).forEach(function (id) {
      heapBox.appendChild(heapObject(id, st.heap[id], (st.refcounts || {})[id]));
    });
    said.textContent = "";
    if (st.exception_msg) said.appendChild(el("div", "exc", st.exception_msg));
    narrate(st.narration || "");
    stdout.textContent = output.slice(0, st.stdout_chars || 0).join("");
    slider.value = n;
    drawArrows();
  }

  /* The narration's lines; a dict or set search with probes after its
   * heading (--trace=dict) folds into a <details> that opens on the slots. */
  function labelOf(line) {
    var m = /^(\[[^\]]*\] )?(T\d+ )?(\S*)/.exec(line);
    return line.charAt(0) === " " ? "" : m[3];
  }
  function narrate(text) {
    var lines = text.replace(/\n$/, "").split("\n"), i = 0;
    while (i < lines.length) {
      var label = labelOf(lines[i]), j = i + 1, probes = 0;
      if (label === "lookup" || label === "insert" || label === "delete") {
        while (j < lines.length && (labelOf(lines[j]) === "probe" || labelOf(lines[j]) === "")) {
          if (labelOf(lines[j]) === "probe") probes++;
          j++;
        }
      }
      if (probes) {
        var d = el("details"), sum = el("summary", null, lines[i]);
        sum.appendChild(el("span", "more", "  (" + probes + (probes > 1 ? " probes" : " probe") + ": open)"));
        d.appendChild(sum);
        d.appendChild(document.createTextNode(lines.slice(i + 1, j).join("\n") + "\n"));
        said.appendChild(d);
      } else {
        said.appendChild(document.createTextNode(lines.slice(i, j).join("\n") + "\n"));
      }
      i = j;
    }
  }

  function go(n) {
    if (!steps.length) return current;
    n = Math.max(0, Math.min(steps.length - 1, Math.floor(Number(n) || 0)));
    current = n;
    show(n);
    return current;
  }

  document.addEventListener("keydown", function (e) {
    if (e.target === slider || e.altKey || e.ctrlKey || e.metaKey) return;
    var to = { ArrowLeft: current - 1, ArrowRight: current + 1, Home: 0, End: steps.length - 1 }[e.key];
    if (to === undefined) return;
    e.preventDefault();
    go(to);
  });
  window.addEventListener("resize", drawArrows);
  window.addEventListener("beforeprint", function () {
    said.querySelectorAll("details").forEach(function (d) { d.open = true; });
    drawArrows();
  });

  window.minipy = {
    steps: steps.length,
    go: go,
    get current() { return current; }
  };
  if (steps.length) go(0);
  else said.textContent = "The run made no steps.";
})();
