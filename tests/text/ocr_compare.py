#!/usr/bin/env python3
"""Reads Arabic back from what Tarikh draws, with tesseract, and compares it with what tesseract
reads from Chromium's rendering of the same lines (OCR against OCR: tesseract has quirks of its
own with numbers and punctuation, so the logical text is not the reference).

1. The app: the crops listed by `cargo test --test rtl_snapshots` in target/tmp/ocr-manifest-*.tsv
   (image in tests/snapshots, x, y, width, height, font size, lines). Chromium draws the lines in
   a small right-to-left page with the same font (Noto Naskh Arabic, from assets/fonts).
2. The export: `tarikh export --png --svg` on the seeds; Chromium draws the SVG inline in a page
   (same font), reports where each text element is, and every Arabic label is cropped from both
   pictures at that place.

Each crop is cut, negated and resized 300% with ImageMagick (a smooth resize: pixel-replicated
letters of 12 px made tesseract read noise from one line in both pictures), then read with `tesseract -l ara`. The
words (normalised: alef forms, harakat, tatweel, punctuation) of the two readings are compared by
their longest common subsequence; a crop passes when it keeps at least 75% of the words in order,
and, for lines of three words or more, when that beats the same words read in reverse order.
Usage: ocr_compare.py REPO_DIR WORK_DIR (WORK_DIR is emptied). Exit status 1 if a crop fails.
"""

import glob
import html
import json
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET

REPO = os.path.abspath(sys.argv[1])
WORK = os.path.abspath(sys.argv[2])
FONT = os.path.join(REPO, "assets", "fonts", "NotoNaskhArabic-Regular.ttf")
# egui's own Latin font, which the app falls back to for what Noto Naskh lacks (Latin letters,
# brackets, slashes): the same fallback in Chromium, when cargo's copy of it is there.
LATIN = next(iter(sorted(glob.glob(os.path.expanduser(
    "~/.cargo/registry/src/*/epaint_default_fonts-*/fonts/Ubuntu-Light.ttf")))), None)
PASS = 0.75

CHROMIUM = [
    "chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--hide-scrollbars", "--force-device-scale-factor=1",
]


def run(cmd, **kw):
    return subprocess.run(cmd, check=True, capture_output=True, **kw)


def chromium(args):
    profile = os.path.join(WORK, "chromium-profile")
    return run(CHROMIUM + [f"--user-data-dir={profile}"] + args, timeout=120)


def page(body, css=""):
    latin = f"@font-face {{ font-family: 'Ubuntu Light'; src: url('file://{LATIN}'); }}" if LATIN else ""
    return (
        "<!doctype html><html><head><meta charset='utf-8'><style>"
        f"@font-face {{ font-family: 'Noto Naskh Arabic'; src: url('file://{FONT}'); }} {latin}"
        "html, body { margin: 0; background: #fff; color: #000; }"
        f"body {{ font-family: 'Noto Naskh Arabic', 'Ubuntu Light', sans-serif; }} {css}"
        f"</style></head><body>{body}</body></html>"
    )


def ocr(image, crop, name, one_line, latin=False, grey_text=False):
    """Tesseract's reading of `crop` (x, y, w, h) of `image`, cut, negated and scaled 300%
    (`one_line`: read as a single line of text, tesseract's page segmentation mode 7;
    `grey_text`: the text is grey, and every coloured pixel goes white: the event marks under a
    label are not letters). For a line that also holds Latin words (`latin`), only its Arabic words
    count."""
    x, y, w, h = (int(round(v)) for v in crop)
    out = os.path.join(WORK, name + ".png")
    cut = ["convert", image, "-crop", f"{w}x{h}+{x}+{y}", "+repage"]
    if grey_text:
        # White where the saturation is over 20%, screened over the crop.
        cut += ["(", "+clone", "-colorspace", "HSL", "-channel", "G", "-separate", "+channel",
                "-threshold", "20%", ")", "-compose", "Screen", "-composite"]
    run(cut + ["-negate", "-resize", "300%", out])
    mode = ["--psm", "7"] if one_line else []
    read = lambda language: run(["tesseract", out, "-", "-l", language] + mode).stdout.decode("utf-8").strip()
    if not latin:
        return read("ara")
    # The Arabic model reads Latin letters as short Arabic-looking noise: keep its words of three
    # Arabic letters or more.
    return " ".join(w for w in words(read("ara")) if re.fullmatch("[\u0621-\u064a]{3,}", w))


ALEF = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي"})


def words(text):
    """The words, normalised: alef forms, harakat, tatweel and punctuation aside."""
    text = re.sub("[\u064b-\u0652\u0640\u200c-\u200f\u2066-\u2069]", "", text).translate(ALEF)
    return re.sub(r"[^\w]+", " ", text).split()


def near(a, b):
    """Equal, or one edit apart for words of four letters or more (a letter misread)."""
    if a == b:
        return True
    if min(len(a), len(b)) < 4 or abs(len(a) - len(b)) > 1:
        return False
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1] <= 1


def lcs(a, b):
    table = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i, x in enumerate(a):
        for j, y in enumerate(b):
            table[i + 1][j + 1] = table[i][j] + 1 if near(x, y) else max(table[i][j + 1], table[i + 1][j])
    return table[-1][-1]


results = []


def compare(name, ours, theirs):
    """A crop agrees when at least 75% of the words come in the same order; it contradicts
    Chromium when, with three words or more, the reverse order fits as well or better."""
    a, b = words(ours), words(theirs)
    if not a and not b:
        print(f"skip {name}: tesseract read no word from either picture")
        return
    n = max(len(a), len(b), 1)
    score = lcs(a, b) / n
    reverse = lcs(a, list(reversed(b))) / n
    contradicts = min(len(a), len(b)) >= 3 and reverse >= score
    results.append((name, score >= PASS, score, reverse, ours, theirs, contradicts))


def app_crops():
    manifests = sorted(f for f in os.listdir(os.path.join(REPO, "target", "tmp")) if f.startswith("ocr-manifest-"))
    if not manifests:
        sys.exit("no target/tmp/ocr-manifest-*.tsv: run `cargo test --test rtl_snapshots` first")
    for m in manifests:
        with open(os.path.join(REPO, "target", "tmp", m), encoding="utf-8") as f:
            rows = [line.rstrip("\n").split("\t") for line in f if line.strip()]
        for k, row in enumerate(rows):
            image, x, y, w, h, size, lines = row[0], *map(float, row[1:6]), row[6:]
            name = f"{image}-{k}"
            one_line = len(lines) == 1 and h < 2.2 * size
            latin = any(re.search("[A-Za-z]{3}", line) for line in lines)
            snapshot = os.path.join(REPO, "tests", "snapshots", image + ".png")
            ours = ocr(snapshot, (x, y, w, h), name + "-app", one_line, latin)
            divs = "".join(f"<div dir='auto'>{html.escape(line)}</div>" for line in lines)
            width = "white-space: nowrap; display: inline-block" if one_line else f"width: {w}px"
            body = f"<div style='font-size:{size}px; {width}; padding:4px'>{divs}</div>"
            source = os.path.join(WORK, name + ".html")
            with open(source, "w", encoding="utf-8") as f:
                f.write(page(body))
            shot = os.path.join(WORK, name + "-chromium-full.png")
            # Headless Chromium's window size includes room for its (hidden) frame: be generous.
            height = int(h * max(len(lines), 1) * 3 + 300)
            chromium([f"--screenshot={shot}", f"--window-size={int(w) + 100},{height}", "file://" + source])
            trimmed = os.path.join(WORK, name + "-chromium.png")
            run(["convert", shot, "-trim", "+repage", "-bordercolor", "white", "-border", "6", trimmed])
            size_of = run(["identify", "-format", "%w %h", trimmed]).stdout.decode().split()
            theirs = ocr(trimmed, (0, 0, int(size_of[0]), int(size_of[1])), name + "-chromium", one_line, latin)
            compare(name, ours, theirs)


MEASURE = """<script>
window.onload = () => {
  const out = [...document.querySelectorAll('svg text')].map(t => {
    const b = t.getBoundingClientRect();
    return [t.textContent, b.left, b.top, b.width, b.height, t.getAttribute('fill')];
  });
  document.getElementById('boxes').textContent = JSON.stringify(out);
};
</script><pre id='boxes' style='display:none'></pre>"""


def export_crops():
    tarikh = os.path.join(REPO, "target", "debug", "tarikh")
    png, svg = os.path.join(WORK, "export.png"), os.path.join(WORK, "export.svg")
    run([tarikh, "export", "--png", png, "--svg", svg, os.path.join(REPO, "seeds")])
    root = ET.parse(svg).getroot()
    width, height = int(float(root.get("width"))), int(float(root.get("height")))
    with open(svg, encoding="utf-8") as f:
        drawing = re.sub(r"^<\?xml[^>]*>", "", f.read())
    source = os.path.join(WORK, "export.html")
    with open(source, "w", encoding="utf-8") as f:
        f.write(page(drawing + MEASURE, "svg { display: block; }"))
    shot = os.path.join(WORK, "export-chromium.png")
    chromium([f"--screenshot={shot}", f"--window-size={width},{height}", "file://" + source])
    dom = chromium(["--virtual-time-budget=5000", "--dump-dom", "file://" + source]).stdout.decode("utf-8")
    boxes = json.loads(html.unescape(re.search(r"<pre id=\"boxes\"[^>]*>(.*?)</pre>", dom, re.S).group(1)))
    k = 0
    for text, x, y, w, h, fill in boxes:
        if not re.search("[\u0600-\u06ff]", text) or w < 1:
            continue
        # A little room around the box, inside the picture.
        x0, y0 = max(0, x - 6), max(0, y - 2)
        x1, y1 = min(width, x + w + 6), min(height, y + h + 2)
        crop = (x0, y0, x1 - x0, y1 - y0)
        grey = bool(re.fullmatch(r"#([0-9a-f]{2})\1\1", fill or ""))
        ours = ocr(png, crop, f"export-{k}-resvg", True, grey_text=grey)
        theirs = ocr(shot, crop, f"export-{k}-chromium", True, grey_text=grey)
        compare(f"export-{k}", ours, theirs)
        k += 1


def main():
    shutil.rmtree(WORK, ignore_errors=True)
    os.makedirs(WORK)
    app_crops()
    export_crops()
    for name, ok, score, reverse, ours, theirs, contradicts in results:
        verdict = "CONTRADICTS" if contradicts else "agrees" if ok else "unsure"
        print(f"{verdict} {name}: {score:.2f} of the words in order (reversed {reverse:.2f})")
        print(f"     tarikh:   {ours!r}")
        print(f"     chromium: {theirs!r}")
    # Each set passes when no crop contradicts Chromium (the reading order: what this checks)
    # and at least 90% agree; tesseract misreads a short label («قمتهم») or a line cut from a
    # paragraph now and then, in either picture, which leaves a crop "unsure", never contradicting.
    failed = 0
    for label, rows in (("app crops", [r for r in results if not r[0].startswith("export")]),
                        ("exported PNG labels", [r for r in results if r[0].startswith("export")])):
        agree, contra = sum(r[1] for r in rows), sum(r[6] for r in rows)
        ok = contra == 0 and agree * 10 >= len(rows) * 9 and rows
        failed += not ok
        print(f"OCR {label}: {agree}/{len(rows)} agree with Chromium, {contra} contradict")
    print(f"{2 - failed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


main()
