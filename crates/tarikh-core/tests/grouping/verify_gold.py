#!/usr/bin/env python3
"""Sanity checks for a grouping corpus's gold.jsonl (run from anywhere): this folder's, or the
corpus folder given as the argument (`python3 verify_gold.py ../grouping2`)."""
import json, os, sys, collections
here = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
rows = [json.loads(l) for l in open(os.path.join(here, "gold.jsonl"), encoding="utf-8") if l.strip()]
ok = True
seen = set()
files = collections.defaultdict(set)
for r in rows:
    assert set(r) >= {"file", "date_text", "group"}, r
    key = (r["file"], r["date_text"])
    if key in seen:
        print("DUPLICATE", key); ok = False
    seen.add(key)
    text = open(os.path.join(here, "articles", r["file"]), encoding="utf-8").read()
    n = text.count(r["date_text"])
    if n != 1:
        print(f"COUNT {n}: {key}"); ok = False
    if r["group"] is not None:
        files[r["group"]].add(r["file"])
for g, fs in files.items():
    if len(fs) < 2:
        print("GROUP IN <2 FILES", g, fs); ok = False
for fn in sorted(os.listdir(os.path.join(here, "articles"))):
    lines = open(os.path.join(here, "articles", fn), encoding="utf-8").read().splitlines()
    print(f"{fn}: {len(lines)} lines, {len(lines)-2} body sentences")
print("groups:", {g: sorted(fs) for g, fs in files.items()})
print("mentions:", len(rows), "grouped:", sum(r["group"] is not None for r in rows),
      "null:", sum(r["group"] is None for r in rows))
print("OK" if ok else "FAILED")
sys.exit(0 if ok else 1)
