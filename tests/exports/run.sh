#!/usr/bin/env bash
# The exports opened by the programs journalists use (issue 16): TimelineJS in headless
# Chromium, the calendar in Python's icalendar and vobject and in ical.js, the workbook in
# openpyxl, every JSON export against docs/tarikh-events.schema.json, and the seeds' SVG drawn
# by resvg and by librsvg. Installs what is missing (as root: Debian packages; a Python venv and npm packages
# under tests/exports/), then checks. Called by scripts/test after the Rust tests, which build
# target/debug/tarikh. SCREENSHOTS=DIR also writes the README's screenshots there.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
tarikh="${TARIKH:-$root/target/debug/tarikh}"

need=()
for p in chromium librsvg2-bin; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || need+=("$p")
done
if [ ${#need[@]} -gt 0 ]; then
  echo "tests/exports: installing ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
if [ ! -x "$here/.venv/bin/python" ]; then
  python3 -m venv "$here/.venv"
fi
"$here/.venv/bin/python" -m pip install -q --disable-pip-version-check -r "$here/requirements.txt"
if [ ! -d "$here/node_modules/playwright-core" ] || [ ! -d "$here/node_modules/@knight-lab/timelinejs" ] \
  || [ ! -d "$here/node_modules/ical.js" ]; then
  (cd "$here" && npm ci --no-audit --no-fund --loglevel=error)
fi

out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
# The reproducers, the evil name restored (see crates/tarikh-core/tests/export_safety.rs).
mkdir "$out/output"
cp "$root"/crates/tarikh-core/tests/data/output/* "$out/output/"
mv "$out/output/evil_name.txt.in" "$out/output/=evil,name;\"x\".txt"

for set in seeds output; do
  src="$root/seeds"; [ "$set" = output ] && src="$out/output"
  # Exit status 0, or 2 when some input was refused (the reproducers hold such files).
  "$tarikh" export --timelinejs-assets /tl \
    --json "$out/$set.events.json" --xlsx "$out/$set.xlsx" --ics "$out/$set.ics" \
    --timelinejs "$out/$set.timelinejs.json" --timelinejs-page "$out/$set.timelinejs.html" \
    "$src" 2>"$out/$set.log" || [ $? = 2 ] || { cat "$out/$set.log"; exit 1; }
done
# TimelineJS in its English mode: the Arabic must still read right to left.
"$tarikh" export --timelinejs-assets /tl --language en --timelinejs-page "$out/seeds.en.timelinejs.html" \
  "$root/seeds" 2>/dev/null
"$tarikh" export --svg "$out/seeds.svg" --png "$out/seeds.resvg.png" "$root/seeds" 2>/dev/null
"$tarikh" export --outlines --svg "$out/seeds.outlines.svg" "$root/seeds" 2>/dev/null
# librsvg with the bundled fonts only (the PNG's), so both renderers shape with the same font;
# the outlined drawing with no font at all.
fonts="$out/fonts"
mkdir -p "$fonts/cache"
printf '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig><dir>%s</dir><cachedir>%s</cachedir></fontconfig>\n' \
  "$root/assets/fonts" "$fonts/cache" >"$fonts/fonts.conf"
FONTCONFIG_FILE="$fonts/fonts.conf" rsvg-convert -o "$out/seeds.librsvg.png" "$out/seeds.svg"
printf '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig><cachedir>%s</cachedir></fontconfig>\n' \
  "$fonts/cache" >"$fonts/none.conf"
FONTCONFIG_FILE="$fonts/none.conf" rsvg-convert -o "$out/seeds.outlines.librsvg.png" "$out/seeds.outlines.svg"

status=0
"$here/.venv/bin/python" "$here/check_files.py" "$out" "$root" || status=1
shot=()
if [ -n "${SCREENSHOTS:-}" ]; then shot=("$SCREENSHOTS/export-timelinejs.png"); fi
node "$here/timelinejs.mjs" "$out" "${shot[@]}" || status=1
if [ -n "${SCREENSHOTS:-}" ]; then shot=("$SCREENSHOTS/export-calendar.png"); fi
node "$here/calendar.mjs" "$out" "${shot[@]}" || status=1
if [ -n "${SCREENSHOTS:-}" ]; then cp "$out/seeds.xlsx" "$out/seeds.svg" "$out/seeds.librsvg.png" "$SCREENSHOTS/"; fi
exit $status
