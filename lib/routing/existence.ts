import { PAGE_SIZE, publicArticle, publicLink, totalPagesFor } from "@/lib/data/public-filters";
import { db } from "@/lib/db";
import { articlePath, parsePageParam, tagPath } from "@/lib/urls";
import { classifyPublicPath, type PublicPath } from "./public-paths";

// Does a reader URL name something that exists? proxy.ts asks before the page renders, so that a
// missing page can be answered with the site's 404 page in the HTML itself. (A page that calls
// notFound() gets status 404 but an empty <body> from Next 16, its content only in the flight
// data: blank with JavaScript off and for crawlers — vercel/next.js#62228.)
//
// Listing pages past the last one are missing too (the page's own notFound() has the same
// empty-body problem). Addresses seen to exist are remembered for a minute, so the pages readers actually visit cost
// a Map lookup; a miss costs one indexed query, asked every time, so a story, section or tag that
// has just appeared is never refused. Any database error fails open: the page answers itself.

export type Existence = "exists" | "missing" | "unchecked";

const REMEMBER_MS = 60_000;
const MAX_REMEMBERED = 50_000;
const holder = globalThis as unknown as { datelineKnownPaths?: Map<string, number> };

function remembered(): Map<string, number> {
  holder.datelineKnownPaths ??= new Map();
  return holder.datelineKnownPaths;
}

async function lookUp(target: Exclude<PublicPath, { kind: "malformed" }>): Promise<boolean> {
  switch (target.kind) {
    case "edition":
      return (await db().edition.count({ where: { code: target.ed } })) > 0;
    case "section":
      return (await db().section.count({ where: { editionCode: target.ed, slug: target.slug } })) > 0;
    case "tag": {
      const [tags, redirects] = await Promise.all([
        db().tag.count({ where: { editionCode: target.ed, slug: target.slug } }),
        // A merged tag's old address redirects (lib/data/tags.ts getTagRedirect): the page answers.
        db().redirect.count({ where: { fromPath: tagPath(target.ed, target.slug) } }),
      ]);
      return tags + redirects > 0;
    }
    case "author":
      return (await db().author.count({ where: { slug: target.slug } })) > 0;
    case "article": {
      const found = await db().article.count({
        where: {
          editionCode: target.ed,
          slug: target.slug,
          datePath: target.datePath,
          status: "PUBLISHED",
          section: { slug: target.section },
        },
      });
      return found > 0;
    }
  }
}

type Listing = Extract<PublicPath, { kind: "section" | "tag" | "author" }>;

/** How many public stories a listing shows, counted as lib/data/{sections,tags,authors}.ts do. */
async function listingSize(target: Listing): Promise<number> {
  switch (target.kind) {
    case "section":
      return db().article.count({
        where: { ...publicArticle, section: { editionCode: target.ed, slug: target.slug } },
      });
    case "tag": {
      // A merged tag's old address (a redirect, no tag of its own) is left to the page to answer.
      const tag = { editionCode: target.ed, slug: target.slug };
      if ((await db().tag.count({ where: tag })) === 0) return Number.MAX_SAFE_INTEGER;
      return db().articleTag.count({ where: { ...publicLink, tag } });
    }
    case "author":
      return db().articleAuthor.count({
        where: { ...publicLink, author: { slug: target.slug }, article: { editionCode: target.ed } },
      });
  }
}

const isListing = (target: PublicPath): target is Listing =>
  target.kind === "section" || target.kind === "tag" || target.kind === "author";

/**
 * Whether `path` names an existing reader page, is certainly missing, or is not for this check.
 * `page` is the `?page=` value: a listing's page past its last one is missing too (page 1 always
 * exists; a value that is no page number is left to the 400 of next.config.js).
 */
export async function publicPathExistence(path: string, page: string | null = null): Promise<Existence> {
  const target = classifyPublicPath(path);
  if (!target) return "unchecked";
  if (target.kind === "malformed") return "missing";
  const pageNumber = page !== null && isListing(target) ? parsePageParam(page) : 1;
  const key =
    target.kind === "article"
      ? articlePath({ editionCode: target.ed, sectionSlug: target.section, ...target })
      : pageNumber && pageNumber > 1
        ? `${path}?page=${pageNumber}`
        : path;
  const known = remembered();
  const until = known.get(key);
  if (until !== undefined && until > Date.now()) return "exists";
  try {
    if (!(await lookUp(target))) return "missing";
    if (pageNumber && pageNumber > 1 && isListing(target)) {
      if (pageNumber > totalPagesFor(await listingSize(target), PAGE_SIZE)) return "missing";
    }
  } catch {
    return "unchecked"; // the database is away: fail open
  }
  if (known.size >= MAX_REMEMBERED) known.clear();
  known.set(key, Date.now() + REMEMBER_MS);
  return "exists";
}
