// Imports Tarikh's calendar with ical.js (the parser of Thunderbird and Nextcloud) and shows
// it as a calendar agenda in headless Chromium: every event an all-day event or span, the
// vague ones marked.
//
// Usage: node calendar.mjs OUT_DIR [SCREENSHOT.png]
// Prints one line per check and 'N passed, N failed'; exits 1 when a check fails.

import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import ICAL from "ical.js";
import { chromium } from "playwright-core";

const [outDir, screenshot] = process.argv.slice(2);
const results = [];
function check(name, ok, detail) {
  results.push(!!ok);
  console.log(`${ok ? "ok  " : "FAIL"} ${name}${detail ? ": " + detail : ""}`);
}

const text = await readFile(join(outDir, "seeds.ics"), "utf8");
const calendar = new ICAL.Component(ICAL.parse(text));
const events = calendar.getAllSubcomponents("vevent").map((c) => new ICAL.Event(c));
check("ical.js reads every event", events.length === 25, `${events.length} events`);
check("all-day events and spans", events.every((e) => e.startDate.isDate && e.endDate.isDate && e.endDate.compare(e.startDate) > 0));
const name = calendar.getFirstPropertyValue("x-wr-calname");
check("the calendar has a name", name && name.startsWith("تاريخ"), name);
const vague = events.filter((e) => (e.component.getFirstProperty("categories")?.getValues() ?? []).includes("approximate"));
check("vague events are marked", vague.length > 0 && vague.every((e) => e.summary.startsWith("≈")), `${vague.length} approximate`);

if (screenshot) {
  // An agenda as a calendar program lists an import: date or span, then the summary.
  const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  const day = (t) => t.toJSDate().toISOString().slice(0, 10);
  const rows = events
    .sort((a, b) => a.startDate.compare(b.startDate))
    .map((e) => {
      const last = e.endDate.clone();
      last.adjust(-1, 0, 0, 0);
      const when = day(e.startDate) === day(last) ? day(e.startDate) : `${day(e.startDate)} → ${day(last)}`;
      const cls = e.summary.startsWith("≈") ? "vague" : e.startDate.compare(last) === 0 ? "day" : "span";
      return `<tr class="${cls}"><td class="when" dir="ltr">${when}</td><td class="what" dir="rtl">${esc(e.summary)}</td></tr>`;
    })
    .join("\n");
  const page = `<!DOCTYPE html><html lang="ar"><head><meta charset="utf-8"><style>
    body { font-family: 'Noto Naskh Arabic', 'Noto Sans', sans-serif; margin: 24px; background: #fafafa; }
    h1 { font-size: 20px; margin: 0 0 4px; } p { color: #666; margin: 0 0 12px; font-size: 13px; }
    table { border-collapse: collapse; width: 100%; background: white; font-size: 14px; }
    td { padding: 5px 10px; border-bottom: 1px solid #eee; vertical-align: top; }
    td.when { white-space: nowrap; color: #333; font-family: 'Noto Sans', sans-serif; width: 210px; }
    tr.day td.when { border-left: 4px solid #1a73e8; } tr.span td.when { border-left: 4px solid #0b8043; }
    tr.vague td.when { border-left: 4px dashed #f09300; } tr.vague td.what { color: #8a5a00; }
  </style></head><body>
  <h1 dir="rtl">${esc(name)}</h1>
  <p>seeds.ics imported with ical.js — ${events.length} all-day events: blue a day, green a span, orange dashed approximate</p>
  <table>${rows}</table></body></html>`;
  const file = join(outDir, "calendar.html");
  await writeFile(file, page);
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
      "--disable-component-update", "--disable-sync", "--disable-quic"],
  });
  const tab = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  await tab.goto(`file://${file}`);
  await tab.screenshot({ path: screenshot, fullPage: true });
  await browser.close();
}

const passed = results.filter(Boolean).length;
console.log(`calendar: ${passed} passed, ${results.length - passed} failed`);
process.exit(passed === results.length ? 0 : 1);
