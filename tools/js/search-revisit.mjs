// What a citizen sees when they come back to a search, in headless Chromium:
// - typing QUERY letter by letter, then pressing Enter: the results typing showed, and Enter's,
//   and every text the status line showed on the way (no "no results" between words);
// - the results of WIDE scrolled down to its 15th, that result opened, then Back: where the
//   page is scrolled to once the results are drawn again.
//
//   node search-revisit.mjs SITE-DIR QUERY WIDE
//
// Prints one JSON object: { typed: { status, titles }, entered: { status, titles }, statuses: [...],
// back: { before, after, count } } (scroll positions in pixels, the results drawn after Back).
import { serveSite, startChromium } from "./site-browser.mjs";

const [siteDir, query, wide] = process.argv.slice(2);
if (!siteDir || !query || !wide) {
  console.error("usage: node search-revisit.mjs SITE-DIR QUERY WIDE");
  process.exit(2);
}
const site = await serveSite(siteDir, { ranges: true });
const browser = await startChromium();
const result = {};
const loading = "Đang tìm";

/** The status line and the titles shown, once a search for the box's text has finished. */
async function shown(page, statusesBefore) {
  await page.waitForFunction(([count, loadingText]) => {
    const all = window.statuses || [];
    const status = document.querySelector(".search-status").textContent;
    return all.length > count && status !== "" && !status.startsWith(loadingText);
  }, [statusesBefore, loading]);
  return {
    status: await page.textContent(".search-status"),
    titles: await page.locator(".search-results li h2 a").allTextContents(),
  };
}

try {
  const page = browser.context.pages()[0] || await browser.context.newPage();
  await page.setViewportSize({ width: 360, height: 640 });
  await page.goto(site.base + "/tim-kiem/", { waitUntil: "load" });
  await page.evaluate(() => {
    window.statuses = [];
    const status = document.querySelector(".search-status");
    new MutationObserver(() => window.statuses.push(status.textContent))
      .observe(status, { childList: true, characterData: true, subtree: true });
  });
  // Slower than the page's pause before it searches (120 ms): every prefix of the query is searched.
  await page.locator("#q-page").pressSequentially(query, { delay: 250 });
  await page.waitForFunction((q) => new URLSearchParams(location.search).get("q") === q, query);
  result.typed = await shown(page, 0);
  const before = await page.evaluate(() => window.statuses.length);
  await page.keyboard.press("Enter");
  result.entered = await shown(page, before);
  result.statuses = await page.evaluate(() => window.statuses);

  await page.goto(site.base + "/tim-kiem/?q=" + encodeURIComponent(wide), { waitUntil: "load" });
  await page.waitForFunction(() => document.querySelectorAll(".search-results li").length >= 15);
  const fifteenth = page.locator(".search-results li h2 a").nth(14);
  await fifteenth.scrollIntoViewIfNeeded();
  const scrolledTo = await page.evaluate(() => window.scrollY);
  const href = await fifteenth.getAttribute("href");
  await Promise.all([page.waitForURL((url) => url.pathname === href), fifteenth.click()]);
  await page.goBack({ waitUntil: "load" });
  await page.waitForFunction(() => document.querySelectorAll(".search-results li").length >= 15);
  await page.waitForFunction((y) => Math.abs(window.scrollY - y) < 2 || document.readyState === "complete", scrolledTo);
  result.back = {
    before: scrolledTo,
    after: await page.evaluate(() => window.scrollY),
    count: await page.locator(".search-results li").count(),
  };
} finally {
  await browser.close();
  site.close();
}
console.log(JSON.stringify(result));
