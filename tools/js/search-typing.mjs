// The search a citizen makes, in headless Chromium: on the home page, types QUERY into the
// header's "Tìm kiếm tin tức" box and presses Enter, waits for the results, clicks the first one;
// then, back on the search page, types PREFIX letter by letter and waits for the results shown as
// they type.
//
//   node search-typing.mjs SITE-DIR QUERY PREFIX [whole-files]
//
// With "whole-files", the site's server ignores range requests, as some static servers do.
// Prints one JSON object: { address, status, first: { title, href }, opened, live: { address, status, first },
// partial: parts of files sent for range requests }.
import { serveSite, startChromium } from "./site-browser.mjs";

const [siteDir, query, prefix, mode] = process.argv.slice(2);
if (!siteDir || !query || !prefix) {
  console.error("usage: node search-typing.mjs SITE-DIR QUERY PREFIX");
  process.exit(2);
}
const site = await serveSite(siteDir, { ranges: mode !== "whole-files" });
const browser = await startChromium();
const result = {};
try {
  const page = browser.context.pages()[0] || await browser.context.newPage();
  await page.goto(site.base + "/", { waitUntil: "load" });
  await page.locator("header input[type=search]").pressSequentially(query);
  await Promise.all([page.waitForURL(/\/tim-kiem\//), page.keyboard.press("Enter")]);
  await page.waitForSelector(".search-results li a");
  const address = new URL(page.url());
  result.address = address.pathname + address.search;
  result.status = await page.textContent(".search-status");
  const first = page.locator(".search-results li a").first();
  result.first = { title: await first.textContent(), href: await first.getAttribute("href") };
  await Promise.all([page.waitForURL((url) => url.pathname === result.first.href), first.click()]);
  result.opened = await page.textContent("h1");

  await page.goto(site.base + "/tim-kiem/", { waitUntil: "load" });
  await page.locator("#q-page").pressSequentially(prefix, { delay: 30 });
  await page.waitForFunction(() => document.querySelectorAll(".search-results li").length > 0);
  const live = new URL(page.url());
  result.live = {
    address: live.pathname + live.search,
    status: await page.textContent(".search-status"),
    first: await page.locator(".search-results li a").first().textContent(),
  };
  result.partial = site.partial();
} finally {
  await browser.close();
  site.close();
}
console.log(JSON.stringify(result));
