// The bytes a browser downloads for a cold Pagefind query, measured in headless Chromium: for
// each query, a new browser context (empty cache) opens a blank page of the served site, then
// runs, as a page using Pagefind's JS API does:
//
//   const pagefind = await import("/pagefind/pagefind.js");
//   const s = await pagefind.search(q);
//   await Promise.all(s.results.slice(0, 10).map((r) => r.data()));
//
// and sums the response bodies of every request made after the blank page loaded: Pagefind's
// script, its worker and wasm, its metadata, the index chunks and the first ten results'
// fragments. The server gzips text files (-9) as a web server would, the way bench/search.sh
// counts bangtin's engine script; Pagefind's own files are gzipped already and sent as they are.
//
//   node bench/pagefind-bytes.mjs SITE-DIR PAGEFIND-DIR QUERIES.json
//
// QUERIES.json: [{ "q": "..." }, ...]. Prints one JSON line per query:
// { q, bytes (as sent, compressed), decoded, requests, files: [path...], results, first }.
// Needs playwright-core (npm ci --prefix tools/js --ignore-scripts) and Debian's Chromium.
import { createServer } from "node:http";
import { existsSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { extname, join, normalize, resolve } from "node:path";
import { gzipSync } from "node:zlib";

const require = createRequire(new URL("../tools/js/package.json", import.meta.url));
const { chromium } = require("playwright-core");

const [siteDir, pagefindDir, queriesFile] = process.argv.slice(2);
if (!siteDir || !pagefindDir || !queriesFile) {
  console.error("usage: node bench/pagefind-bytes.mjs SITE-DIR PAGEFIND-DIR QUERIES.json");
  process.exit(2);
}
const queries = JSON.parse(readFileSync(queriesFile, "utf8"));

const types = { ".html": "text/html; charset=utf-8", ".css": "text/css", ".js": "text/javascript",
  ".mjs": "text/javascript", ".json": "application/json", ".xml": "application/xml" };
const BLANK = "/__bench/blank.html";

// Serves the site at /, Pagefind's bundle (written outside the site) at /pagefind/, and a blank
// page that is neither's, so that only what the query needs is counted. Counts the body bytes it
// sends, as a check on what the browser reports.
const site = resolve(siteDir);
const bundle = resolve(pagefindDir);
const gzipped = new Map();
let served = 0;
const server = createServer((request, response) => {
  const path = decodeURIComponent(new URL(request.url, "http://localhost").pathname);
  if (path === BLANK) {
    const body = Buffer.from("<!doctype html><html lang=vi><title>bench</title><body></body></html>");
    response.writeHead(200, { "content-type": types[".html"], "cache-control": "no-store" }).end(body);
    return;
  }
  const [root, rest] = path.startsWith("/pagefind/") ? [bundle, path.slice("/pagefind".length)] : [site, path];
  let file = normalize(join(root, rest));
  if (!file.startsWith(root)) {
    response.writeHead(403).end();
    return;
  }
  try {
    if (statSync(file).isDirectory()) {
      file = join(file, "index.html");
    }
    const type = types[extname(file)];
    let body;
    const headers = { "content-type": type || "application/octet-stream" };
    if (type && /\bgzip\b/.test(request.headers["accept-encoding"] || "")) {
      if (!gzipped.has(file)) {
        gzipped.set(file, gzipSync(readFileSync(file), { level: 9 }));
      }
      body = gzipped.get(file);
      headers["content-encoding"] = "gzip";
    } else {
      body = readFileSync(file);
    }
    // A Content-Length (no chunked framing), so that the body sizes are the files' bytes.
    headers["content-length"] = body.length;
    served += body.length;
    response.writeHead(200, headers).end(body);
  } catch {
    response.writeHead(404).end("not found");
  }
});
await new Promise((done) => server.listen(0, "127.0.0.1", done));
const base = `http://127.0.0.1:${server.address().port}`;

const executablePath = process.env.CHROMIUM || "/usr/bin/chromium";
if (!existsSync(executablePath)) {
  console.error(`Chromium not found at ${executablePath}: apt-get install -y chromium`);
  process.exit(3);
}
const browser = await chromium.launch({
  executablePath,
  headless: true,
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
try {
  for (const { q } of queries) {
    // A new context per query: its own empty cache, as a first visit.
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(base + BLANK, { waitUntil: "load" });
    served = 0;
    const finished = [];
    let pending = 0;
    // Context-wide events, so that the requests of Pagefind's web worker are counted too.
    context.on("request", () => pending++);
    context.on("requestfailed", () => pending--);
    context.on("requestfinished", (request) => {
      finished.push(request.sizes().then((sizes) => ({ request, sizes })).finally(() => pending--));
    });
    const result = await page.evaluate(async (query) => {
      const pagefind = await import("/pagefind/pagefind.js");
      const search = await pagefind.search(query);
      const data = await Promise.all(search.results.slice(0, 10).map((r) => r.data()));
      return { results: search.results.length, first: data[0] ? data[0].meta.title : null };
    }, q);
    // Wait until every request seen has finished and its sizes are known.
    for (let waited = 0; pending > 0 && waited < 5000; waited += 20) {
      await new Promise((done) => setTimeout(done, 20));
    }
    const done = await Promise.all(finished);
    let bytes = 0;
    let decoded = 0;
    const files = [];
    for (const { request, sizes } of done) {
      const response = await request.response();
      // Chromium reports no body size for a worker's own script; its Content-Length is the same.
      const sent = sizes.responseBodySize || Number((response && response.headers()["content-length"]) || 0);
      const path = new URL(request.url()).pathname;
      bytes += sent;
      decoded += response ? (await response.body()).length : 0;
      files.push(path);
      if (process.env.DEBUG) {
        console.error(`${q}\t${path}\t${sent}`);
      }
    }
    if (bytes !== served) {
      console.error(`warning: "${q}": the browser reports ${bytes} body bytes, the server sent ${served}`);
    }
    console.log(JSON.stringify({ q, bytes, decoded, requests: files.length, files, ...result }));
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
