// An editor's tab on bangtin's live preview, in headless Chromium: opens PAGE of the running
// preview, then for each step writes a file of the content, as an editor saves it, and waits for
// what the tab must show after it, without touching the tab:
//
//   node live-preview.mjs PREVIEW-URL PAGE STEPS-JSON
//
// STEPS-JSON is a file holding [{ file, text, address?, heading?, problems? }, ...]: after writing
// `text` to `file`, the tab must come to show the page at URL path `address` (it moved there by
// itself), with `heading` in its h1 and no problems box, or show the problems box with
// `problems` in it. Prints one JSON array, one { address, heading, problems } per step, as the
// tab showed them; exits with 1, naming the step, when a tab does not get there in 60 s.
import { readFileSync, writeFileSync } from "node:fs";
import { startChromium } from "./site-browser.mjs";

const [base, start, stepsFile] = process.argv.slice(2);
if (!base || !start || !stepsFile) {
  console.error("usage: node live-preview.mjs PREVIEW-URL PAGE STEPS-JSON");
  process.exit(2);
}
/**
 * The tab's address, heading and problems box once `shows()` resolves; waited for and read again
 * when the tab reloads meanwhile (a rebuild after a page written ahead reloads it once more).
 */
async function whatTheTabShows(page, shows) {
  for (let attempt = 1; ; attempt++) {
    try {
      await page.waitForLoadState("load");
      await shows();
      return await page.evaluate(() => ({
        address: location.pathname,
        heading: document.querySelector("h1")?.textContent.trim(),
        problems: document.getElementById("bangtin-problems")?.textContent ?? null,
      }));
    } catch (error) {
      if (attempt === 5 || !/context was destroyed|navigat/i.test(error.message)) {
        throw error;
      }
    }
  }
}

const steps = JSON.parse(readFileSync(stepsFile, "utf8"));
const browser = await startChromium();
const shown = [];
let failed = null;
try {
  const page = browser.context.pages()[0] || await browser.context.newPage();
  page.setDefaultTimeout(60_000);
  // The tab listens to the preview's events once its script has connected to them.
  const listening = page.waitForResponse((response) => new URL(response.url()).pathname === "/__bangtin/events");
  await page.goto(base + start, { waitUntil: "load" });
  await listening;
  for (const [index, step] of steps.entries()) {
    try {
      writeFileSync(step.file, step.text);
      const box = page.locator("#bangtin-problems");
      shown.push(await whatTheTabShows(page, async () => {
        if (step.problems) {
          await box.filter({ hasText: step.problems }).waitFor();
        } else {
          await page.waitForURL((url) => url.pathname === step.address);
          await page.locator("h1", { hasText: step.heading }).waitFor();
          await box.waitFor({ state: "detached" });
        }
      }));
    } catch (error) {
      failed = `step ${index + 1} (${step.problems ? "problems: " + step.problems : step.address}): ${error.message}`
        + ` — the tab shows ${page.url()}`;
      break;
    }
  }
} finally {
  await browser.close();
}
console.log(JSON.stringify(shown));
if (failed) {
  console.error(failed);
  process.exit(1);
}
