// What the browser scripts of bangtin's tests share: the built site served on a loopback port
// (root-relative URLs need a server), and Debian's Chromium (CHROMIUM overrides
// /usr/bin/chromium) in headless mode with a fresh profile folder, removed at the end.
import { createServer } from "node:http";
import { mkdtempSync, readFileSync, rmSync, statSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { extname, join, normalize, resolve } from "node:path";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { chromium } = require("playwright-core");

const types = { ".html": "text/html; charset=utf-8", ".css": "text/css", ".js": "text/javascript",
  ".json": "application/json", ".xml": "application/xml", ".png": "image/png", ".pdf": "application/pdf" };

/**
 * Serves `siteDir`; resolves to { base, close, partial }, where partial() counts the parts of files
 * sent for range requests. With `ranges: false`, it plays a server that ignores them.
 */
export async function serveSite(siteDir, { ranges = true } = {}) {
  const root = resolve(siteDir);
  let partial = 0;
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
      const type = types[extname(file)] || "application/octet-stream";
      // One byte range, as static web servers answer it: the search engine reads its packs so.
      const range = /^bytes=(\d+)-(\d+)$/.exec(request.headers.range || "");
      if (ranges && range && Number(range[1]) <= Number(range[2]) && Number(range[1]) < body.length) {
        partial++;
        const start = Number(range[1]);
        const end = Math.min(Number(range[2]), body.length - 1);
        response.writeHead(206, { "content-type": type, "content-range": `bytes ${start}-${end}/${body.length}` })
          .end(body.subarray(start, end + 1));
        return;
      }
      response.writeHead(200, { "content-type": type }).end(body);
    } catch {
      response.writeHead(404).end("not found");
    }
  });
  await new Promise((done) => server.listen(0, "127.0.0.1", done));
  return { base: `http://127.0.0.1:${server.address().port}`, close: () => server.close(), partial: () => partial };
}

/** Starts headless Chromium; resolves to { context, close }. Exits with 3 when Chromium is missing. */
export async function startChromium() {
  const executablePath = process.env.CHROMIUM || "/usr/bin/chromium";
  if (!existsSync(executablePath)) {
    console.error(`Chromium not found at ${executablePath}: install Debian's chromium (apt-get install -y chromium chromium-driver)`);
    process.exit(3);
  }
  const profile = mkdtempSync(join(tmpdir(), "bangtin-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
      "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
