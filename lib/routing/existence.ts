import { db } from "@/lib/db";
import { articlePath, tagPath } from "@/lib/urls";
import { classifyPublicPath, type PublicPath } from "./public-paths";

// Does a reader URL name something that exists? proxy.ts asks before the page renders, so that a
// missing page can be answered with the site's 404 page in the HTML itself. (A page that calls
// notFound() gets status 404 but an empty <body> from Next 16, its content only in the flight
// data: blank with JavaScript off and for crawlers — vercel/next.js#62228.)
//
// Addresses seen to exist are remembered for a minute, so the pages readers actually visit cost
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

/** Whether `path` names an existing reader page, is certainly missing, or is not for this check. */
export async function publicPathExistence(path: string): Promise<Existence> {
  const target = classifyPublicPath(path);
  if (!target) return "unchecked";
  if (target.kind === "malformed") return "missing";
  const key =
    target.kind === "article" ? articlePath({ editionCode: target.ed, sectionSlug: target.section, ...target }) : path;
  const known = remembered();
  const until = known.get(key);
  if (until !== undefined && until > Date.now()) return "exists";
  try {
    if (!(await lookUp(target))) return "missing";
  } catch {
    return "unchecked"; // the database is away: fail open
  }
  if (known.size >= MAX_REMEMBERED) known.clear();
  known.set(key, Date.now() + REMEMBER_MS);
  return "exists";
}
