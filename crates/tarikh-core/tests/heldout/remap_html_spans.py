#!/usr/bin/env python3
"""Re-anchor the date_span of events in HTML articles onto the raw file bytes.

usage: remap_html_spans.py PRED.json ARTICLE_DIR > PRED-remapped.json

Why: score.py looks up the gold date_text in the raw article file, but for HTML the extractor's
date_span is an offset into the text it extracted (tags stripped, entities decoded), so no HTML
event can ever match. This helper (a stopgap for evaluation only) walks the predicted events of each
HTML file in span order and assigns each one the next raw occurrence of its date_text (written
as-is, or with &nbsp; / &quot; / &amp; entities) that lies in visible text: outside <head>,
<script>, <style> and outside tags. Events of other files are left untouched.
"""
import json, os, re, sys


def visible_mask(raw: bytes) -> bytes:
    out = bytearray(raw)

    def blank(a, b):
        for i in range(a, b):
            if out[i] not in (10, 13):
                out[i] = 32

    for pat in (rb"<head\b.*?</head>", rb"<script\b.*?</script>", rb"<style\b.*?</style>", rb"<[^>]*>"):
        for m in re.finditer(pat, raw, re.S | re.I):
            blank(m.start(), m.end())
    return bytes(out)


def variants(text: str):
    t = text
    vs = {t, t.replace("\u00a0", "&nbsp;"), t.replace("\u00a0", "&#160;")}
    vs |= {v.replace('"', "&quot;") for v in list(vs)}
    return [v.encode("utf-8") for v in vs]


def main(pred_path, art_dir):
    pred = json.load(open(pred_path, encoding="utf-8"))
    by_file = {}
    for e in pred.get("events", []):
        fn = os.path.basename(e.get("file_name") or e.get("path") or "")
        if fn.lower().endswith((".html", ".htm")):
            by_file.setdefault(fn, []).append(e)
    for fn, evs in by_file.items():
        raw = open(os.path.join(art_dir, fn), "rb").read()
        vis = visible_mask(raw)
        pos = 0
        for e in sorted(evs, key=lambda e: (e.get("date_span") or [0, 0])[0]):
            best = None
            for v in variants(e.get("date_text", "")):
                i = vis.find(v, pos)
                if i >= 0 and (best is None or i < best[0]):
                    best = (i, i + len(v))
            if best is None:
                e["date_span"] = [0, 0]
                continue
            e["date_span"] = list(best)
            pos = best[0] + 1
    json.dump(pred, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
