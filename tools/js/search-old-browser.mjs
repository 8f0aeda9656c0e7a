// The search page in a browser from before 2018, played by headless Chromium: a script run before
// the page's own makes regular expressions of Unicode properties (\p{L}) a syntax error, as they
// were there, and, with "no-abort", also removes AbortController. Also checks that the page's
// first script, search-start.js, parses as ES5, which such browsers read.
//
//   node search-old-browser.mjs SITE-DIR QUERY [no-abort]
//
// Prints one JSON object: { es5: true | "error message", status, link, box, ran, index: [...] }: the
// status line's text, the web search link's address, the search box's text, whether the search's
// scripts ran, and the files of the search index the page asked the server for.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createRequire } from "node:module";
import { serveSite, startChromium } from "./site-browser.mjs";

const require = createRequire(import.meta.url);
const acorn = require("acorn");

const [siteDir, query, variant] = process.argv.slice(2);
if (!siteDir || !query) {
  console.error("usage: node search-old-browser.mjs SITE-DIR QUERY [no-abort]");
  process.exit(2);
}
const result = {};
try {
  acorn.parse(readFileSync(join(siteDir, "js/search-start.js"), "utf8"), { ecmaVersion: 5 });
  result.es5 = true;
} catch (e) {
  result.es5 = e.message;
}
const site = await serveSite(siteDir);
const browser = await startChromium();
try {
  const page = browser.context.pages()[0] || await browser.context.newPage();
  await page.addInitScript((noAbort) => {
    const Native = RegExp;
    const Old = function (pattern, flags) {
      if (String(flags || "").includes("u") && String(pattern).includes("\\p{")) {
        throw new SyntaxError("Invalid regular expression: invalid escape");
      }
      return new Native(pattern, flags);
    };
    Old.prototype = Native.prototype;
    window.RegExp = Old;
    if (noAbort) {
      delete window.AbortController;
    }
  }, variant === "no-abort");
  const index = [];
  page.on("request", (request) => {
    const path = new URL(request.url()).pathname;
    if (path.startsWith("/search/")) {
      index.push(path);
    }
  });
  await page.goto(site.base + "/tim-kiem/?q=" + encodeURIComponent(query), { waitUntil: "load" });
  await page.waitForFunction(() => document.querySelector(".search-status").textContent !== "");
  result.status = await page.textContent(".search-status");
  result.link = await page.getAttribute(".search-status a.search-web", "href");
  result.box = await page.inputValue("#q-page");
  result.ran = await page.evaluate(() => typeof window.BangtinSearch !== "undefined");
  result.index = index;
  console.log(JSON.stringify(result));
} finally {
  await browser.close();
  site.close();
}
