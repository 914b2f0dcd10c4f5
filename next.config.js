// @ts-check
import { createRequire } from "node:module";

const { RENDITION_WIDTHS_FOR_CONFIG } = createRequire(import.meta.url)("./lib/media/widths.json");

// Reader pages are cached and served alike to everyone, so they carry one static policy;
// the admin and previews get a per-request nonce from proxy.ts instead (docs/decisions, notes/csp.md).
const readerCsp = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "script-src-attr 'none'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "frame-src https://www.youtube-nocookie.com https://player.vimeo.com https://www.dailymotion.com",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'self'",
].join("; ");

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  // HSTS only for a site served over https (SECURITY S20); read at build, like these headers.
  ...(process.env.SITE_URL?.startsWith("https://")
    ? [{ key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" }]
    : []),
];

/**
 * Searches no results page answers (a query over 200 characters, a page number that is not 1–999)
 * get a 400 from app/(site)/[ed]/search/refused: the results page streams, so it cannot send a 4xx.
 */
function searchRewrites() {
  const destination = "/:ed/search/refused";
  return [
    { source: "/:ed/search", has: [{ type: "query", key: "q", value: "[\\s\\S]{201,}" }], destination },
    {
      source: "/:ed/search",
      has: [{ type: "query", key: "page", value: "(?![1-9][0-9]{0,2}$)[\\s\\S]*" }],
      destination,
    },
  ];
}

/** `?page=N` on a listing becomes a cached path segment; any other `page` value is a 400. */
function paginationRewrites() {
  // Sections share the /{ed}/{word} shape with routes of their own (search keeps its query string).
  const listings = ["/:ed/:section((?!search$|tag$|author$|gone$)[^/.]+)", "/:ed/tag/:tag", "/:ed/author/:author"];
  return listings.flatMap((source) => [
    {
      source,
      has: [{ type: "query", key: "page", value: "(?<page>[1-9][0-9]{0,5})" }],
      destination: `${source.replace(/\(.*\)/, "")}/p/:page`,
    },
    { source, has: [{ type: "query", key: "page" }], destination: "/api/bad-request" },
  ]);
}

/** @type {import('next').NextConfig} */
const nextConfig = {
  // NEXT_DIST_DIR lets several builds share a checkout (each test run its own output folder).
  distDir: process.env.NEXT_DIST_DIR || ".next",
  cacheComponents: true,
  // With partial prefetching a missing article answered 200 on its first request (notes/caching.md).
  partialPrefetching: false,
  poweredByHeader: false,
  experimental: {
    globalNotFound: true,
    // Server action bodies over 1 MB are refused before they are parsed (SECURITY S23); uploads
    // go to a route handler with its own limit.
    serverActions: { bodySizeLimit: "1mb" },
  },
  images: {
    loader: "custom",
    loaderFile: "./lib/media/image-loader.ts",
    deviceSizes: RENDITION_WIDTHS_FOR_CONFIG.filter((w) => w >= 640),
    imageSizes: RENDITION_WIDTHS_FOR_CONFIG.filter((w) => w < 640),
  },
  async rewrites() {
    return { beforeFiles: [...searchRewrites(), ...paginationRewrites()], afterFiles: [], fallback: [] };
  },
  async redirects() {
    // The cached page behind `?page=N` is not a public URL of its own.
    return ["/:ed/:section", "/:ed/tag/:tag", "/:ed/author/:author"].map((listing) => ({
      source: `${listing}/p/:page(\\d+)`,
      destination: `${listing}?page=:page`,
      permanent: true,
    }));
  },
  async headers() {
    return [
      {
        source: "/:path((?!admin(?:/|$)).*)",
        headers: [{ key: "Content-Security-Policy", value: readerCsp }, ...securityHeaders],
      },
      { source: "/admin/:path*", headers: securityHeaders },
    ];
  },
};

export default nextConfig;
