// `npm run bench`: serves a production build over seeded archives and prints, for the article,
// front and section pages, requests per second and latency (median, p99) at a fixed concurrency,
// cached and uncached, against a static file from the same server; the uncached article render at
// two archive sizes (it should stay flat); and the article page's HTML and JavaScript bytes after
// gzip. Figures only: no pass/fail.
//
//   npm run bench -- [--articles 100000] [--small 1000] [--duration 10] [--connections 50]
import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import zlib from "node:zlib";
import autocannon from "autocannon";
import { buildIfNeeded, nextBin } from "./build-if-needed";
import { prepareDatabase } from "./prepare";

const { values: args } = parseArgs({
  options: {
    articles: { type: "string", default: "100000" },
    small: { type: "string", default: "1000" },
    duration: { type: "string", default: "10" },
    connections: { type: "string", default: "50" },
  },
});
const LARGE = Number(args.articles);
const SMALL = Number(args.small);
const DURATION = Number(args.duration);
const CONNECTIONS = Number(args.connections);
const PORT = 3200;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const DIR = "data/bench";
const MEDIA_DIR = `${DIR}/media`;

process.env.NEXT_TELEMETRY_DISABLED = "1";

interface Figure {
  name: string;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}

async function archive(size: number): Promise<string> {
  const url = `file:./${DIR}/archive-${size}.db`;
  const marker = `${DIR}/archive-${size}.ready`;
  if (fs.existsSync(marker)) return url;
  fs.mkdirSync(DIR, { recursive: true });
  console.log(`\nSeeding an archive of ${size.toLocaleString("en")} articles (kept in ${DIR} for later runs)…`);
  await prepareDatabase(url, MEDIA_DIR);
  execFileSync("npx", ["tsx", "scripts/seed-archive.ts", "--articles", String(size)], {
    stdio: "inherit",
    env: { ...process.env, DATABASE_URL: url, MEDIA_DIR },
  });
  fs.writeFileSync(marker, new Date().toISOString());
  return url;
}

async function startServer(databaseUrl: string): Promise<ChildProcess> {
  const server = spawn(process.execPath, [nextBin, "start", "-p", String(PORT), "-H", "127.0.0.1"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, DATABASE_URL: databaseUrl, MEDIA_DIR, PORT: String(PORT), SITE_URL: ORIGIN },
  });
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(`${ORIGIN}/api/health`)).ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  server.kill();
  throw new Error("the server did not become healthy within 30 s");
}

async function stopServer(server: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => server.once("exit", resolve));
  server.kill("SIGTERM");
  await exited;
}

/** Load on one URL (cached once warmed) or on a fresh URL per request (never cached). */
async function load(name: string, paths: string[] | string): Promise<Figure> {
  const list = Array.isArray(paths) ? paths : [paths];
  let next = 0;
  if (!Array.isArray(paths)) await fetch(`${ORIGIN}${paths}`).then((r) => r.arrayBuffer()); // warm the cache
  const result = await autocannon({
    url: ORIGIN,
    connections: CONNECTIONS,
    duration: DURATION,
    requests: [
      {
        method: "GET",
        setupRequest: (request) => ({ ...request, path: list[next++ % list.length] }),
      },
    ],
  });
  if (Array.isArray(paths) && next > list.length) {
    console.warn(`  (${name}: ${next} requests for ${list.length} distinct URLs — some were cache hits)`);
  }
  return {
    name,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

async function articlePaths(databaseUrl: string, count: number): Promise<string[]> {
  const { createDb } = await import("../lib/db");
  const { articlePath } = await import("../lib/urls");
  const db = createDb(databaseUrl);
  const total = await db.article.count({ where: { status: "PUBLISHED" } });
  const step = Math.max(1, Math.floor(total / count));
  const rows = await db.article.findMany({
    where: { status: "PUBLISHED" },
    orderBy: { id: "asc" },
    select: { id: true, editionCode: true, slug: true, datePath: true, section: { select: { slug: true } } },
  });
  await db.$disconnect();
  const picked = rows.filter((_, i) => i % step === 0).slice(0, count);
  return picked.map((r) =>
    articlePath({ editionCode: r.editionCode, sectionSlug: r.section.slug, datePath: r.datePath!, slug: r.slug }),
  );
}

async function pageWeight(articleUrl: string) {
  const html = await (await fetch(`${ORIGIN}${articleUrl}`)).text();
  const gz = (b: Buffer | string) => zlib.gzipSync(b).length;
  const scripts = [...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!);
  let jsRaw = 0;
  let jsGzip = 0;
  for (const src of new Set(scripts)) {
    const body = Buffer.from(await (await fetch(new URL(src, ORIGIN))).arrayBuffer());
    jsRaw += body.length;
    jsGzip += gz(body);
  }
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
    .map((m) => m[1] ?? "")
    .join("");
  const css = html.match(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/)?.[1];
  return {
    htmlRaw: Buffer.byteLength(html),
    htmlGzip: gz(html),
    scriptFiles: new Set(scripts).size,
    jsRaw,
    jsGzip,
    inlineScriptGzip: inline ? gz(inline) : 0,
    staticAsset: css ?? scripts[0] ?? "/favicon.ico",
  };
}

function table(figures: Figure[]) {
  const pad = (s: string, n: number) => s.padEnd(n);
  console.log(
    `  ${pad("target", 44)} ${"req/s".padStart(9)} ${"p50 ms".padStart(8)} ${"p99 ms".padStart(8)} ${"errors".padStart(7)}`,
  );
  for (const f of figures) {
    console.log(
      `  ${pad(f.name, 44)} ${f.rps.toFixed(0).padStart(9)} ${f.p50.toFixed(1).padStart(8)} ${f.p99.toFixed(1).padStart(8)} ${String(f.errors).padStart(7)}`,
    );
  }
}

async function median(urls: string[]): Promise<number> {
  const times: number[] = [];
  for (const url of urls) {
    const start = performance.now();
    await (await fetch(`${ORIGIN}${url}`)).arrayBuffer();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? NaN;
}

buildIfNeeded();
const largeUrl = await archive(LARGE);
const smallUrl = await archive(SMALL);
console.log(
  `\nBenchmark: ${CONNECTIONS} connections, ${DURATION} s per target, autocannon ${"9"}, Node ${process.version}`,
);

// The large archive: throughput and latency, cached and uncached.
const largeArticles = await articlePaths(largeUrl, 3000);
let server = await startServer(largeUrl);
const weight = await pageWeight(largeArticles[0]!);
const sectionSlug = largeArticles[0]!.split("/")[2]!;
const sectionPages = Array.from({ length: 2000 }, (_, i) => `/en/${sectionSlug}?page=${i + 2}`);
const figures: Figure[] = [];
figures.push(await load("static file (same server)", weight.staticAsset));
figures.push(await load("article, cached", largeArticles[0]!));
figures.push(await load("front page, cached", "/en"));
figures.push(await load("section front, cached", `/en/${sectionSlug}`));
figures.push(await load("article, uncached (a new article per request)", largeArticles.slice(1)));
figures.push(await load("section page, uncached (a new ?page= per request)", sectionPages));
await stopServer(server);

// Flatness: the same uncached render on a small and the large archive, sequential requests.
server = await startServer(smallUrl);
const smallArticles = await articlePaths(smallUrl, 200);
const smallMedian = await median(smallArticles.slice(0, 200));
await stopServer(server);
server = await startServer(largeUrl);
const largeMedian = await median(largeArticles.slice(-200));
await stopServer(server);

console.log(`\nThroughput on ${LARGE.toLocaleString("en")} articles:`);
table(figures);
const byName = (name: string) => figures.find((f) => f.name.startsWith(name))!;
const cachedArticle = byName("article, cached");
console.log("\nRatios:");
console.log(
  `  cached article / uncached article  ${(cachedArticle.rps / byName("article, uncached").rps).toFixed(1)}×`,
);
console.log(`  cached article / static file       ${(cachedArticle.rps / byName("static file").rps).toFixed(2)}×`);
console.log(
  `  cached section / uncached section  ${(byName("section front, cached").rps / byName("section page, uncached").rps).toFixed(1)}×`,
);
console.log(`\nUncached article render, median of 200 sequential requests (one connection):`);
console.log(`  ${SMALL.toLocaleString("en").padStart(9)} articles: ${smallMedian.toFixed(1)} ms`);
console.log(
  `  ${LARGE.toLocaleString("en").padStart(9)} articles: ${largeMedian.toFixed(1)} ms   (ratio ${(largeMedian / smallMedian).toFixed(2)})`,
);
console.log(`\nArticle page weight:`);
console.log(`  HTML ${weight.htmlRaw.toLocaleString("en")} B, ${weight.htmlGzip.toLocaleString("en")} B gzip`);
console.log(
  `  JavaScript: ${weight.scriptFiles} files, ${weight.jsRaw.toLocaleString("en")} B, ${weight.jsGzip.toLocaleString("en")} B gzip (framework runtime; inline data scripts ${weight.inlineScriptGzip.toLocaleString("en")} B gzip)`,
);

fs.mkdirSync("bench-results", { recursive: true });
const out = path.join("bench-results", `bench-${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
fs.writeFileSync(
  out,
  JSON.stringify({ articles: LARGE, small: SMALL, figures, smallMedian, largeMedian, weight }, null, 2),
);
console.log(`\nSaved ${out}`);
