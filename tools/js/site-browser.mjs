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

/** Serves `siteDir`; resolves to { base, close }. */
export async function serveSite(siteDir) {
  const root = resolve(siteDir);
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
  return { base: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
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
