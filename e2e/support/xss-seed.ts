// Stores the XSS corpus in every editor field for e2e/xss.spec.ts, through the newsroom's own data
// layer (lib/newsroom/*, with a staff actor) and, for what the data layer rightly refuses (unsafe
// link targets, over-long rubrics), by direct writes into the e2e database. Run as a child process
// with the react-server condition, because lib/newsroom modules are `server-only`:
//   node --conditions=react-server --import tsx e2e/support/xss-seed.ts <staffId>
// env: DATABASE_URL, MEDIA_DIR of the e2e server. Prints the created records as JSON.
import { createHash } from "node:crypto";
import { copyFile } from "node:fs/promises";
import path from "node:path";
import { tags } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import { CROP_RATIOS, cropFile } from "@/lib/media/sizes";
import type { Staff } from "@/lib/auth/roles";
import { changeArticle, createArticle } from "@/lib/newsroom/articles";
import { createAuthor } from "@/lib/newsroom/authors";
import { updateMedia } from "@/lib/newsroom/media";
import { createSection } from "@/lib/newsroom/sections";
import { createTag } from "@/lib/newsroom/tags";
import { HREF_VECTORS, XSS_VECTORS } from "./xss-vectors";

export interface XssRecord {
  vector: string;
  /** The unsafe link target this article's body carries, if it is a link case. */
  href: string | null;
  articleId: number;
  path: string;
  sectionSlug: string;
  tagSlug: string;
  authorSlug: string;
  mediaId: number;
}

const ok = <T extends { ok: boolean }>(what: string, result: T): T & { ok: true } => {
  if (!result.ok) throw new Error(`${what}: ${JSON.stringify(result)}`);
  return result as T & { ok: true };
};

async function main() {
  const staffId = process.argv[2] ?? "";
  const user = await db().user.findUniqueOrThrow({
    where: { id: staffId },
    select: { id: true, name: true, email: true, role: true },
  });
  const staff: Staff = user;
  const run = Date.now().toString(36);
  const template = await db().media.findFirstOrThrow({ orderBy: { id: "asc" } });
  const mediaDir = process.env.MEDIA_DIR ?? "";
  const templateBase = template.file.replace(/\.[a-z]+$/, "");
  const templateSizes = (template.sizes ?? []) as { width: number; height: number; file: string }[];
  const templateCrops = CROP_RATIOS.map((ratio) => cropFile(template.file, ratio));
  const records: XssRecord[] = [];

  const cases = [
    ...XSS_VECTORS.map((vector) => ({ vector, href: null })),
    ...HREF_VECTORS.map((href, j) => ({ vector: `Link case ${j}`, href })),
  ];
  for (const [i, { vector, href }] of cases.entries()) {
    const n = `${run}-${i}`;
    const section = ok(
      "section",
      await createSection(staff, "en", { slug: `xss-${n}`, name: vector.slice(0, 60), description: vector }),
    );
    const tag = ok(
      "tag",
      await createTag(staff, "en", { slug: `xss-${n}`, name: vector.slice(0, 80), description: vector }),
    );
    const author = ok(
      "author",
      await createAuthor(staff, {
        slug: `xss-${n}`,
        name: vector.slice(0, 120),
        kind: "PERSON",
        bio: vector,
        portraitId: "",
      }),
    );
    // A library entry of its own, described with the vector: a copy of a seeded image, its files
    // copied too (original, renditions, crops), so the pictures really load on every page.
    const file = template.file.replace(/(\.[a-z]+)$/, `-x${n}$1`);
    const copyOf = (name: string) => name.replace(templateBase, file.replace(/\.[a-z]+$/, ""));
    const sizes = templateSizes.map((size) => ({ ...size, file: copyOf(size.file) }));
    for (const name of [template.file, ...templateSizes.map((s) => s.file), ...templateCrops]) {
      await copyFile(path.join(mediaDir, name), path.join(mediaDir, copyOf(name)));
    }
    const media = await db().media.create({
      data: {
        file,
        mimeType: template.mimeType,
        width: template.width,
        height: template.height,
        bytes: template.bytes,
        sha256: createHash("sha256").update(`xss-${n}`).digest("hex"),
        sizes,
      },
      select: { id: true },
    });
    ok("media", await updateMedia(staff, media.id, { alt: vector, caption: vector, credit: vector }));

    const input = {
      headline: vector.slice(0, 200),
      standfirst: vector,
      rubric: "Rubric",
      slug: `xss-${n}`,
      sectionId: section.id,
      tagIds: [tag.id],
      authorIds: [author.id],
      heroMediaId: media.id,
      heroCaption: vector,
      heroCredit: vector,
      seoTitle: vector.slice(0, 110),
      seoDescription: vector,
      agencyCredit: vector.slice(0, 100),
      body: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Safe start." }] }] },
    };
    const created = ok("article", await createArticle(staff, "en", input));
    const published = ok("publish", await changeArticle(staff, created.id, 1, "publish", input));

    // What the data layer refuses on save, written directly: the render must be safe on its own.
    const link = (href: string, text: string) => ({ type: "text", text, marks: [{ type: "link", attrs: { href } }] });
    // A body with an unsafe link is refused whole when read (lib/richtext readBody), so link cases get
    // a body of their own and text cases a valid body that renders every vector.
    const body = href
      ? { type: "doc", content: [{ type: "paragraph", content: [link(href, "Read more")] }] }
      : {
          type: "doc",
          content: [
            { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: vector }] },
            {
              type: "paragraph",
              content: [{ type: "text", text: vector }, { type: "hardBreak" }, link("https://example.com/", vector)],
            },
            { type: "blockquote", content: [{ type: "paragraph", content: [{ type: "text", text: vector }] }] },
            {
              type: "bulletList",
              content: [
                { type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: vector }] }] },
              ],
            },
            { type: "mediaImage", attrs: { mediaId: media.id, caption: vector, credit: vector } },
            { type: "videoEmbed", attrs: { provider: "youtube", videoId: "dQw4w9WgXcQ", title: vector.slice(0, 200) } },
          ],
        };
    await db().$transaction([
      db().article.update({ where: { id: created.id }, data: { body, rubric: vector } }),
      db().cacheInvalidation.create({ data: { tags: [tags.article(created.id), ...published.tags] } }),
    ]);
    records.push({
      vector,
      href,
      articleId: created.id,
      path: published.path ?? "",
      sectionSlug: `xss-${n}`,
      tagSlug: `xss-${n}`,
      authorSlug: `xss-${n}`,
      mediaId: media.id,
    });
  }
  process.stdout.write(`${JSON.stringify(records)}\n`);
}

await main();
process.exit(0);
