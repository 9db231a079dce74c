// Opens Tarikh's TimelineJS pages in TimelineJS itself (its npm package, served on loopback)
// in Debian's headless Chromium, and reads the slides back from the DOM.
//
// Usage: node timelinejs.mjs OUT_DIR [SCREENSHOT.png]
// OUT_DIR holds seeds.timelinejs.html and output.timelinejs.html, exported with
// --timelinejs-assets /tl (this server maps /tl to TimelineJS's dist/ folder).
// Prints one line per check and 'N passed, N failed'; exits 1 when a check fails.

import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { dirname, extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const here = dirname(fileURLToPath(import.meta.url));
const [outDir, screenshot] = process.argv.slice(2);
const dist = join(here, "node_modules/@knight-lab/timelinejs/dist");
const types = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css", ".json": "application/json" };

const server = createServer(async (req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, "http://x").pathname));
  const file = path.startsWith("/tl/") ? join(dist, path.slice(4)) : path.startsWith("/out/") ? join(outDir, path.slice(5)) : null;
  try {
    const body = await readFile(file);
    res.writeHead(200, { "content-type": types[extname(file)] ?? "application/octet-stream" });
    res.end(body);
  } catch {
    res.writeHead(404);
    res.end();
  }
});
await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
const base = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--disable-quic"],
});
const results = [];
function check(name, ok, detail) {
  results.push(!!ok);
  console.log(`${ok ? "ok  " : "FAIL"} ${name}${detail ? ": " + detail : ""}`);
}

/** Loads a page and reads every slide: headline, date and text as rendered. */
async function open(name) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const alerts = [];
  page.on("dialog", (d) => { alerts.push(d.message()); d.dismiss(); });
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(`${base}/out/${name}`);
  await page.waitForSelector(".tl-slide .tl-headline", { timeout: 30000 });
  await page.waitForTimeout(500);
  const slides = await page.$$eval(".tl-storyslider .tl-slide", (els) => els.map((s) => {
    const h = s.querySelector(".tl-headline");
    const span = h?.querySelector("[dir]");
    // Reading order as drawn: in right-to-left text the first character is the rightmost.
    let firstAtRight = null;
    if (span && span.firstChild && span.textContent.length > 1) {
      const r = document.createRange();
      r.setStart(span.firstChild, 0);
      r.setEnd(span.firstChild, 1);
      const first = r.getBoundingClientRect();
      // The first character's line: the runs on it (a number is a run of its own).
      const line = [...span.getClientRects()].filter((q) => Math.abs(q.top - first.top) < 2);
      const right = Math.max(...line.map((q) => q.right));
      const left = Math.min(...line.map((q) => q.left));
      firstAtRight = Math.abs(first.right - right) < 3 && first.left > left + 3;
    }
    return {
      headline: h?.textContent ?? "",
      headlineDirection: span ? getComputedStyle(span).direction : null,
      firstAtRight,
      date: s.querySelector(".tl-headline-date")?.textContent ?? "",
      text: s.querySelector(".tl-text-content")?.textContent ?? "",
      html: s.querySelector(".tl-text")?.innerHTML ?? "",
      scripts: s.querySelectorAll("script, img, iframe").length,
    };
  }));
  const rtl = await page.$eval("#timeline", (el) => el.className.includes("tl-rtl"));
  return { page, slides, alerts, errors, rtl };
}

try {
  const seeds = JSON.parse(await readFile(join(outDir, "seeds.timelinejs.json"), "utf8"));
  const { page, slides, errors, rtl } = await open("seeds.timelinejs.html");
  const events = slides.filter((s) => !s.text.includes("عدد المقالات"));
  check("every event is a slide", events.length === seeds.events.length && events.length === 25, `${events.length} slides`);
  check("no page error", errors.length === 0, errors.join("; "));
  check("the language setting: TimelineJS lays the page out right to left", rtl);
  const title = slides.find((s) => s.text.includes("عدد المقالات: 5"));
  check("the title slide speaks Arabic", title, title?.text);
  const raw = slides.filter((s) => /<\/?(span|p|b|img)\b|&lt;|&amp;/.test(s.headline + s.text + s.date));
  check("no raw HTML in any slide", raw.length === 0, raw.map((s) => s.headline).join(" | "));
  const headline = seeds.events.find((e) => e.display_date === "19 ديسمبر 2022");
  const plain = headline.text.headline.replace(/<[^>]+>/g, "").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
  const found = slides.find((s) => s.headline === plain);
  check("the Minsk headline, as written", found, plain);
  check("headlines are right to left", events.every((s) => s.headlineDirection === "rtl"));
  const drawn = events.filter((s) => s.firstAtRight !== null);
  check("headlines are drawn in reading order (first letter rightmost)", drawn.length > 20 && drawn.every((s) => s.firstAtRight), `${drawn.filter((s) => s.firstAtRight).length}/${drawn.length}`);
  const vague = events.find((s) => s.date.includes("نهاية مايو 2022"));
  check("a vague date shows its phrase, marked", vague && vague.date.includes("تقريبًا") && !/May|\b21\b/.test(vague.date), vague?.date);
  const endOf2024 = events.find((s) => s.date.includes("نهاية عام ٢٠٢٤"));
  check("«نهاية عام ٢٠٢٤» is not an invented October–December", endOf2024 && !/October|تشرين/.test(endOf2024.date), endOf2024?.date);
  if (screenshot) {
    await page.evaluate(() => window.timeline.goToId(window.tarikhData.events.find((e) => e.display_date.startsWith("نهاية مايو 2022")).unique_id));
    await page.waitForTimeout(1500);
    await page.screenshot({ path: screenshot });
  }
  await page.close();

  // TimelineJS's English mode (left to right): the Arabic slides still read right to left.
  const en = await open("seeds.en.timelinejs.html");
  const enEvents = en.slides.filter((s) => !s.text.includes("from 5 articles"));
  check("English mode: a left-to-right page, an English title slide", !en.rtl && en.slides.some((s) => s.text.includes("25 events from 5 articles")));
  const enDrawn = enEvents.filter((s) => s.firstAtRight !== null);
  check("English mode: headlines still right to left, in reading order", enEvents.every((s) => s.headlineDirection === "rtl") && enDrawn.length > 20 && enDrawn.every((s) => s.firstAtRight), `${enDrawn.filter((s) => s.firstAtRight).length}/${enDrawn.length}`);
  const enVague = enEvents.find((s) => s.date.includes("نهاية مايو 2022"));
  check("English mode: the phrase as written, marked", enVague && enVague.date.includes("approximately"), enVague?.date);
  await en.page.close();

  // The reliability reproducers: markup and scripts in articles stay text.
  const bad = await open("output.timelinejs.html");
  check("reproducers: no page error", bad.errors.length === 0, bad.errors.join("; "));
  check("reproducers: no script ran", bad.alerts.length === 0, bad.alerts.join("; "));
  check("reproducers: no element made from article text", bad.slides.every((s) => s.scripts === 0));
  const quoted = bad.slides.find((s) => s.text.includes("<الاجتماع>"));
  check("reproducers: «<الاجتماع>» shown as written", quoted, quoted?.text.slice(0, 80));
} catch (e) {
  check("TimelineJS run", false, String(e));
} finally {
  await browser.close();
  server.close();
}
const passed = results.filter(Boolean).length;
console.log(`timelinejs: ${passed} passed, ${results.length - passed} failed`);
process.exit(passed === results.length ? 0 : 1);
