import { db } from "@/lib/db";
import { articlePath } from "@/lib/urls";
import { installRouteTable, type RouteTable } from "./route-table";

const routeSelect = {
  editionCode: true,
  slug: true,
  datePath: true,
  status: true,
  section: { select: { slug: true } },
} as const;

type RouteRow = {
  editionCode: string;
  slug: string;
  datePath: string | null;
  status: string;
  section: { slug: string };
};

function canonicalOf(row: RouteRow): string | null {
  if (!row.datePath) return null;
  return articlePath({
    editionCode: row.editionCode,
    sectionSlug: row.section.slug,
    datePath: row.datePath,
    slug: row.slug,
  });
}

/**
 * Reads every withdrawn article and every recorded old address from the database and installs the
 * table. Both sets stay small next to the archive (withdrawals and renames are rare), and the reads
 * use indexes, so a full reload each second is cheap.
 */
export async function loadRouteTable(): Promise<RouteTable> {
  const [withdrawn, redirects] = await Promise.all([
    db().article.findMany({ where: { status: "WITHDRAWN" }, select: routeSelect }),
    db().redirect.findMany({ select: { fromPath: true, toPath: true, article: { select: routeSelect } } }),
  ]);
  const gone = new Set(withdrawn.flatMap((row) => canonicalOf(row) ?? []));
  const moved = new Map<string, string>();
  for (const redirect of redirects) {
    const to = redirect.article ? canonicalOf(redirect.article) : redirect.toPath;
    if (!to) continue;
    // An old address of a withdrawn article is gone too, rather than a hop to a 410.
    if (redirect.article?.status === "WITHDRAWN") gone.add(redirect.fromPath);
    else moved.set(redirect.fromPath, to);
  }
  const table: RouteTable = { gone, moved, loadedAt: Date.now() };
  installRouteTable(table);
  return table;
}
