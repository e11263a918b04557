/// The explain page's inline style sheet and script. The script holds no document data: it reads the provenance
/// from data attributes and the rules table, and writes the tooltip with `textContent` only.
enum HTMLExplainAssets {
    static let css = """
        :root { color-scheme: light; }
        body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1d1d1f; background: #f6f6f4; }
        header { padding: 14px 24px; background: #fff; border-bottom: 1px solid #ddd; }
        header h1 { margin: 0 0 4px; font-size: 18px; overflow-wrap: anywhere; }
        header p { margin: 2px 0; color: #555; font-size: 13px; }
        .layout { display: flex; gap: 20px; padding: 20px; align-items: flex-start; }
        main { flex: 1; min-width: 0; }
        .doc { white-space: pre-wrap; overflow-wrap: anywhere; background: #fff; padding: 24px 28px; border: 1px solid #ddd;
          border-radius: 8px; line-height: 2.4; font-size: 16px; }
        mark.ent { background: var(--c); color: inherit; padding: 3px 5px; border-radius: 5px; box-decoration-break: clone;
          -webkit-box-decoration-break: clone; cursor: help; }
        mark.ent.cont { border-top-left-radius: 0; border-bottom-left-radius: 0; }
        .lbl { font-size: 0.62em; font-weight: 700; letter-spacing: 0.03em; margin-left: 5px; vertical-align: middle;
          user-select: none; opacity: 0.8; }
        .quote { --q: #1e6fd9; border-bottom: 3px solid var(--q); background: color-mix(in srgb, var(--q) 9%, transparent);
          padding: 2px 0; cursor: help; }
        .quote.pos { --q: #1b8a3a; } .quote.neg { --q: #c62828; } .quote.neu { --q: #7a7a7a; } .quote.none { --q: #1e6fd9; }
        .spk { font-size: 0.72em; font-weight: 600; color: #fff; background: var(--q); border-radius: 4px; padding: 1px 6px;
          margin-left: 4px; white-space: nowrap; user-select: none; }
        .span { border: 1px dashed #8a8a8a; border-radius: 4px; padding: 2px 1px; box-decoration-break: clone;
          -webkit-box-decoration-break: clone; cursor: help; }
        .swatch.span { border: 1px dashed #8a8a8a; }
        .speaker-of { outline: 2px solid #222; outline-offset: 2px; }
        .dim { background: transparent !important; border-color: transparent !important; }
        .dim > .lbl, .dim > .spk { display: none; }
        aside { width: 380px; flex: none; position: sticky; top: 12px; max-height: calc(100vh - 24px); overflow: auto;
          background: #fff; border: 1px solid #ddd; border-radius: 8px; padding: 4px 16px 16px; font-size: 13px; }
        aside h2 { font-size: 14px; margin: 14px 0 6px; }
        aside ul { list-style: none; padding: 0; margin: 0; }
        aside li { margin: 4px 0; }
        .swatch { display: inline-block; min-width: 5em; padding: 1px 6px; border-radius: 4px; font-weight: 700; font-size: 12px; }
        .hint { color: #666; margin: 0 0 6px; }
        table { border-collapse: collapse; width: 100%; }
        th { text-align: left; font-weight: 600; color: #666; border-bottom: 1px solid #ddd; }
        td { vertical-align: top; padding: 5px 4px; border-bottom: 1px solid #eee; }
        tr[data-r] { cursor: pointer; }
        tr.chosen { background: #fff4c2; }
        td.count { text-align: right; font-variant-numeric: tabular-nums; width: 3em; }
        .rule-id { font-weight: 600; overflow-wrap: anywhere; }
        .where { color: #666; }
        details summary { color: #666; cursor: pointer; }
        pre.pattern { white-space: pre-wrap; word-break: break-all; background: #f3f3f3; padding: 6px; border-radius: 4px;
          margin: 4px 0; max-height: 16em; overflow: auto; font-size: 11px; }
        #tip { position: fixed; z-index: 10; max-width: 520px; background: #222; color: #fff; padding: 8px 10px; border-radius: 6px;
          font-size: 12px; line-height: 1.45; pointer-events: none; white-space: pre-wrap; word-break: break-word; }
        #tip b { color: #ffd866; }
        @media (max-width: 900px) { .layout { flex-direction: column; } aside { width: auto; position: static; max-height: none; } }

        """

    static let script = """
        (function () {
          "use strict";
          var doc = document.getElementById("doc");
          var tip = document.getElementById("tip");
          var rows = Array.prototype.slice.call(document.querySelectorAll("#rules tr[data-r]"));
          var marks = Array.prototype.slice.call(doc.querySelectorAll("[data-r]"));
          var chosen = null;
          rows.forEach(function (row) {
            row.addEventListener("click", function () {
              chosen = chosen === row.dataset.r ? null : row.dataset.r;
              rows.forEach(function (other) { other.classList.toggle("chosen", other.dataset.r === chosen); });
              marks.forEach(function (mark) { mark.classList.toggle("dim", chosen !== null && mark.dataset.r !== chosen); });
            });
          });
          function line(label, value) {
            var row = document.createElement("div");
            var key = document.createElement("b");
            key.textContent = label + " ";
            row.appendChild(key);
            row.appendChild(document.createTextNode(value));
            tip.appendChild(row);
          }
          var speaker = null;
          doc.addEventListener("mouseover", function (event) {
            var mark = event.target.closest ? event.target.closest("[data-r]") : null;
            if (speaker) { speaker.classList.remove("speaker-of"); speaker = null; }
            if (!mark) { tip.hidden = true; return; }
            var quote = mark.closest("[data-speaker-n]");
            if (quote) {
              speaker = doc.querySelector('[data-n="' + quote.dataset.speakerN + '"]');
              if (speaker) { speaker.classList.add("speaker-of"); }
            }
            tip.textContent = "";
            line(mark.dataset.type || "QUOTE", "#" + mark.dataset.n);
            line("stage", mark.dataset.stage);
            line("rule", mark.dataset.rule);
            if (mark.dataset.speaker !== undefined) { line("speaker", mark.dataset.speaker || "none"); }
            var row = document.getElementById("rule-" + mark.dataset.r);
            var pattern = row ? row.querySelector("pre.pattern") : null;
            if (pattern) {
              var text = pattern.textContent;
              line("pattern", text.length > 600 ? text.slice(0, 600) + "…" : text);
            }
            tip.hidden = false;
          });
          doc.addEventListener("mousemove", function (event) {
            var x = Math.min(event.clientX + 14, window.innerWidth - tip.offsetWidth - 8);
            var y = event.clientY + 18;
            if (y + tip.offsetHeight > window.innerHeight) { y = event.clientY - tip.offsetHeight - 10; }
            tip.style.left = Math.max(4, x) + "px";
            tip.style.top = Math.max(4, y) + "px";
          });
          doc.addEventListener("mouseleave", function () { tip.hidden = true; });
          document.body.setAttribute("data-ready", String(marks.length));
          // page.html#selftest: hover the first attributed quote and click the first rule, as a person would, and
          // record what the page did in data-selftest (the browser test reads it from the DOM).
          if (location.hash === "#selftest") {
            var checks = [];
            var quote = doc.querySelector("[data-speaker-n]");
            if (quote) {
              quote.dispatchEvent(new MouseEvent("mouseover", { bubbles: true }));
              checks.push("tip=" + (tip.hidden ? "hidden" : tip.textContent));
              var outlined = doc.querySelector(".speaker-of");
              checks.push("speaker=" + (outlined ? outlined.dataset.n : "none"));
            }
            if (rows.length) {
              rows[0].click();
              checks.push("dimmed=" + doc.querySelectorAll(".dim").length + "/" + marks.length);
              rows[0].click();
              checks.push("undimmed=" + doc.querySelectorAll(".dim").length);
            }
            document.body.setAttribute("data-selftest", checks.join(" | "));
          }
        })();

        """
}
