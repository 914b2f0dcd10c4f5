// Times the search data layer on the database named by DATABASE_URL (SQLite file or PostgreSQL):
//   npm run bench:search                      (SQLite, default DATABASE_URL)
//   DATABASE_URL=postgresql://… npm run bench:search
// Grow the archive first with `npm run seed:archive -- --articles 100000`. Prints the median and
// p95 over a set of typical queries (single words, pairs, prefixes, filters, later pages).
// Run with `--conditions=react-server` (the npm script does): lib/data is marked server-only.
import { parseArgs } from "node:util";
import { env } from "@/lib/env";
import { createDb, installDb } from "@/lib/db";
import { searchArticles } from "@/lib/data/search";
import { readSearchRequest } from "@/lib/search/params";

const QUERIES: Record<string, string>[] = [
  { q: "harbour" },
  { q: "ferry agreement" },
  { q: "storm warning" },
  { q: "election recount" },
  { q: "Halvard" },
  { q: "seabed mining" },
  { q: "rail pass" },
  { q: "climate scientists" },
  { q: "housing targets" },
  { q: "volcano" },
  { q: "Ingrid Solvang" },
  { q: "new species shrimp" },
  { q: "energy", section: "business" },
  { q: "council", from: "2025-01-01", to: "2025-12-31" },
  { q: "talks", page: "3" },
  { q: "jobs", section: "business", page: "2" },
  { q: "pens" },
  { q: "the" },
];

const { values } = parseArgs({
  options: { rounds: { type: "string", default: "7" }, edition: { type: "string", default: "en" } },
});
const rounds = Number(values.rounds);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

const db = createDb(env.DATABASE_URL);
installDb(db);
const articles = await db.article.count({ where: { editionCode: values.edition, status: "PUBLISHED" } });
console.log(
  `Search on ${env.DATABASE_URL.replace(/\/\/[^@]*@/, "//…@")}: ${articles} published articles, ${rounds} rounds`,
);

const all: number[] = [];
for (const raw of QUERIES) {
  const read = readSearchRequest(raw);
  if (!read.ok) throw new Error(`bad benchmark query ${JSON.stringify(raw)}`);
  const times: number[] = [];
  let total = 0;
  await searchArticles(values.edition, read.request); // warm-up: first use of this query's pages
  for (let i = 0; i < rounds; i++) {
    const started = performance.now();
    const results = await searchArticles(values.edition, read.request);
    times.push(performance.now() - started);
    total = results?.total ?? 0;
  }
  times.sort((a, b) => a - b);
  all.push(...times);
  console.log(
    `  ${JSON.stringify(raw).padEnd(58)} ${String(total).padStart(6)} matches  median ${percentile(times, 50).toFixed(1).padStart(6)} ms`,
  );
}
all.sort((a, b) => a - b);
console.log(
  `All queries: median ${percentile(all, 50).toFixed(1)} ms, p95 ${percentile(all, 95).toFixed(1)} ms (${all.length} timings)`,
);
await db.$disconnect();
