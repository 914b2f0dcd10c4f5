import fs from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Staff } from "@/lib/auth/roles";
import { getTagPage, getTagRedirect } from "@/lib/data/tags";
import { installDb } from "@/lib/db";
import { createAuthor, updateAuthor } from "@/lib/newsroom/authors";
import { listAudit } from "@/lib/newsroom/audit-log";
import { MAX_UPLOAD_BYTES, updateMedia, uploadMedia } from "@/lib/newsroom/media";
import { createSection, listSections, moveSection, updateSection } from "@/lib/newsroom/sections";
import { createTag, mergeTags, updateTag } from "@/lib/newsroom/tags";
import { seedDemo } from "@/prisma/seed";
import { databaseKinds, freshDatabase, type TestDatabase } from "../support/database";

// Sections, tags, authors and the media library on real databases: what an editor would notice,
// and that a refused change leaves nothing behind.

const png = (width: number, height: number, colour = "#3a6ea5") =>
  sharp({ create: { width, height, channels: 3, background: colour } })
    .png()
    .toBuffer();

const fileOf = (bytes: Buffer | string, name: string, type = "image/png") =>
  new File([typeof bytes === "string" ? bytes : new Uint8Array(bytes)], name, { type });

describe.each(databaseKinds)("taxonomy and media on %s", (kind) => {
  let t: TestDatabase;
  let editor: Staff;
  let writer: Staff;

  beforeAll(async () => {
    t = await freshDatabase(kind);
    installDb(t.db);
    await seedDemo(t.db, { mediaDir: t.mediaDir });
    const mk = async (id: string, role: Staff["role"]): Promise<Staff> => {
      await t.db.user.create({ data: { id, name: `${role} ${id}`, email: `${id}@test.example`, role } });
      return { id, name: `${role} ${id}`, email: `${id}@test.example`, role };
    };
    editor = await mk("ed1", "EDITOR");
    writer = await mk("wr1", "WRITER");
  }, 120_000);

  afterAll(async () => {
    await t?.drop();
  });

  const counts = async () => ({
    sections: await t.db.section.count(),
    tags: await t.db.tag.count(),
    authors: await t.db.author.count(),
    media: await t.db.media.count(),
    audit: await t.db.auditLog.count(),
    outbox: await t.db.cacheInvalidation.count(),
    redirects: await t.db.redirect.count(),
  });

  describe("sections", () => {
    it.each(["search", "tag", "author", "admin", "api", "sitemaps", "rss.xml", "media", "preview", "gone", "p", "about"])("refuses the reserved slug “%s”", async (slug) => {
      const before = await counts();
      const result = await createSection(editor, "en", { slug, name: "Anything" });
      expect(result).toMatchObject({ ok: false, status: 400 });
      if (result.ok) return;
      expect(result.fieldErrors.slug).toEqual([`“${slug}” is a reserved word: choose another slug`]);
      expect(await counts()).toEqual(before);
    });

    it("refuses a slug another section has, by the database's constraint, and saves nothing", async () => {
      const before = await counts();
      const result = await createSection(editor, "en", { slug: "world", name: "World again" });
      expect(result).toMatchObject({ ok: false, status: 400 });
      if (result.ok) return;
      expect(result.fieldErrors.slug).toEqual(["Another section of this edition already uses this slug"]);
      expect(await counts()).toEqual(before);
    });

    it("keeps slugs unique under parallel creates (one wins, the other gets a message)", async () => {
      const results = await Promise.all(
        [1, 2, 3].map((n) => createSection(editor, "en", { slug: "parallel-desk", name: `Parallel ${n}` })),
      );
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      expect(await t.db.section.count({ where: { slug: "parallel-desk" } })).toBe(1);
    });

    it("refuses malformed input with field errors", async () => {
      const result = await createSection(editor, "en", { slug: "Not A Slug", name: "" });
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.fieldErrors.slug?.[0]).toMatch(/lower-case/);
      expect(result.fieldErrors.name).toEqual(["Name is required"]);
    });

    it("creates a section last in the navigation, with an audit entry and an outbox row", async () => {
      const before = await counts();
      const result = await createSection(editor, "en", { slug: "culture-desk", name: "Culture desk", description: "" });
      expect(result.ok).toBe(true);
      const list = await listSections(editor, "en");
      expect(list.at(-1)?.slug).toBe("culture-desk");
      expect(result.ok && result.tags).toEqual(expect.arrayContaining(["navigation:en", "section:en:culture-desk", "front:en"]));
      const after = await counts();
      expect(after.audit).toBe(before.audit + 1);
      expect(after.outbox).toBe(before.outbox + 1);
    });

    it("renames a section and refuses a new slug for a section that has articles", async () => {
      const world = await t.db.section.findFirstOrThrow({ where: { slug: "world" } });
      const renamed = await updateSection(editor, world.id, { slug: "world", name: "World news", description: "All of it." });
      expect(renamed).toMatchObject({ ok: true });
      expect(renamed.ok && renamed.tags).toEqual(expect.arrayContaining(["navigation:en", "section:en:world"]));
      const moved = await updateSection(editor, world.id, { slug: "planet", name: "World news" });
      expect(moved.ok).toBe(false);
      expect((await t.db.section.findUniqueOrThrow({ where: { id: world.id } })).slug).toBe("world");
    });

    it("reorders: up and down swap neighbours and positions stay 0..n-1", async () => {
      const before = await listSections(editor, "en");
      const second = before[1]!;
      expect((await moveSection(editor, second.id, "up")).ok).toBe(true);
      const after = await listSections(editor, "en");
      expect(after.map((s) => s.id)).toEqual([second.id, before[0]!.id, ...before.slice(2).map((s) => s.id)]);
      expect(after.map((s) => s.position)).toEqual(after.map((_, i) => i));
      await moveSection(editor, second.id, "down");
      expect((await listSections(editor, "en")).map((s) => s.id)).toEqual(before.map((s) => s.id));
      // The first cannot go higher: nothing changes.
      const first = before[0]!;
      expect(await moveSection(editor, first.id, "up")).toMatchObject({ ok: true, tags: [] });
    });

    it("refuses writers", async () => {
      const before = await counts();
      expect(await createSection(writer, "en", { slug: "writers-corner", name: "Corner" })).toMatchObject({
        ok: false,
        status: 403,
      });
      await expect(listSections(writer, "en")).rejects.toThrow(/cannot/);
      expect(await counts()).toEqual(before);
    });
  });

  describe("tags", () => {
    it("refuses a duplicate slug and a writer", async () => {
      const before = await counts();
      const dup = await createTag(editor, "en", { slug: "climate", name: "Climate 2" });
      expect(dup.ok).toBe(false);
      if (!dup.ok) expect(dup.fieldErrors.slug).toEqual(["Another tag of this edition already uses this slug"]);
      expect(await createTag(writer, "en", { slug: "new-tag", name: "New" })).toMatchObject({ ok: false, status: 403 });
      expect(await counts()).toEqual(before);
    });

    it("merges: links move keeping their place and public date, shared stories keep one link, the old address redirects", async () => {
      const oceans = await t.db.tag.findFirstOrThrow({ where: { slug: "oceans" } });
      const fisheries = await t.db.tag.findFirstOrThrow({ where: { slug: "fisheries" } });
      const fromLinks = await t.db.articleTag.findMany({ where: { tagId: fisheries.id } });
      const intoLinks = await t.db.articleTag.findMany({ where: { tagId: oceans.id } });
      expect(fromLinks.length).toBeGreaterThan(0);
      const shared = new Set(intoLinks.map((l) => l.articleId));

      const result = await mergeTags(editor, { fromId: String(fisheries.id), intoId: String(oceans.id) });
      expect(result.ok).toBe(true);

      expect(await t.db.tag.findUnique({ where: { id: fisheries.id } })).toBeNull();
      const after = await t.db.articleTag.findMany({ where: { tagId: oceans.id } });
      const union = new Set([...intoLinks, ...fromLinks].map((l) => l.articleId));
      expect(new Set(after.map((l) => l.articleId))).toEqual(union);
      for (const link of fromLinks.filter((l) => !shared.has(l.articleId))) {
        const moved = after.find((l) => l.articleId === link.articleId);
        expect(moved).toMatchObject({ position: link.position, publishedAt: link.publishedAt });
      }
      expect(await t.db.redirect.findUnique({ where: { fromPath: "/en/tag/fisheries" } })).toMatchObject({
        toPath: "/en/tag/oceans",
        articleId: null,
      });
      expect(await getTagRedirect("en", "fisheries")).toBe("/en/tag/oceans");
      expect(await getTagPage("en", "fisheries", 1)).toBeNull();
      const page = await getTagPage("en", "oceans", 1);
      const publicMoved = fromLinks.filter((l) => l.publishedAt).map((l) => l.articleId);
      expect(page?.teasers.items.map((i) => i.id)).toEqual(expect.arrayContaining(publicMoved.slice(0, 5)));
      expect(result.ok && result.tags).toEqual(
        expect.arrayContaining([
          "tag:en:fisheries",
          "tag:en:oceans",
          "front:en",
          ...fromLinks.map((l) => `article:${l.articleId}`),
        ]),
      );
    });

    it("refuses merging a tag into itself and merging a tag that no longer exists", async () => {
      const climate = await t.db.tag.findFirstOrThrow({ where: { slug: "climate" } });
      expect(await mergeTags(editor, { fromId: climate.id, intoId: climate.id })).toMatchObject({ ok: false, status: 400 });
      expect(await mergeTags(editor, { fromId: 999_999, intoId: climate.id })).toMatchObject({ ok: false });
    });

    it("renaming a tag's slug redirects the old address, and earlier redirects follow without a chain", async () => {
      const oceans = await t.db.tag.findFirstOrThrow({ where: { slug: "oceans" } });
      const result = await updateTag(editor, oceans.id, { slug: "seas", name: "Seas", description: "" });
      expect(result.ok).toBe(true);
      expect(await getTagRedirect("en", "oceans")).toBe("/en/tag/seas");
      expect(await getTagRedirect("en", "fisheries")).toBe("/en/tag/seas");
      // A new tag taking the old slug makes that address live again.
      expect((await createTag(editor, "en", { slug: "oceans", name: "Oceans" })).ok).toBe(true);
      expect(await getTagRedirect("en", "oceans")).toBeNull();
    });
  });

  describe("authors", () => {
    it("creates an organisation with a portrait from the library and refuses a missing portrait", async () => {
      const media = await t.db.media.findFirstOrThrow();
      const before = await counts();
      const missing = await createAuthor(editor, { slug: "nordic-wire", name: "Nordic Wire", kind: "ORGANISATION", portraitId: "999999" });
      expect(missing.ok).toBe(false);
      if (!missing.ok) expect(missing.fieldErrors.portraitId?.[0]).toMatch(/no image number 999999/);
      expect(await counts()).toEqual(before);

      const created = await createAuthor(editor, {
        slug: "nordic-wire",
        name: "Nordic Wire",
        kind: "ORGANISATION",
        bio: "A news agency.",
        portraitId: String(media.id),
      });
      expect(created).toMatchObject({ ok: true, tags: ["author:nordic-wire"] });
      const row = await t.db.author.findUniqueOrThrow({ where: { slug: "nordic-wire" } });
      expect(row).toMatchObject({ kind: "ORGANISATION", portraitId: media.id, bio: "A news agency." });

      const dup = await createAuthor(editor, { slug: "nordic-wire", name: "Other", kind: "PERSON" });
      expect(dup.ok).toBe(false);
      const bad = await createAuthor(editor, { slug: "x-y", name: "X", kind: "ROBOT" });
      expect(bad.ok).toBe(false);
      if (!bad.ok) expect(bad.fieldErrors.kind).toEqual(["Choose person or organisation"]);
    });

    it("edits an author's bio; a credited author's slug stays", async () => {
      const credited = await t.db.author.findFirstOrThrow({ where: { articles: { some: {} } } });
      const result = await updateAuthor(editor, credited.id, {
        slug: credited.slug,
        name: credited.name,
        kind: credited.kind,
        bio: "New bio.",
        portraitId: "",
      });
      expect(result).toMatchObject({ ok: true, tags: [`author:${credited.slug}`] });
      const moved = await updateAuthor(editor, credited.id, { slug: "someone-else", name: credited.name, kind: credited.kind });
      expect(moved.ok).toBe(false);
    });
  });

  describe("media", () => {
    it("accepts a real PNG made with sharp: one row, renditions on disk, an audit entry", async () => {
      const before = await counts();
      const bytes = await png(1400, 900);
      const result = await uploadMedia(editor, fileOf(bytes, "Harbour at dusk.png"), { mediaDir: t.mediaDir });
      expect(result).toMatchObject({ ok: true, duplicate: false });
      if (!result.ok) return;
      const row = await t.db.media.findUniqueOrThrow({ where: { id: result.id } });
      expect(row).toMatchObject({ mimeType: "image/png", width: 1400, height: 900, uploadedById: editor.id });
      expect(row.file).toMatch(/harbour-at-dusk-[0-9a-f]{8}\.png$/);
      expect(fs.existsSync(path.join(t.mediaDir, row.file))).toBe(true);
      const sizes = row.sizes as { file: string }[];
      expect(sizes.length).toBeGreaterThan(0);
      for (const s of sizes) expect(fs.existsSync(path.join(t.mediaDir, s.file))).toBe(true);
      const after = await counts();
      expect(after.media).toBe(before.media + 1);
      expect(after.audit).toBe(before.audit + 1);

      const again = await uploadMedia(writer, fileOf(bytes, "another name.png"), { mediaDir: t.mediaDir });
      expect(again).toMatchObject({ ok: true, id: result.id, duplicate: true });
      expect(await t.db.media.count()).toBe(after.media);
    });

    it.each([
      ["a text file renamed .jpg", () => fileOf("hello, this is text", "photo.jpg", "image/jpeg"), "not-image"],
      [
        "an SVG",
        () =>
          fileOf(
            '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script></svg>',
            "logo.svg",
            "image/svg+xml",
          ),
        "svg",
      ],
      ["an SVG renamed .png", () => fileOf('<svg xmlns="http://www.w3.org/2000/svg"></svg>', "logo.png"), "svg"],
      ["an HTML page named .png", () => fileOf("<!doctype html><script>alert(1)</script>", "x.png"), "not-image"],
      ["a GIF", () => fileOf(Buffer.from("GIF89a\x01\x00\x01\x00\x00\x00\x00;", "latin1"), "a.gif", "image/gif"), "unsupported"],
      ["a cut-off PNG", () => fileOf(Buffer.from("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", "latin1"), "cut.png"), "unreadable"],
      ["an empty file", () => fileOf("", "empty.png"), "empty"],
      [
        "HTML behind a JPEG signature",
        () => fileOf(Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from("<html><script>alert(1)</script>")]), "x.jpg", "image/jpeg"),
        "unreadable",
      ],
    ])("refuses %s with a clear message and stores nothing", async (_label, make, code) => {
      const before = await counts();
      const filesBefore = fs.existsSync(t.mediaDir) ? fs.readdirSync(t.mediaDir, { recursive: true }).length : 0;
      const result = await uploadMedia(editor, make(), { mediaDir: t.mediaDir });
      expect(result).toMatchObject({ ok: false, code });
      if (!result.ok) expect(result.message.length).toBeGreaterThan(20);
      expect(await counts()).toEqual(before);
      const filesAfter = fs.existsSync(t.mediaDir) ? fs.readdirSync(t.mediaDir, { recursive: true }).length : 0;
      expect(filesAfter).toBe(filesBefore);
    });

    it("stores a JPEG/HTML polyglot re-encoded: the HTML does not survive into any served file", async () => {
      const jpeg = await sharp({ create: { width: 400, height: 300, channels: 3, background: "#884422" } })
        .jpeg()
        .toBuffer();
      const polyglot = Buffer.concat([jpeg, Buffer.from("<html><body><script>alert(1)</script></body></html>")]);
      const result = await uploadMedia(editor, fileOf(polyglot, "polyglot.jpg", "image/jpeg"), { mediaDir: t.mediaDir });
      expect(result).toMatchObject({ ok: true, duplicate: false });
      if (!result.ok) return;
      const row = await t.db.media.findUniqueOrThrow({ where: { id: result.id } });
      expect(row.mimeType).toBe("image/jpeg");
      for (const file of [row.file, ...(row.sizes as { file: string }[]).map((s) => s.file)]) {
        expect(fs.readFileSync(path.join(t.mediaDir, file)).includes("<script>")).toBe(false);
      }
    });

    it("refuses a file over the size limit before reading it as an image", async () => {
      const before = await counts();
      const big = Buffer.alloc(MAX_UPLOAD_BYTES + 1);
      (await png(10, 10)).copy(big);
      const result = await uploadMedia(editor, fileOf(big, "huge.png"), { mediaDir: t.mediaDir });
      expect(result).toMatchObject({ ok: false, status: 413, code: "too-large" });
      if (!result.ok) expect(result.message).toMatch(/larger than 8 MB/);
      expect(await counts()).toEqual(before);
    });

    it("refuses an image declaring more pixels than allowed", async () => {
      const wide = await sharp({ create: { width: 12_001, height: 2, channels: 3, background: "#fff" } })
        .png()
        .toBuffer();
      expect(await uploadMedia(editor, fileOf(wide, "wide.png"), { mediaDir: t.mediaDir })).toMatchObject({
        ok: false,
        code: "dimensions",
      });
    });

    it("edits alt, caption and credit: invalidates the image, its articles and authors; writers cannot", async () => {
      const hero = await t.db.article.findFirstOrThrow({ where: { heroMediaId: { not: null } }, select: { heroMediaId: true } });
      const id = hero.heroMediaId!;
      const users = await t.db.article.findMany({ where: { heroMediaId: id }, select: { id: true } });
      expect(await updateMedia(writer, id, { alt: "x" })).toMatchObject({ ok: false, status: 403 });
      const result = await updateMedia(editor, id, { alt: "Cranes on the north quay", caption: "At dawn", credit: "© Dateline" });
      expect(result.ok).toBe(true);
      expect(result.ok && result.tags).toEqual(expect.arrayContaining([`media:${id}`, ...users.map((u) => `article:${u.id}`)]));
      expect(await t.db.media.findUniqueOrThrow({ where: { id } })).toMatchObject({ alt: "Cranes on the north quay", credit: "© Dateline" });
      const tooLong = await updateMedia(editor, id, { alt: "a".repeat(301) });
      expect(tooLong.ok).toBe(false);
      if (!tooLong.ok) expect(tooLong.fieldErrors.alt).toEqual(["Alt text must be at most 300 characters"]);
    });
  });

  it("the audit log lists these changes with who and what; writers cannot read it", async () => {
    const log = await listAudit(editor, { page: 1 });
    const actions = log.items.map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(["section.create", "section.reorder", "tag.merge", "author.create", "media.upload", "media.update"]));
    expect(log.items.find((e) => e.action === "tag.merge")).toMatchObject({ user: { id: editor.id }, subjectType: "tag" });
    const tagsOnly = await listAudit(editor, { page: 1, subjectType: "tag" });
    expect(tagsOnly.items.every((e) => e.subjectType === "tag")).toBe(true);
    await expect(listAudit(writer, { page: 1 })).rejects.toThrow(/cannot/);
  });
});
