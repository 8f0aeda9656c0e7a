// What a citizen sees of the example site in headless Chromium, at 360 px: the search page's
// filters from the address, "Xem thêm kết quả", Back after searches, search in a browser without
// DecompressionStream or without fetch, the page without JavaScript, the calendar's answer for a
// day with no notices, result excerpts, a notice as printed, the phone's header, the index's
// metadata read once, notices out of force labelled, and the web search of a site under a path.
//
//   node citizen-view.mjs SITE-DIR [DIR-HOLDING-tin-tuc/]
//
// The second folder, when given, holds the example built for https://…/tin-tuc in tin-tuc/.
//
// Prints one JSON object, one member per check; the Java test (CitizenViewBrowserTest) reads it.
import { serveSite, startChromium } from "./site-browser.mjs";

const [siteDir, subPathDir] = process.argv.slice(2);
if (!siteDir) {
  console.error("usage: node citizen-view.mjs SITE-DIR [DIR-HOLDING-tin-tuc/]");
  process.exit(2);
}
const site = await serveSite(siteDir);
const browser = await startChromium();
const result = {};

/** The search page as it stands: address, box, filters, status, results and the "more" button. */
function searchState(page) {
  return page.evaluate(() => {
    const visible = (el) => !!el && getComputedStyle(el).display !== "none" && el.getClientRects().length > 0;
    return {
      address: location.pathname + location.search,
      box: document.querySelector("#q-page").value,
      filters: Object.fromEntries([...document.querySelectorAll(".search-filters select")].map((s) => [s.name, s.value])),
      filtersShown: visible(document.querySelector(".search-filters")),
      status: document.querySelector(".search-status").textContent,
      results: [...document.querySelectorAll(".search-results li")].map((li) => ({
        title: li.querySelector("h2 a").textContent,
        href: li.querySelector("h2 a").getAttribute("href"),
        date: li.querySelector(".search-result-date").textContent,
        excerpt: li.querySelector(".excerpt").textContent,
      })),
      more: visible(document.querySelector(".search-more")),
      focused: document.activeElement && document.activeElement.closest(".search-results li")
        ? [...document.querySelectorAll(".search-results li")].indexOf(document.activeElement.closest("li")) : -1,
    };
  });
}

/** Waits until the search has answered (its status is no longer "Đang tìm…"). */
async function searched(page) {
  await page.waitForFunction(() => {
    const status = document.querySelector(".search-status").textContent;
    return status !== "" && !status.startsWith("Đang tìm");
  });
  return searchState(page);
}

try {
  const page = browser.context.pages()[0] || await browser.context.newPage();
  await page.setViewportSize({ width: 360, height: 740 });

  // 1. Filters in a shared address apply.
  await page.goto(site.base + "/tim-kiem/?q=binh+dang+gioi", { waitUntil: "load" });
  const unfiltered = await searched(page);
  await page.goto(site.base + "/tim-kiem/?q=binh+dang+gioi&y=2019", { waitUntil: "load" });
  const filtered = await searched(page);
  result.filteredByYear = { unfiltered: unfiltered.status, status: filtered.status, box: filtered.box, year: filtered.filters.y,
    allOfTheYear: filtered.results.length > 0 && filtered.results.every((r) => r.date.endsWith("/2019")) };

  // 2. More results than one screenful.
  await page.goto(site.base + "/tim-kiem/?q=huyen", { waitUntil: "load" });
  const first = await searched(page);
  await page.click(".search-more");
  await page.waitForFunction((n) => document.querySelectorAll(".search-results li").length > n, first.results.length);
  const second = await searched(page);
  // Back from a result opened among the added ones shows as many results again.
  await Promise.all([page.waitForURL((url) => url.pathname === second.results[second.results.length - 1].href),
    page.click(`.search-results li:nth-child(${second.results.length}) h2 a`)]);
  await page.goBack({ waitUntil: "load" });
  await page.waitForFunction((n) => document.querySelectorAll(".search-results li").length === n, second.results.length);
  const back = await searched(page);
  const summary = (s) => ({ status: s.status, count: s.results.length, more: s.more, focused: s.focused });
  result.more = { first: summary(first), second: summary(second), back: summary(back) };

  // 5. Back after a second search returns to the first.
  await page.goto(site.base + "/", { waitUntil: "load" });
  await page.fill("#q-top", "binh dang gioi");
  await Promise.all([page.waitForURL(/\/tim-kiem\//), page.press("#q-top", "Enter")]);
  await searched(page);
  await page.fill("#q-page", "");
  await page.locator("#q-page").pressSequentially("tiem chung", { delay: 30 });
  await page.waitForFunction(() => location.search === "?q=tiem+chung");
  await searched(page);
  await page.press("#q-page", "Enter");
  await page.waitForTimeout(300);
  const afterEnter = await searched(page);
  await page.goBack();
  await page.waitForFunction(() => location.search === "?q=binh+dang+gioi");
  const afterBack = await searched(page);
  await page.goBack();
  await page.waitForURL((url) => url.pathname === "/");
  result.history = {
    afterEnter: { address: afterEnter.address, box: afterEnter.box },
    afterBack: { address: afterBack.address, box: afterBack.box, first: afterBack.results[0].title },
    backAgain: new URL(page.url()).pathname,
  };

  // 10. Excerpts: cut between words, "…" where cut. Their words at either end are whole words of the notice.
  await page.goto(site.base + "/tim-kiem/?q=binh+dang+gioi", { waitUntil: "load" });
  const found = await searched(page);
  result.excerpts = await page.evaluate(async (results) => {
    const checked = [];
    for (const r of results.slice(0, 8)) {
      const html = new DOMParser().parseFromString(await (await fetch(r.href)).text(), "text/html");
      const text = (html.querySelector(".notice-summary")?.textContent || "") + " "
        + (html.querySelector(".notice-body")?.textContent || "");
      const words = r.excerpt.replace(/…/g, " ").trim().split(/\s+/);
      const whole = (w) => new RegExp("(^|[^\\p{L}\\p{N}])" + w.replace(/[^\p{L}\p{N}]/gu, "") + "($|[^\\p{L}\\p{N}])", "u").test(text);
      checked.push({ excerpt: r.excerpt, firstWhole: whole(words[0]), lastWhole: whole(words[words.length - 1]),
        ends: /(…|[.!?:;)"”»])$/.test(r.excerpt) });
    }
    return checked;
  }, found.results);

  // 3. A browser without DecompressionStream (Safari before 16.4) searches all the same.
  const old = await browser.context.newPage();
  await old.addInitScript(() => { delete window.DecompressionStream; });
  await old.goto(site.base + "/tim-kiem/?q=binh+dang+gioi", { waitUntil: "load" });
  const oldState = await searched(old);
  result.withoutDecompressionStream = { status: oldState.status, first: oldState.results[0]?.title,
    same: JSON.stringify(oldState.results) === JSON.stringify(found.results) };
  await old.close();

  // 3, 4. A browser that cannot search at all keeps the query and says so, filters hidden.
  const oldest = await browser.context.newPage();
  await oldest.addInitScript(() => { delete window.fetch; });
  await oldest.goto(site.base + "/tim-kiem/?q=binh+dang+gioi&y=2019", { waitUntil: "load" });
  await oldest.waitForSelector(".search-status a");
  const oldestState = await searchState(oldest);
  result.cannotSearch = { box: oldestState.box, status: oldestState.status, filtersShown: oldestState.filtersShown,
    link: await oldest.getAttribute(".search-status a", "href") };
  await oldest.close();

  // 4. Without JavaScript (its scripts not loaded): no filters, no "more" button.
  const plain = await browser.context.newPage();
  await plain.route(/\.js(\?|$)/, (route) => route.abort());
  await plain.goto(site.base + "/tim-kiem/?q=binh+dang+gioi", { waitUntil: "load" });
  result.withoutJavaScript = await plain.evaluate(() => ({
    filtersShown: getComputedStyle(document.querySelector(".search-filters")).display !== "none",
    moreShown: getComputedStyle(document.querySelector(".search-more")).display !== "none",
  }));
  // The calendar without its script: no date field that could not answer; its way to the archive.
  await plain.goto(site.base + "/", { waitUntil: "load" });
  const archive = await plain.evaluate(() => ({
    dateFieldShown: document.querySelector(".calendar-jump").checkVisibility(),
    archiveLink: document.querySelector(".calendar-all a").checkVisibility() ? document.querySelector(".calendar-all a").textContent : null,
  }));
  await plain.click(".calendar-all a");
  await plain.waitForURL((url) => url.pathname === "/luu-tru/");
  archive.months = await plain.$$eval(".archive-months a", (links) => links.slice(0, 2).map((a) => a.textContent + " " + a.getAttribute("href")));
  result.withoutJavaScript.calendar = archive;
  await plain.close();

  // 6. The calendar's answer for a day with no notices: beside the form, once.
  await page.goto(site.base + "/", { waitUntil: "load" });
  for (let i = 0; i < 2; i++) {
    await page.fill("#calendar-date", "2000-01-01");
    await page.click(".calendar-jump button");
    await page.waitForFunction(() => document.querySelector(".calendar-answer").textContent !== "");
  }
  result.calendar = await page.evaluate(() => {
    const answer = document.querySelector(".calendar-answer");
    const button = document.querySelector(".calendar-jump button").getBoundingClientRect();
    return {
      answers: [...document.querySelectorAll(".calendar-answer, .calendar-message")].map((p) => p.textContent),
      live: answer.getAttribute("aria-live"),
      besideTheForm: Math.abs(answer.getBoundingClientRect().top - button.bottom) < 40,
    };
  });

  // 9. A notice printed: whole addresses of files and of links in its text; no preview, related list or "Tải về".
  const printed = async (path) => {
    await page.goto(site.base + path, { waitUntil: "load" });
    await page.emulateMedia({ media: "print" });
    const seen = await page.evaluate(() => {
      const shown = (el) => !!el && getComputedStyle(el).display !== "none";
      const after = (el) => (el ? getComputedStyle(el, "::after").content : null);
      return {
        attachment: after(document.querySelector(".attachments li a[download]")),
        bodyLink: after(document.querySelector(".notice-body a[href$='.pdf']")),
        preview: shown(document.querySelector(".notice-document")),
        related: shown(document.querySelector(".related")),
        downloadWords: [...document.querySelectorAll(".attachments li")].some((li) => li.innerText.includes("Tải về")),
      };
    });
    await page.emulateMedia({ media: "screen" });
    return seen;
  };
  result.print = {
    withText: await printed("/2019/05/chi-thi-ve-viec-tang-cuong-cac-bien-phap-cap-bach-phong-chong-benh-dich-ta-lon/"),
    pdfOnly: await printed("/2024/05/ke-hoach-thu-gom-van-chuyen-va-xu-ly-rac-thai-sinh-hoat-nam-2024/"),
  };

  // 12. The header on a phone: the category menu folded behind "Chuyên mục", the notice's title
  // in the first screen; opened from the keyboard, the menu shows; on a wide screen it is whole.
  const seed = "/2019/03/thuc-hien-cong-tac-binh-dang-gioi-va-vi-su-tien-bo-cua-phu-nu-nam-2019/";
  const header = () => page.evaluate(() => {
    const links = [...document.querySelectorAll(".site-nav a")];
    const summary = document.querySelector(".site-menu > summary");
    return {
      titleBottom: Math.round(document.querySelector("h1").getBoundingClientRect().bottom),
      summary: summary.checkVisibility() ? summary.textContent.trim() : null,
      linksShown: links.filter((a) => a.checkVisibility()).length,
      links: links.length,
    };
  });
  await page.goto(site.base + seed, { waitUntil: "load" });
  const folded = await header();
  await page.focus(".site-menu > summary");
  await page.keyboard.press("Enter");
  const opened = await header();
  await page.keyboard.press("Tab");
  opened.focusedAfterTab = await page.evaluate(() => document.activeElement.textContent);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(site.base + seed, { waitUntil: "load" });
  const wide = await header();
  await page.setViewportSize({ width: 360, height: 740 });
  result.header = { folded, opened, wide };

  // 13. A search page reads the index's metadata once, for its filters and for every search.
  const metaAsked = [];
  const countMeta = (request) => { if (request.url().includes("/search/meta.bin")) metaAsked.push(request.url()); };
  page.on("request", countMeta);
  await page.goto(site.base + "/tim-kiem/?q=binh+dang+gioi", { waitUntil: "load" });
  await searched(page);
  await page.fill("#q-page", "tiem chung");
  await page.waitForFunction(() => location.search === "?q=tiem+chung");
  await searched(page);
  page.off("request", countMeta);
  result.metaRequests = metaAsked.length;

  // 14. A notice out of force is labelled in lists and in search results, beside the one that replaced it.
  const labelled = () => page.evaluate(() => [...document.querySelectorAll(".notice-item, .search-result")]
    .filter((li) => li.querySelector("h2 a").textContent.startsWith("Thông báo lịch tiếp công dân"))
    .map((li) => `${li.querySelector(".expired-label")?.textContent || "-"} ${li.querySelector("h2 a").getAttribute("href")}`));
  await page.goto(site.base + "/chuyen-muc/thong-bao/", { waitUntil: "load" });
  const inList = await labelled();
  await page.goto(site.base + "/tim-kiem/?q=lich+tiep+cong+dan", { waitUntil: "load" });
  await searched(page);
  result.expired = { list: inList, search: await labelled() };

  // 11. The icon the browser asks for exists.
  const icon = await page.request.get(site.base + (await page.getAttribute("link[rel=icon]", "href")));
  result.favicon = { status: icon.status(), bytes: (await icon.body()).length };
  // 8. A site under a path (/tin-tuc): the web search it offers is limited to that path.
  if (subPathDir) {
    const sub = await serveSite(subPathDir);
    try {
      const under = await browser.context.newPage();
      await under.addInitScript(() => { delete window.fetch; });
      await under.goto(sub.base + "/tin-tuc/tim-kiem/?q=tiem+chung", { waitUntil: "load" });
      await under.waitForSelector(".search-status a");
      result.webSearchUnderPath = decodeURIComponent(new URL(await under.getAttribute(".search-status a", "href"))
        .searchParams.get("q")).replace(/127\.0\.0\.1:\d+/, "HOST");
      await under.close();
    } finally {
      sub.close();
    }
  }
} finally {
  await browser.close();
  site.close();
}
console.log(JSON.stringify(result));
