import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Staff } from "@/lib/auth/roles";
import { getArticlePage } from "@/lib/data/articles";
import { getSectionPage } from "@/lib/data/sections";
import { getTagPage } from "@/lib/data/tags";
import { installDb, type Db } from "@/lib/db";
import { toSnapshot, type ArticleInput } from "@/lib/newsroom/article-input";
import {
  changeArticle,
  createArticle,
  publishDue,
  restoreRevision,
  type NewsroomResult,
  type Transition,
} from "@/lib/newsroom/articles";
import { loadRouteTable } from "@/lib/routing/load-route-table";
import { decideRoute } from "@/lib/routing/route-table";
import { seedDemo } from "@/prisma/seed";
import { databaseKinds, freshDatabase, type TestDatabase } from "../support/database";

// The newsroom's write path on real databases: what editors and readers would notice.

describe.each(databaseKinds)("newsroom writes on %s", (kind) => {
  let t: TestDatabase;
  let editor: Staff;
  let writer: Staff;
  let otherWriter: Staff;
  let base: ArticleInput;

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
    otherWriter = await mk("wr2", "WRITER");
    const [section, tags, author, media] = await Promise.all([
      t.db.section.findFirstOrThrow({ where: { slug: "world" }, select: { id: true } }),
      t.db.tag.findMany({ take: 2, orderBy: { id: "asc" }, select: { id: true } }),
      t.db.author.findFirstOrThrow({ select: { id: true } }),
      t.db.media.findFirstOrThrow({ select: { id: true } }),
    ]);
    base = {
      headline: "Harbour cranes return to Halvard",
      standfirst: "The port's oldest quay reopens after two winters of repair.",
      rubric: "",
      slug: "harbour-cranes-return",
      sectionId: section.id,
      type: "STORY",
      tagIds: tags.map((x) => x.id),
      authorIds: [author.id],
      heroMediaId: media.id,
      heroCaption: "The north quay at dawn",
      heroCredit: "© Dateline",
      body: {
        type: "doc",
        content: [{ type: "paragraph", content: [{ type: "text", text: "The first ship docked at six." }] }],
      },
      seoTitle: "",
      seoDescription: "",
      agencyCredit: "",
      dontMiss: false,
      excludeFromNews: false,
      publishAt: null,
    };
  }, 120_000);

  afterAll(async () => {
    await t?.drop();
  });

  const input = (overrides: Partial<ArticleInput> = {}) => ({ ...toSnapshot({ ...base, ...overrides }) });

  it("refuses bad input with messages beside the fields and saves nothing", async () => {
    const before = await t.db.article.count();
    const result = await createArticle(editor, "en", input({ headline: "", slug: "Not A Slug", authorIds: [] }));
    expect(result.ok).toBe(false);
    if (result.ok || result.error.kind !== "invalid") throw new Error("expected field errors");
    expect(result.error.fieldErrors.headline).toEqual(["Headline is required"]);
    expect(result.error.fieldErrors.slug?.[0]).toMatch(/lower-case/);
    expect(result.error.fieldErrors.authorIds).toEqual(["Add at least one author"]);
    expect(await t.db.article.count()).toBe(before);
  });

  it("publishes a draft: public at its dated address, with revisions and an outbox entry", async () => {
    const created = await createArticle(writer, "en", input({ slug: "quay-publish" }));
    if (!created.ok) throw new Error(JSON.stringify(created.error));
    const refused = await changeArticle(writer, created.id, 1, "publish", input({ slug: "quay-publish" }));
    expect(refused).toMatchObject({ ok: false, error: { kind: "forbidden" } });

    const now = new Date("2026-11-25T23:30:00Z");
    const published = await changeArticle(editor, created.id, 1, "publish", input({ slug: "quay-publish" }), { now });
    if (!published.ok) throw new Error(JSON.stringify(published.error));
    expect(published.path).toBe("/en/world/20261125-quay-publish");
    expect(published.tags).toEqual(expect.arrayContaining(["article:" + created.id, "front:en", "section:en:world"]));
    const page = await getArticlePage("en", "world", "20261125-quay-publish");
    expect(page?.headline).toBe(base.headline);
    expect(await t.db.articleRevision.count({ where: { articleId: created.id } })).toBe(2);
    const links = await t.db.articleTag.findMany({ where: { articleId: created.id }, select: { publishedAt: true } });
    expect(links.every((l) => l.publishedAt?.toISOString() === now.toISOString())).toBe(true);
    expect(await t.db.cacheInvalidation.count()).toBeGreaterThan(0);
  });

  it("refuses a stale save and says what the other editor changed (D1)", async () => {
    const created = await createArticle(editor, "en", input({ slug: "stale-save" }));
    if (!created.ok) throw new Error("create failed");
    const first = await changeArticle(editor, created.id, 1, "save", input({ slug: "stale-save", headline: "First editor's headline" }));
    expect(first.ok).toBe(true);
    const second = await changeArticle(editor, created.id, 1, "save", input({ slug: "stale-save", standfirst: "Second editor's text" }));
    expect(second).toMatchObject({ ok: false, error: { kind: "conflict", changed: ["Headline"], currentVersion: 2 } });
    const row = await t.db.article.findUniqueOrThrow({ where: { id: created.id }, select: { headline: true, standfirst: true, version: true } });
    expect(row).toEqual({ headline: "First editor's headline", standfirst: base.standfirst, version: 2 });
  });

  it("lets writers edit only their own drafts (S13)", async () => {
    const mine = await createArticle(writer, "en", input({ slug: "writers-own", dontMiss: true }));
    if (!mine.ok) throw new Error("create failed");
    const row = await t.db.article.findUniqueOrThrow({ where: { id: mine.id }, select: { dontMiss: true } });
    expect(row.dontMiss).toBe(false); // writers cannot pick "Don't miss"
    expect(await changeArticle(otherWriter, mine.id, 1, "save", input({ slug: "writers-own" }))).toMatchObject({
      ok: false,
      error: { kind: "forbidden" },
    });
    const submitted = await changeArticle(writer, mine.id, 1, "submit", input({ slug: "writers-own" }));
    expect(submitted).toMatchObject({ ok: true, status: "IN_REVIEW" });
  });

  it("keeps old addresses as 301s when the slug or section changes, and 410s a withdrawal", async () => {
    const created = await createArticle(editor, "en", input({ slug: "renamed-story" }));
    if (!created.ok) throw new Error("create failed");
    const now = new Date("2026-11-20T10:00:00Z");
    const p1 = await changeArticle(editor, created.id, 1, "publish", input({ slug: "renamed-story" }), { now });
    const business = await t.db.section.findFirstOrThrow({ where: { slug: "business" }, select: { id: true } });
    const p2 = await changeArticle(editor, created.id, 2, "save", input({ slug: "renamed-story-2", sectionId: business.id }));
    if (!p1.ok || !p2.ok) throw new Error("save failed");
    expect(p2.path).toBe("/en/business/20261120-renamed-story-2");
    let table = await loadRouteTable();
    expect(decideRoute("/en/world/20261120-renamed-story", table)).toEqual({ kind: "moved", to: p2.path });

    const gone = await changeArticle(editor, created.id, 3, "withdraw", input({ slug: "renamed-story-2", sectionId: business.id }), {
      withdrawReason: "Legal",
    });
    expect(gone).toMatchObject({ ok: true, status: "WITHDRAWN" });
    table = await loadRouteTable();
    expect(decideRoute(p2.path!, table)).toEqual({ kind: "gone" });
    expect(decideRoute("/en/world/20261120-renamed-story", table)).toEqual({ kind: "gone" });
    expect(await getArticlePage("en", "business", "20261120-renamed-story-2")).toBeNull();
  });

  it("restores a revision as a new revision (D5)", async () => {
    const created = await createArticle(editor, "en", input({ slug: "restore-me", headline: "Original headline" }));
    if (!created.ok) throw new Error("create failed");
    await changeArticle(editor, created.id, 1, "save", input({ slug: "restore-me", headline: "Changed headline" }));
    const restored = await restoreRevision(editor, created.id, 1, 2);
    expect(restored).toMatchObject({ ok: true, version: 3 });
    const revisions = await t.db.articleRevision.findMany({ where: { articleId: created.id }, orderBy: { version: "asc" } });
    expect(revisions.map((r) => (r.snapshot as { headline: string }).headline)).toEqual([
      "Original headline",
      "Changed headline",
      "Original headline",
    ]);
  });

  it("keeps slugs unique under parallel creates (D3)", async () => {
    const results = await Promise.all(Array.from({ length: 8 }, () => createArticle(editor, "en", input({ slug: "same-slug" }))));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    for (const r of results.filter((r) => !r.ok)) expect(r).toMatchObject({ ok: false, error: { kind: "invalid" } });
  });

  it("publishes a scheduled article once, even when two processes race (claim)", async () => {
    const created = await createArticle(editor, "en", input({ slug: "scheduled-once" }));
    if (!created.ok) throw new Error("create failed");
    const at = new Date(Date.now() + 60_000);
    const scheduled = await changeArticle(editor, created.id, 1, "schedule", input({ slug: "scheduled-once", publishAt: at }));
    expect(scheduled).toMatchObject({ ok: true, status: "SCHEDULED" });
    expect(await publishDue(new Date(at.getTime() - 1))).toEqual([]);
    const [a, b] = await Promise.all([publishDue(new Date(at.getTime() + 10)), publishDue(new Date(at.getTime() + 10))]);
    const ours = [...a, ...b].filter((p) => p.id === created.id);
    expect(ours).toHaveLength(1);
    const row = await t.db.article.findUniqueOrThrow({ where: { id: created.id }, select: { status: true, publishedLateMs: true } });
    expect(row).toEqual({ status: "PUBLISHED", publishedLateMs: null });
  });

  it("records a missed schedule", async () => {
    const created = await createArticle(editor, "en", input({ slug: "missed-schedule" }));
    if (!created.ok) throw new Error("create failed");
    const at = new Date(Date.now() + 60_000);
    await changeArticle(editor, created.id, 1, "schedule", input({ slug: "missed-schedule", publishAt: at }));
    await publishDue(new Date(at.getTime() + 3_600_000));
    const row = await t.db.article.findUniqueOrThrow({ where: { id: created.id }, select: { publishedLateMs: true } });
    expect(row.publishedLateMs).toBeGreaterThanOrEqual(3_600_000);
  });

  it("refuses to schedule in the past", async () => {
    const created = await createArticle(editor, "en", input({ slug: "past-schedule" }));
    if (!created.ok) throw new Error("create failed");
    const result = await changeArticle(editor, created.id, 1, "schedule", input({ slug: "past-schedule", publishAt: new Date(Date.now() - 1000) }));
    expect(result).toMatchObject({ ok: false, error: { kind: "invalid", fieldErrors: { publishAt: ["Publish at must be in the future"] } } });
  });
  it("D2: 50 parallel publish/withdraw toggles leave status, dates, links, cache outbox and listings consistent", async () => {
    const slug = "toggled-fifty-times";
    const created = await createArticle(editor, "en", input({ slug }));
    if (!created.ok) throw new Error("create failed");
    const firstPublished = await changeArticle(editor, created.id, 1, "publish", input({ slug }));
    if (!firstPublished.ok) throw new Error("publish failed");
    const start = await t.db.article.findUniqueOrThrow({
      where: { id: created.id },
      select: { firstPublishedAt: true, datePath: true, version: true },
    });
    const outboxBefore = await t.db.cacheInvalidation.count();

    // Each toggler reads the article, flips it, and retries when another toggler got there first:
    // the version check in the write is what serialises them.
    const toggle = async (): Promise<Transition> => {
      for (let attempt = 0; attempt < 400; attempt++) {
        const now = await t.db.article.findUniqueOrThrow({ where: { id: created.id }, select: { status: true, version: true } });
        const transition: Transition = now.status === "PUBLISHED" ? "withdraw" : "publish";
        const result: NewsroomResult = await changeArticle(editor, created.id, now.version, transition, input({ slug }));
        if (result.ok) return transition;
        if (result.error.kind !== "conflict") throw new Error(JSON.stringify(result.error));
      }
      throw new Error("toggle never got through");
    };
    const done = await Promise.all(Array.from({ length: 50 }, toggle));
    expect(done.filter((d) => d === "withdraw")).toHaveLength(25);
    expect(done.filter((d) => d === "publish")).toHaveLength(25);

    const end = await t.db.article.findUniqueOrThrow({
      where: { id: created.id },
      select: { status: true, version: true, firstPublishedAt: true, datePath: true },
    });
    // An even number of flips: published again, 50 versions later, first publication untouched.
    expect(end).toEqual({ status: "PUBLISHED", version: start.version + 50, firstPublishedAt: start.firstPublishedAt, datePath: start.datePath });
    expect(await t.db.articleRevision.count({ where: { articleId: created.id } })).toBe(start.version + 50);
    // Every change that went through left its cache refresh in the outbox, none left two.
    expect(await t.db.cacheInvalidation.count()).toBe(outboxBefore + 50);
    // The link tables' public mirror agrees with the article (tag pages, author pages, feeds read it).
    const links = await t.db.articleTag.findMany({ where: { articleId: created.id }, select: { publishedAt: true } });
    expect(links.map((l) => l.publishedAt?.toISOString())).toEqual(links.map(() => start.firstPublishedAt!.toISOString()));
    const path = `/en/world/${start.datePath}-${slug}`;
    expect(decideRoute(path, await loadRouteTable())).toBeNull();
    expect((await getArticlePage("en", "world", `${start.datePath}-${slug}`))?.id).toBe(created.id);
    const tagSlug = (await t.db.tag.findUniqueOrThrow({ where: { id: base.tagIds[0]! }, select: { slug: true } })).slug;
    expect((await getTagPage("en", tagSlug, 1))?.teasers.items.map((x) => x.id)).toContain(created.id);
    expect((await getSectionPage("en", "world", 1))?.teasers.items.map((x) => x.id)).toContain(created.id);
  }, 120_000);

  it("D4: a save that fails inside its transaction leaves no half-written rows", async () => {
    const created = await createArticle(editor, "en", input({ slug: "crash-mid-save" }));
    if (!created.ok) throw new Error("create failed");
    const snapshot = async () => ({
      article: await t.db.article.findUniqueOrThrow({ where: { id: created.id }, select: { headline: true, version: true } }),
      tags: await t.db.articleTag.findMany({ where: { articleId: created.id }, select: { tagId: true } }),
      revisions: await t.db.articleRevision.count({ where: { articleId: created.id } }),
      outbox: await t.db.cacheInvalidation.count(),
    });
    const before = await snapshot();
    // A client whose transactions die after the article row and its links are written (as when
    // the process is killed mid-save), just before the revision.
    const crashing = new Proxy(t.db, {
      get(target, key, receiver) {
        if (key !== "$transaction") return Reflect.get(target, key, receiver);
        return (fn: (tx: unknown) => Promise<unknown>) =>
          target.$transaction((tx) =>
            fn(
              new Proxy(tx, {
                get(txTarget, txKey, txReceiver) {
                  if (txKey === "articleRevision") return { create: () => Promise.reject(new Error("killed mid-save")) };
                  return Reflect.get(txTarget, txKey, txReceiver);
                },
              }),
            ),
          );
      },
    }) as Db;
    installDb(crashing);
    try {
      await expect(
        changeArticle(editor, created.id, 1, "save", input({ slug: "crash-mid-save", headline: "Half saved?", tagIds: [] })),
      ).rejects.toThrow("killed mid-save");
    } finally {
      installDb(t.db);
    }
    expect(await snapshot()).toEqual(before);
  });

  it.each([
    ["publish", {}],
    ["schedule", { publishAt: new Date(Date.now() + 3_600_000) }],
  ] as const)("S13: a writer cannot %s, even their own draft", async (transition, overrides) => {
    const slug = `writer-cannot-${transition}`;
    const mine = await createArticle(writer, "en", input({ slug }));
    if (!mine.ok) throw new Error("create failed");
    expect(await changeArticle(writer, mine.id, 1, transition, input({ slug, ...overrides }))).toMatchObject({
      ok: false,
      error: { kind: "forbidden" },
    });
    const row = await t.db.article.findUniqueOrThrow({ where: { id: mine.id }, select: { status: true, version: true } });
    expect(row).toEqual({ status: "DRAFT", version: 1 });
  });

  it("S13/S14: a writer's save cannot set publishing fields, nor touch a submitted article once published", async () => {
    const slug = "writer-mass-assignment";
    const mine = await createArticle(writer, "en", input({ slug }));
    if (!mine.ok) throw new Error("create failed");
    const saved = await changeArticle(
      writer,
      mine.id,
      1,
      "submit",
      input({ slug, dontMiss: true, excludeFromNews: true, publishAt: new Date(Date.now() + 60_000) }),
    );
    expect(saved).toMatchObject({ ok: true, status: "IN_REVIEW" });
    const row = await t.db.article.findUniqueOrThrow({
      where: { id: mine.id },
      select: { dontMiss: true, excludeFromNews: true, publishAt: true },
    });
    expect(row).toEqual({ dontMiss: false, excludeFromNews: false, publishAt: null });
    expect(await changeArticle(editor, mine.id, 2, "publish", input({ slug }))).toMatchObject({ ok: true });
    expect(await changeArticle(writer, mine.id, 3, "save", input({ slug, headline: "Sneaky edit" }))).toMatchObject({
      ok: false,
      error: { kind: "forbidden" },
    });
  });

  it("refuses links other than http, https and mailto on save (S17)", async () => {
    const body = {
      type: "doc",
      content: [
        {
          type: "paragraph",
          content: [{ type: "text", text: "click", marks: [{ type: "link", attrs: { href: "javascript:alert(1)" } }] }],
        },
      ],
    };
    const result = await createArticle(editor, "en", { ...input({ slug: "bad-link" }), body });
    expect(result).toMatchObject({ ok: false, error: { kind: "invalid" } });
    if (result.ok || result.error.kind !== "invalid") return;
    expect(result.error.fieldErrors.body?.join(" ")).toMatch(/http, https or mailto/);
  });
});
