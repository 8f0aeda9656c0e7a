// Runs axe-core (WCAG 2.1 A and AA rules) in headless Chromium on pages of a built site, and
// takes a 360 px wide screenshot of one of them.
//
//   node axe-check.mjs [--jump=YYYY-MM-DD] SITE-DIR SCREENSHOT.png PAGE-PATH...
//
// Serves SITE-DIR on a loopback port (root-relative URLs need a server), opens each page, and
// prints one JSON object: { "/path/": [violations...] }. The screenshot is of the first page.
// It also prints the first page as print media would show it: "print" lists the screen-only
// parts (navigation, search, calendar, pager) that are still visible, and whether the source
// line shows. With --jump, "jump" tells where the calendar's date field leads from the home page
// for that date, and the message the page then shows.
// The browser is Debian's chromium (CHROMIUM overrides /usr/bin/chromium), launched with a fresh
// profile folder that is removed at the end.
import { createServer } from "node:http";
import { mkdtempSync, readFileSync, rmSync, statSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { extname, join, normalize, resolve } from "node:path";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { chromium } = require("playwright-core");

const options = process.argv.slice(2).filter((a) => a.startsWith("--"));
const [siteDir, screenshot, ...pages] = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const jump = (options.find((a) => a.startsWith("--jump=")) || "").slice("--jump=".length);
if (!siteDir || !screenshot || pages.length === 0) {
  console.error("usage: node axe-check.mjs SITE-DIR SCREENSHOT.png PAGE-PATH...");
  process.exit(2);
}
const executablePath = process.env.CHROMIUM || "/usr/bin/chromium";
if (!existsSync(executablePath)) {
  console.error(`Chromium not found at ${executablePath}: install Debian's chromium (apt-get install -y chromium chromium-driver)`);
  process.exit(3);
}
const root = resolve(siteDir);
const types = { ".html": "text/html; charset=utf-8", ".css": "text/css", ".js": "text/javascript",
  ".json": "application/json", ".xml": "application/xml", ".png": "image/png", ".pdf": "application/pdf" };

const server = createServer((request, response) => {
  const path = decodeURIComponent(new URL(request.url, "http://localhost").pathname);
  let file = normalize(join(root, path));
  if (!file.startsWith(root)) {
    response.writeHead(403).end();
    return;
  }
  try {
    if (statSync(file).isDirectory()) {
      file = join(file, "index.html");
    }
    const body = readFileSync(file);
    response.writeHead(200, { "content-type": types[extname(file)] || "application/octet-stream" }).end(body);
  } catch {
    response.writeHead(404).end("not found");
  }
});
await new Promise((done) => server.listen(0, "127.0.0.1", done));
const base = `http://127.0.0.1:${server.address().port}`;

const profile = mkdtempSync(join(tmpdir(), "bangtin-chromium-"));
const context = await chromium.launchPersistentContext(profile, {
  executablePath,
  headless: true,
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run"],
});
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const results = {};
let printed = null;
try {
  const page = context.pages()[0] || await context.newPage();
  for (const [index, path] of pages.entries()) {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(base + path, { waitUntil: "load" });
    await page.addScriptTag({ content: axeSource });
    const found = await page.evaluate(async () => {
      const result = await window.axe.run(document, {
        runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
      });
      return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help,
        nodes: v.nodes.map((n) => n.target.join(" ")) }));
    });
    results[path] = found;
    if (index === 0) {
      await page.setViewportSize({ width: 360, height: 740 });
      await page.screenshot({ path: screenshot, fullPage: true });
      await page.emulateMedia({ media: "print" });
      printed = await page.evaluate(() => {
        const visible = (el) => el && getComputedStyle(el).display !== "none" && el.getClientRects().length > 0;
        const shown = [".site-nav", ".search-form", ".calendar-box", ".pager", ".skip-link"]
          .filter((selector) => [...document.querySelectorAll(selector)].some(visible));
        return { screenOnlyPartsShown: shown, sourceLine: visible(document.querySelector(".print-source")) };
      });
      await page.emulateMedia({ media: "screen" });
    }
  }
  results.print = printed;
  if (jump) {
    await page.goto(base + "/", { waitUntil: "load" });
    await page.fill("#calendar-date", jump);
    await Promise.all([page.waitForURL((url) => url.pathname !== "/"), page.click(".calendar-jump button")]);
    await page.waitForSelector(".calendar-message");
    const url = new URL(page.url());
    results.jump = { path: url.pathname + url.search, message: await page.textContent(".calendar-message") };
  }
} finally {
  await context.close();
  server.close();
  rmSync(profile, { recursive: true, force: true });
}
console.log(JSON.stringify(results));
