// Runs axe-core (WCAG 2.1 A and AA rules) in headless Chromium on pages of a built site, and
// takes a 360 px wide screenshot of one of them.
//
//   node axe-check.mjs [--jump=YYYY-MM-DD] SITE-DIR SCREENSHOT.png PAGE-PATH...
//
// Serves SITE-DIR on a loopback port (root-relative URLs need a server), opens each page, and
// prints one JSON object: { "/path/": [violations...] }. The screenshot is of the first page.
// It checks the first page at 360 px too, its category menu folded and then opened.
// It also prints the first page as print media would show it: "print" lists the screen-only
// parts (navigation, search, calendar, pager) that are still visible, and whether the source
// line shows. With --jump, "jump" tells where the calendar's date field leads from the home page
// for that date, and the message the page then shows.
// The browser is Debian's chromium (CHROMIUM overrides /usr/bin/chromium), launched with a fresh
// profile folder that is removed at the end.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { serveSite, startChromium } from "./site-browser.mjs";

const require = createRequire(import.meta.url);

const options = process.argv.slice(2).filter((a) => a.startsWith("--"));
const [siteDir, screenshot, ...pages] = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const jump = (options.find((a) => a.startsWith("--jump=")) || "").slice("--jump=".length);
if (!siteDir || !screenshot || pages.length === 0) {
  console.error("usage: node axe-check.mjs SITE-DIR SCREENSHOT.png PAGE-PATH...");
  process.exit(2);
}
const site = await serveSite(siteDir);
const base = site.base;
const browser = await startChromium();
const context = browser.context;
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const results = {};
let printed = null;
/** The axe-core violations of the page as it stands (axe already added to it). */
function violations(page) {
  return page.evaluate(async () => {
    const result = await window.axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help,
      nodes: v.nodes.map((n) => n.target.join(" ")) }));
  });
}

try {
  const page = context.pages()[0] || await context.newPage();
  for (const [index, path] of pages.entries()) {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(base + path, { waitUntil: "load" });
    await page.addScriptTag({ content: axeSource });
    results[path] = await violations(page);
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
  // The first page on a phone, its category menu folded, then opened from the keyboard.
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(base + pages[0], { waitUntil: "load" });
  await page.addScriptTag({ content: axeSource });
  results["360px, menu folded"] = await violations(page);
  await page.focus(".site-menu > summary");
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => document.querySelector(".site-menu").open);
  results["360px, menu open"] = await violations(page);
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
  await browser.close();
  site.close();
}
console.log(JSON.stringify(results));
