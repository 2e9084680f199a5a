#!/usr/bin/env node
// Open static HTML pages in headless Chromium (Debian's) and report what they render, for
// tests/test_docs.py to check. Uses playwright-core, which never downloads a browser.
//
//   node tools/check_pages.cjs REQUEST.json > RESULT.json
//
// REQUEST: {"executablePath": "/usr/bin/chromium",
//           "pages": [{"name", "url", "crawl": bool, "screenshot": "/path.png", "fullPage": bool}]}
// RESULT:  {"browser": version, "pages": [{"name", "url", "error"?, "title",
//           "text": visible text of <body> after load,
//           "ids": {element id: its visible text} (pages without "crawl"),
//           "routes": {route: visible text of its section, or null} ("crawl" pages),
//           "links": [href], "blocked": [url], "cspViolations": [{uri, directive}],
//           "consoleErrors": [text], "pageErrors": [text], "ms"}]}
//
// A "crawl" page is a Redoc 3 reference. Redoc renders the section of the current hash route
// ("#/tag" or "#/tag/operationid") and a few around it, each in an element whose id is the
// route without its slash. Every route reachable through the page's links is visited by
// setting location.hash; its text is read once its element is visible and stops changing.
// Text is whitespace-normalised. No request may leave the browser: every request other than
// file:, data:, blob: and about: is aborted and listed in "blocked", and every host name
// resolves to nothing.
"use strict";

const fs = require("node:fs");

let chromium;
try {
  ({ chromium } = require("playwright-core"));
} catch {
  process.stderr.write("playwright-core is missing: run `make setup` (npm ci)\n");
  process.exit(3);
}

const LOCAL = /^(file|data|blob|about):/;
const ROUTE_TIMEOUT_MS = 15000;
const CONCURRENCY = 4;

// In the page: resolve once the visible text of `id` (or <body>) is non-empty and has not
// changed for `quietMs`, or give up (null) after `maxMs`.
async function settledText(page, id, quietMs, maxMs) {
  return page.evaluate(
    async ({ id, quietMs, maxMs }) => {
      const read = () => {
        const node = id === null ? document.body : document.getElementById(id);
        if (!node || !node.checkVisibility()) return "";
        return node.innerText.replace(/\s+/g, " ").trim();
      };
      const start = performance.now();
      let last = read();
      let changed = start;
      while (performance.now() - start < maxMs) {
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 20)));
        const now = read();
        if (now !== last) [last, changed] = [now, performance.now()];
        if (now && performance.now() - changed >= quietMs) return now;
      }
      return null;
    },
    { id, quietMs, maxMs },
  );
}

async function routeLinks(page) {
  // Redoc 3 links carry the route as "#/tag/op[#anchor]" or, in the sidebar, as "/tag".
  return page.evaluate(() => {
    const routes = new Set();
    for (const a of document.querySelectorAll('a[href^="#/"], a[href^="/"]')) {
      const href = a.getAttribute("href");
      if (href.startsWith("//")) continue;
      const route = href.startsWith("#") ? href.split("#")[1] : href.split("#")[0];
      if (route && route !== "/") routes.add(route);
    }
    return [...routes].sort();
  });
}

async function checkPage(browser, spec) {
  const started = Date.now();
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const result = { name: spec.name, url: spec.url, blocked: [], consoleErrors: [], pageErrors: [] };
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener("securitypolicyviolation", (e) => {
      window.__cspViolations.push({ uri: e.blockedURI, directive: e.effectiveDirective });
    });
  });
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (LOCAL.test(url)) return route.continue();
    result.blocked.push(url);
    return route.abort("blockedbyclient");
  });
  page.on("console", (message) => {
    // CSP refusals are reported precisely by the securitypolicyviolation listener.
    if (message.type() === "error" && !message.text().includes("Content Security Policy")) {
      result.consoleErrors.push(message.text().slice(0, 500));
    }
  });
  page.on("pageerror", (error) => result.pageErrors.push(String(error).slice(0, 1000)));

  await page.goto(spec.url, { waitUntil: "load", timeout: 60000 });
  result.text = (await settledText(page, null, 300, ROUTE_TIMEOUT_MS)) ?? "";
  result.title = await page.title();
  if (spec.screenshot) {
    await page.screenshot({ path: spec.screenshot, fullPage: Boolean(spec.fullPage) });
  }
  result.links = await page.evaluate(() =>
    [...new Set([...document.querySelectorAll("a[href]")].map((a) => a.getAttribute("href")))].sort(),
  );
  if (spec.crawl) {
    result.routes = {};
    const queue = await routeLinks(page);
    while (queue.length > 0) {
      const route = queue.shift();
      if (route in result.routes) continue;
      await page.evaluate((hash) => {
        window.location.hash = hash;
      }, `#${route}`);
      result.routes[route] = await settledText(page, route.slice(1), 150, ROUTE_TIMEOUT_MS);
      for (const next of await routeLinks(page)) if (!(next in result.routes)) queue.push(next);
    }
  } else {
    result.ids = await page.evaluate(() =>
      Object.fromEntries(
        [...document.querySelectorAll("[id]")].map((e) => [e.id, e.innerText.replace(/\s+/g, " ").trim()]),
      ),
    );
  }
  result.cspViolations = await page.evaluate(() => window.__cspViolations);
  result.ms = Date.now() - started;
  await context.close();
  return result;
}

async function main() {
  const request = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
  const browser = await chromium.launch({
    executablePath: request.executablePath || "/usr/bin/chromium",
    headless: true,
    timeout: 60000,
    args: [
      "--no-sandbox", // CI runs as root
      "--disable-gpu",
      "--disable-dev-shm-usage",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--host-resolver-rules=MAP * ~NOTFOUND",
    ],
  });
  try {
    // A few pages at a time, each in its own browser context; results in request order.
    const pages = new Array(request.pages.length);
    let next = 0;
    const worker = async () => {
      while (next < request.pages.length) {
        const index = next++;
        const spec = request.pages[index];
        try {
          pages[index] = await checkPage(browser, spec);
        } catch (error) {
          // Reported per page, so that one broken page does not hide what the others render.
          pages[index] = { name: spec.name, url: spec.url, error: String(error?.message ?? error) };
        }
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    process.stdout.write(`${JSON.stringify({ browser: browser.version(), pages }, null, 1)}\n`);
  } finally {
    await browser.close();
  }
}

main().catch((error) => {
  process.stderr.write(`${error?.stack ?? error}\n`);
  process.exit(1);
});
