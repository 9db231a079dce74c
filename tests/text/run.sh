#!/usr/bin/env bash
# Arabic text checks that need programs of the system (issue 13), run by scripts/test after the
# workspace's tests:
# - GNU FriBidi's `fribidi` (Debian libfribidi-bin) as an outside oracle of the bidi layout:
#   the ignored test of tests/bidi_reference over the seeds, real-dev (when present beside the
#   repository) and 4,000 generated lines, in both directions;
# - OCR: tesseract (Arabic model) reads the app's snapshots (tests/rtl_snapshots) and the
#   exported PNG, and Chromium's rendering of the same lines and of the SVG; the two readings
#   are compared (tests/text/ocr_compare.py).
# Installs what is missing when run as root. Takes a few minutes.
set -euo pipefail
cd "$(dirname "$0")/../.."

packages=(libfribidi-bin tesseract-ocr tesseract-ocr-ara imagemagick chromium python3)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    echo "tests/text/run.sh: installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "tests/text/run.sh: missing system packages (install them as root): ${missing[*]}" >&2
    exit 1
  fi
fi

echo "== FriBidi as an outside oracle of the bidi layout"
mkdir -p target/tmp
log=target/tmp/fribidi.log
status=0
cargo test --test bidi_reference -- --ignored --nocapture >"$log" 2>&1 || status=$?
grep -E "line checks|disagree|^(Ltr|Rtl) line| ours: | theirs: |test result" "$log" || true
if [ "$status" != 0 ]; then tail -60 "$log"; exit "$status"; fi

echo "== OCR: the app's snapshots and the exported PNG against Chromium"
cargo build --bin tarikh --quiet
cargo test --test rtl_snapshots --quiet
python3 tests/text/ocr_compare.py . target/tmp/ocr-work
