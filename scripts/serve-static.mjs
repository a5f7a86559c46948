#!/usr/bin/env node
// A tiny static file server for the built Storybook (storybook-static/): the end-to-end tests and
// the screenshot script load stories from it. Loopback only, port 0 (a free one) by default, GET
// and HEAD only, no directory listings, nothing outside the root.
// usage: node scripts/serve-static.mjs [dir=storybook-static] [port=0]
import { createReadStream, statSync } from "node:fs";
import { createServer } from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".txt": "text/plain; charset=utf-8",
};

/** The file a URL path names inside `root`, or undefined (outside the root, missing, a folder without index.html). */
function resolveFile(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  const file = path.join(root, path.normalize(decoded));
  if (file !== root && !file.startsWith(root + path.sep)) return undefined;
  try {
    const stat = statSync(file);
    if (stat.isFile()) return { file, size: stat.size };
    if (stat.isDirectory()) {
      const index = path.join(file, "index.html");
      const indexStat = statSync(index);
      if (indexStat.isFile()) return { file: index, size: indexStat.size };
    }
  } catch {
    return undefined;
  }
  return undefined;
}

/**
 * Serves `dir` on `http://<host>:<port>`. Resolves with `{ url, port, close() }`; `close()` also
 * ends open keep-alive connections so a test run never waits on them.
 */
export async function serveStatic(dir, { host = "127.0.0.1", port = 0 } = {}) {
  const root = path.resolve(dir);
  const server = createServer((req, res) => {
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { allow: "GET, HEAD" }).end();
      return;
    }
    const url = new URL(req.url ?? "/", "http://static.invalid");
    const found = resolveFile(root, url.pathname);
    if (!found) {
      res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("Not found");
      return;
    }
    res.writeHead(200, {
      "content-type": TYPES[path.extname(found.file).toLowerCase()] ?? "application/octet-stream",
      "content-length": found.size,
      "cache-control": "no-store",
    });
    if (req.method === "HEAD") {
      res.end();
      return;
    }
    createReadStream(found.file).pipe(res);
  });
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve(undefined));
  });
  const address = server.address();
  const bound = typeof address === "object" && address ? address.port : port;
  return {
    url: `http://${host}:${bound}`,
    port: bound,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve(undefined));
      }),
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [dir = "storybook-static", port = "0"] = process.argv.slice(2);
  const served = await serveStatic(dir, { port: Number(port) });
  console.log(`serving ${path.resolve(dir)} on ${served.url} (Ctrl+C stops)`);
}
