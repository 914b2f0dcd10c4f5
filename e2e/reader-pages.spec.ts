// Every reader page type shows what SPEC §2 promises a reader, checked against the demo content
// in the e2e database: front page, section front, tag page, author page, article, pagination.
import { expect, test, type APIRequestContext, type Locator, type Page } from "@playwright/test";
import { E2E } from "./support/constants";
import {
  authors,
  blocksOf,
  bodyLinks,
  edition,
  EDITION,
  listings,
  normalise,
  publishedArticles,
  readerDate,
  sections,
  subheadingsOf,
  tag,
  textOf,
  type Listing,
  type PublishedArticle,
} from "./support/content";
import { main } from "./support/pages";

const PAGE_SIZE = 20;
const DONT_MISS = /^Don.t miss$/;

/** Headlines of the teasers in a part of the page, in the order shown (each teaser's headline link). */
async function teaserHeadlines(scope: Locator): Promise<string[]> {
  const headings = scope.getByRole("article").getByRole("heading");
  return (await headings.allTextContents()).map(normalise);
}

/** Headlines of every teaser on the page but the "Don't miss" rail, which always comes last. */
async function listingHeadlines(page: Page): Promise<string[]> {
  const inRail = await main(page).getByRole("region", { name: DONT_MISS }).getByRole("article").count();
  const all = await teaserHeadlines(main(page));
  return all.slice(0, all.length - inRail);
}

async function expectDontMissRail(page: Page, excluding?: PublishedArticle): Promise<void> {
  const picks = (await publishedArticles()).filter((a) => a.dontMiss && a.id !== excluding?.id).slice(0, 6);
  const rail = main(page).getByRole("region", { name: DONT_MISS });
  await expect(rail.getByRole("heading", { level: 2 })).toHaveText(DONT_MISS);
  expect(await teaserHeadlines(rail)).toEqual(picks.map((a) => a.headline));
  for (const pick of picks) {
    const teaser = rail.getByRole("article").filter({ hasText: pick.headline });
    await expect(teaser.getByRole("link", { name: pick.headline, exact: true })).toHaveAttribute("href", pick.path);
    await expect(teaser.getByRole("link", { name: `Read more: ${pick.headline}` })).toHaveAttribute("href", pick.path);
    await expect(teaser).toContainText(pick.rubric || pick.section.name);
    if (pick.hero) await expect(teaser.getByRole("img", { name: pick.hero.alt })).toBeVisible();
  }
}

async function expectBreadcrumbs(page: Page, crumbs: { name: string; path?: string }[]): Promise<void> {
  const nav = page.getByRole("navigation", { name: "Breadcrumb" });
  await expect(nav.getByRole("listitem")).toHaveText(crumbs.map((c) => new RegExp(`${escape(c.name)}$`)));
  for (const crumb of crumbs) {
    if (crumb.path)
      await expect(nav.getByRole("link", { name: crumb.name, exact: true })).toHaveAttribute("href", crumb.path);
    else await expect(nav.locator('[aria-current="page"]')).toHaveText(crumb.name);
  }
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

async function expectImageShown(image: Locator, size?: { width: number; height: number }): Promise<void> {
  await expect(image).toBeVisible();
  await expect(image).toHaveAttribute("width", size ? String(size.width) : /^\d+$/);
  await expect(image).toHaveAttribute("height", size ? String(size.height) : /^\d+$/);
  await image.scrollIntoViewIfNeeded();
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
}

test.describe("front page", () => {
  test("leads with the newest story with a picture, then the top stories", async ({ page }) => {
    const articles = await publishedArticles();
    const lead = articles.find((a) => a.hero);
    if (!lead?.hero) throw new Error("The demo needs a published story with a picture");
    const top = articles.filter((a) => a.id !== lead.id).slice(0, 4);

    await page.goto(`/${EDITION}`);
    const { name } = await edition();
    await expect(page).toHaveTitle(`${name} – news as it happens`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${name}: top stories`);

    const region = main(page).getByRole("region", { name: "Top stories" });
    expect(await teaserHeadlines(region)).toEqual([lead, ...top].map((a) => a.headline));
    const leadTeaser = region.getByRole("article").first();
    await expect(leadTeaser.getByRole("link", { name: lead.headline, exact: true })).toHaveAttribute("href", lead.path);
    await expect(leadTeaser).toContainText(lead.standfirst);
    await expectImageShown(leadTeaser.getByRole("img", { name: lead.hero.alt }));
  });

  test("has a block for each section, in navigation order, linking to the section front", async ({ page }) => {
    const articles = await publishedArticles();
    await page.goto(`/${EDITION}`);
    const topStories = new Set(await teaserHeadlines(main(page).getByRole("region", { name: "Top stories" })));

    const blocks: string[] = [];
    for (const section of await sections()) {
      const newest = articles.filter((a) => a.section.slug === section.slug).slice(0, 6);
      const left = newest.filter((a) => !topStories.has(a.headline));
      if (left.length === 0) continue;
      blocks.push(section.name);
      const block = main(page).getByRole("region", { name: section.name, exact: true });
      await expect(block.getByRole("heading", { level: 2 }).getByRole("link")).toHaveAttribute(
        "href",
        `/${EDITION}/${section.slug}`,
      );
      expect(await teaserHeadlines(block), section.name).toEqual(left.slice(0, 4).map((a) => a.headline));
    }
    expect(blocks.length, "sections with stories not already on top").toBeGreaterThanOrEqual(3);
    const sectionPaths = new Set((await sections()).map((s) => `/${EDITION}/${s.slug}`));
    const blockLinks = await main(page)
      .getByRole("heading", { level: 2 })
      .getByRole("link")
      .evaluateAll((links) => links.map((a) => [a.getAttribute("href") ?? "", a.textContent ?? ""]));
    expect(blockLinks.filter(([href]) => sectionPaths.has(href ?? "")).map(([, name]) => name)).toEqual(blocks);
  });

  test("lists the latest stories, newest first, and shows no story twice outside “Don’t miss”", async ({ page }) => {
    const articles = await publishedArticles();
    const order = articles.map((a) => a.headline);
    await page.goto(`/${EDITION}`);

    const latest = main(page).getByRole("region", { name: "Latest" });
    const latestHeadlines = await teaserHeadlines(latest);
    expect(latestHeadlines.length).toBeGreaterThan(0);
    expect(latestHeadlines.length).toBeLessThanOrEqual(10);
    const positions = latestHeadlines.map((h) => order.indexOf(h));
    expect(
      positions.every((p) => p >= 0),
      "every latest story is published",
    ).toBe(true);
    expect(positions, "newest first").toEqual([...positions].sort((a, b) => a - b));

    const shown = await listingHeadlines(page);
    expect(shown.length).toBeGreaterThan(latestHeadlines.length);
    expect(
      shown.filter((h, i) => shown.indexOf(h) !== i),
      "stories shown twice",
    ).toEqual([]);
  });

  test("ends with the editors’ “Don’t miss” picks", async ({ page }) => {
    await page.goto(`/${EDITION}`);
    await expectDontMissRail(page);
  });
});

test.describe("section front", () => {
  test("every section shows its name, description and newest stories", async ({ page }) => {
    const articles = await publishedArticles();
    for (const section of await sections()) {
      const response = await page.goto(`/${EDITION}/${section.slug}`);
      expect(response?.status(), section.slug).toBe(200);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(section.name);
      await expect(main(page).getByText(normalise(section.description))).toBeVisible();
      await expect(page).toHaveTitle(new RegExp(`^${escape(section.name)} \\|`));
      await expectBreadcrumbs(page, [{ name: "Home", path: `/${EDITION}` }, { name: section.name }]);
      const expected = articles.filter((a) => a.section.slug === section.slug).slice(0, PAGE_SIZE);
      expect(await listingHeadlines(page), section.slug).toEqual(expected.map((a) => a.headline));
    }
  });

  test("teasers link to their stories with a picture and a “Read more” link", async ({ page }) => {
    const [section] = await sections();
    if (!section) throw new Error("The demo needs a section");
    const stories = (await publishedArticles()).filter((a) => a.section.slug === section.slug).slice(0, PAGE_SIZE);
    await page.goto(`/${EDITION}/${section.slug}`);
    for (const story of stories) {
      const teaser = main(page)
        .getByRole("listitem")
        .filter({ has: page.getByRole("heading", { name: story.headline, exact: true }) })
        .first();
      await expect(teaser.getByRole("link", { name: story.headline, exact: true })).toHaveAttribute("href", story.path);
      await expect(teaser.getByRole("link", { name: `Read more: ${story.headline}` })).toHaveAttribute(
        "href",
        story.path,
      );
      if (story.hero) await expect(teaser.getByRole("img", { name: story.hero.alt })).toHaveAttribute("width", /^\d+$/);
    }
    await expectDontMissRail(page);
  });
});

test("a tag page shows the topic, its description and its stories, newest first", async ({ page }) => {
  const tags = (await listings()).filter((l) => l.kind === "tag" && l.stories.length > 0).slice(0, 3);
  expect(tags.length).toBe(3);
  for (const listing of tags) {
    const details = await tag(listing.slug);
    const response = await page.goto(listing.path);
    expect(response?.status()).toBe(200);
    await expect(main(page).getByText("Topic", { exact: true })).toBeVisible();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(details.name);
    await expect(main(page).getByText(normalise(details.description))).toBeVisible();
    await expectBreadcrumbs(page, [{ name: "Home", path: `/${EDITION}` }, { name: details.name }]);
    expect(await listingHeadlines(page)).toEqual(listing.stories.slice(0, PAGE_SIZE).map((a) => a.headline));
  }
  await expectDontMissRail(page);
});

test.describe("author page", () => {
  for (const kind of ["PERSON", "ORGANISATION"] as const) {
    test(`${kind === "PERSON" ? "a reporter" : "an organisation"}: name, bio, portrait and stories`, async ({
      page,
    }) => {
      const all = await listings();
      const candidates = (await authors()).filter((a) => a.kind === kind);
      const author = candidates
        .map((a) => ({ ...a, stories: all.find((l) => l.kind === "author" && l.slug === a.slug)?.stories ?? [] }))
        .sort((a, b) => b.stories.length - a.stories.length)[0];
      if (!author?.portrait || author.stories.length === 0) {
        throw new Error(`The demo needs a ${kind} author with a portrait and stories`);
      }
      const response = await page.goto(`/${EDITION}/author/${author.slug}`);
      expect(response?.status()).toBe(200);
      await expect(main(page).getByText(kind === "PERSON" ? "Author" : "Organisation", { exact: true })).toBeVisible();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(author.name);
      await expect(main(page).getByText(normalise(author.bio))).toBeVisible();
      const portrait = main(page).getByRole("img", { name: author.portrait.alt || `Portrait of ${author.name}` });
      await expectImageShown(portrait, author.portrait);
      await expectBreadcrumbs(page, [{ name: "Home", path: `/${EDITION}` }, { name: author.name }]);
      expect(await listingHeadlines(page)).toEqual(author.stories.slice(0, PAGE_SIZE).map((a) => a.headline));
      await expectDontMissRail(page);
    });
  }
});

/** The story itself: the `article` holding the page's h1 (teasers are articles too). */
const storyOf = (page: Page) =>
  main(page)
    .getByRole("article")
    .filter({ has: page.getByRole("heading", { level: 1 }) });

/** An article with every part of the anatomy, so one visit checks them all. */
function richest(articles: PublishedArticle[]): PublishedArticle {
  const score = (a: PublishedArticle) =>
    Number(Boolean(a.hero)) +
    Number(Boolean(a.rubric)) +
    Number(a.authors.length > 1) +
    Number(subheadingsOf(a).length > 0) +
    Number(blocksOf(a, "blockquote").length > 0) +
    Number(blocksOf(a, "bulletList").length + blocksOf(a, "orderedList").length > 0) +
    Number(a.tags.length >= 2 && hasPairGroup(a, articles));
  const best = [...articles].sort((a, b) => score(b) - score(a))[0];
  if (!best || score(best) < 7) throw new Error("The demo needs an article with every part of the anatomy");
  return best;
}

function hasPairGroup(article: PublishedArticle, articles: PublishedArticle[]): boolean {
  const [first, second] = article.tags;
  return articles.some(
    (a) =>
      a.id !== article.id && a.tags.some((t) => t.slug === first?.slug) && a.tags.some((t) => t.slug === second?.slug),
  );
}

test.describe("article", () => {
  test("shows section label, rubric, one h1, standfirst and the hero figure", async ({ page }) => {
    const article = richest(await publishedArticles());
    const hero = article.hero;
    if (!hero) throw new Error("unreachable: the richest article has a hero");
    await page.goto(article.path);
    const story = storyOf(page);
    const header = story.locator("header");

    await expect(header.getByRole("link", { name: article.section.name, exact: true })).toHaveAttribute(
      "href",
      `/${EDITION}/${article.section.slug}`,
    );
    await expect(header).toContainText(article.rubric);
    await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(article.headline);
    await expect(header.getByText(normalise(article.standfirst))).toBeVisible();

    const figure = story.getByRole("figure").first();
    expect(hero.alt, "the hero has alt text").not.toBe("");
    await expectImageShown(figure.getByRole("img", { name: hero.alt, exact: true }), hero);
    await expect(figure.locator("figcaption")).toContainText(normalise(hero.caption));
    expect(hero.credit, "the hero has a credit").not.toBe("");
    await expect(figure.locator("figcaption")).toContainText(hero.credit);
  });

  test("a section label links to its section front", async ({ page }) => {
    const article = richest(await publishedArticles());
    await page.goto(article.path);
    await storyOf(page).locator("header").getByRole("link", { name: article.section.name, exact: true }).click();
    await expect(page).toHaveURL(`${E2E.baseURL}/${EDITION}/${article.section.slug}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(article.section.name);
  });

  test("bylines link to author pages: “By …” for people, “Text by …” for an organisation", async ({ page }) => {
    const articles = await publishedArticles();
    const people = articles.find((a) => a.authors.length > 1 && a.authors.every((au) => au.kind === "PERSON"));
    const organisation = articles.find(
      (a) => a.authors.length > 0 && a.authors.every((au) => au.kind === "ORGANISATION"),
    );
    const credited = articles.find((a) => a.agencyCredit);
    if (!people || !organisation || !credited) {
      throw new Error("The demo needs a story by two reporters, one by an organisation and one with an agency credit");
    }
    for (const article of [people, organisation]) {
      await page.goto(article.path);
      const links = storyOf(page).locator('a[rel="author"]');
      await expect(links).toHaveText(article.authors.map((a) => a.name));
      for (const [i, author] of article.authors.entries()) {
        await expect(links.nth(i)).toHaveAttribute("href", `/${EDITION}/author/${author.slug}`);
      }
      // `has` is matched inside each paragraph, so it takes a locator relative to it.
      const byline = storyOf(page)
        .getByRole("paragraph")
        .filter({ has: page.locator('a[rel="author"]') });
      await expect(byline).toHaveText(new RegExp(`^${article === organisation ? "Text by" : "By"} `));
    }
    await page.goto(credited.path);
    await expect(
      storyOf(page)
        .getByRole("paragraph")
        .filter({ has: page.locator('a[rel="author"]') }),
    ).toContainText(credited.agencyCredit);

    await page.goto(organisation.path);
    await storyOf(page).getByRole("link", { name: organisation.authors[0]?.name }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(organisation.authors[0]?.name ?? "");
  });

  test("“Latest update” and “Date created” are ISO-8601 <time> elements shown in the edition’s time zone", async ({
    page,
  }) => {
    const ed = await edition();
    const articles = await publishedArticles();
    const updated = articles.find((a) => a.lastUpdatedAt.getTime() !== a.firstPublishedAt.getTime());
    if (!updated) throw new Error("The demo needs a story updated after publication");
    for (const article of [updated, articles[articles.length - 1] ?? updated]) {
      await page.goto(article.path);
      const dates = [
        { label: "Latest update", at: article.lastUpdatedAt },
        { label: "Date created", at: article.firstPublishedAt },
      ];
      for (const { label, at } of dates) {
        const time = storyOf(page).locator(`dt:has-text("${label}") + dd time`);
        await expect(time).toHaveAttribute(
          "datetime",
          /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/,
        );
        expect(Date.parse((await time.getAttribute("datetime")) ?? ""), label).toBe(at.getTime());
        const shown = readerDate(at, ed);
        await expect(time, label).toContainText(shown.day);
        await expect(time, label).toContainText(shown.time);
      }
    }
  });

  test("the body has its paragraphs, subheadings, quotes, lists and links", async ({ page }) => {
    const article = richest(await publishedArticles());
    await page.goto(article.path);
    const story = storyOf(page);

    for (const paragraph of blocksOf(article, "paragraph")) {
      await expect(story.getByText(textOf(paragraph), { exact: true }).first()).toBeVisible();
    }
    await expect(story.getByRole("heading", { level: 2 }).filter({ hasNotText: "Related stories" })).toHaveText(
      subheadingsOf(article),
    );
    const quotes = blocksOf(article, "blockquote");
    await expect(story.locator("blockquote")).toHaveCount(quotes.length);
    for (const [i, quote] of quotes.entries()) {
      for (const paragraph of quote.content ?? []) {
        await expect(story.locator("blockquote").nth(i)).toContainText(textOf(paragraph));
      }
    }
    for (const list of [...blocksOf(article, "bulletList"), ...blocksOf(article, "orderedList")]) {
      const items = (list.content ?? []).map(textOf);
      const shown = story.getByRole("list").filter({ has: page.getByRole("listitem").filter({ hasText: items[0] }) });
      await expect(shown.getByRole("listitem")).toHaveText(items);
    }
    for (const link of bodyLinks(article)) {
      await expect(story.getByRole("link", { name: link.text, exact: true })).toHaveAttribute("href", link.href);
    }
  });

  test("ends with tag groups: the first two tags together first, then each tag", async ({ page }) => {
    const articles = await publishedArticles();
    const article = richest(articles);
    const [first, second] = article.tags;
    await page.goto(article.path);
    const related = main(page).getByRole("region", { name: "Related stories" });
    const groups = related.getByRole("heading", { level: 3 });
    await expect(groups.first()).toHaveText(`${first?.name} - ${second?.name}`);
    const names = (await groups.allTextContents()).slice(1);
    const tagNames = article.tags.map((t) => t.name);
    expect(
      names.every((n) => tagNames.includes(n)),
      `${names} are the article's tags`,
    ).toBe(true);
    expect(names, "in the article's tag order").toEqual(tagNames.filter((n) => names.includes(n)));
    for (const t of article.tags) {
      const link = related.getByRole("link", { name: t.name, exact: true }).first();
      if ((await link.count()) > 0) await expect(link).toHaveAttribute("href", `/${EDITION}/tag/${t.slug}`);
    }
    // The pair group lists stories carrying both tags.
    // A group is the list item holding an h3 (`has` is matched inside each item, so relative).
    const pairGroup = related
      .getByRole("listitem")
      .filter({ has: page.getByRole("heading", { level: 3 }) })
      .first();
    for (const headline of await pairGroup.getByRole("paragraph").allTextContents()) {
      const story = articles.find((a) => a.headline === normalise(headline));
      expect(
        story?.tags.map((t) => t.slug),
        headline,
      ).toEqual(expect.arrayContaining([first?.slug, second?.slug]));
    }
  });

  test("across every article, tag groups never repeat a story nor show the article itself", async ({ page }) => {
    test.setTimeout(180_000);
    const articles = await publishedArticles();
    for (const article of articles) {
      await page.goto(article.path);
      await expect(page.getByRole("heading", { level: 1 }), article.path).toHaveText(article.headline);
      const related = main(page).getByRole("region", { name: "Related stories" });
      if ((await related.count()) === 0) {
        expect(
          articles.some(
            (a) => a.id !== article.id && a.tags.some((t) => article.tags.some((own) => own.slug === t.slug)),
          ),
          `${article.path} shows no tag groups although other stories share its tags`,
        ).toBe(false);
        continue;
      }
      const groups = related.getByRole("heading", { level: 3 });
      const groupCount = await groups.count();
      for (let i = 0; i < groupCount; i++) {
        const group = related
          .getByRole("listitem")
          .filter({ has: page.getByRole("heading", { level: 3 }) })
          .nth(i);
        await expect(group.getByRole("link", { name: /^Read more: / }).first(), "no empty group").toBeAttached();
      }
      const hrefs = await related
        .getByRole("link", { name: /^Read more: / })
        .evaluateAll((links) => links.map((a) => a.getAttribute("href")));
      expect(hrefs, article.path).not.toContain(article.path);
      expect(
        hrefs.filter((h, i) => hrefs.indexOf(h) !== i),
        `stories shown twice in ${article.path}`,
      ).toEqual([]);
      const rail = await main(page)
        .getByRole("region", { name: DONT_MISS })
        .getByRole("link")
        .evaluateAll((links) => links.map((a) => a.getAttribute("href")));
      expect(rail, `“Don’t miss” on ${article.path}`).not.toContain(article.path);
    }
  });

  test("“Don’t miss” leaves out the article it is shown on", async ({ page }) => {
    const pick = (await publishedArticles()).find((a) => a.dontMiss);
    if (!pick) throw new Error("The demo needs a “Don’t miss” pick");
    await page.goto(pick.path);
    await expectDontMissRail(page, pick);
  });

  test("has breadcrumbs and share links that need no third-party script", async ({ page }) => {
    const article = richest(await publishedArticles());
    const requests: string[] = [];
    page.on("request", (request) => requests.push(request.url()));
    await page.goto(article.path);
    await page.waitForLoadState("networkidle");

    await expectBreadcrumbs(page, [
      { name: "Home", path: `/${EDITION}` },
      { name: article.section.name, path: `/${EDITION}/${article.section.slug}` },
      { name: article.headline },
    ]);

    const share = page.getByRole("navigation", { name: "Share this story" });
    const url = encodeURIComponent(`${E2E.baseURL}${article.path}`);
    const networks = ["Email", "Bluesky", "Facebook", "LinkedIn", "WhatsApp"];
    await expect(share.getByRole("link")).toHaveText(networks);
    for (const network of networks) {
      await expect(share.getByRole("link", { name: network })).toHaveAttribute("href", new RegExp(escape(url)));
    }
    await expect(share.getByRole("link", { name: "Email" })).toHaveAttribute("href", /^mailto:/);

    const scripts = await page
      .locator("script[src]")
      .evaluateAll((els) => els.map((s) => (s as HTMLScriptElement).src));
    expect(
      scripts.filter((src) => !src.startsWith(E2E.baseURL)),
      "third-party scripts",
    ).toEqual([]);
    expect(
      requests.filter((u) => !u.startsWith(E2E.baseURL) && !u.startsWith("data:")),
      "requests to other sites",
    ).toEqual([]);
  });
});

test.describe("pagination", () => {
  test("the largest listing pages through its stories, or is one page with no page 2", async ({ page, request }) => {
    const [largest] = await listings();
    if (!largest) throw new Error("The demo needs a listing");
    test
      .info()
      .annotations.push({ type: "listing", description: `${largest.path} (${largest.stories.length} stories)` });
    if (largest.stories.length > PAGE_SIZE) await expectPaged(page, request, largest);
    else await expectSinglePage(page, request, largest);
  });

  test("a listing that fits one page has no “Older stories” link, and its page 2 is a 404", async ({
    page,
    request,
  }) => {
    const single = (await listings()).find((l) => l.stories.length > 0 && l.stories.length <= PAGE_SIZE);
    if (!single) throw new Error("The demo needs a listing of at most one page");
    await expectSinglePage(page, request, single);
  });
});

async function expectSinglePage(page: Page, request: APIRequestContext, listing: Listing) {
  await page.goto(listing.path);
  expect(await listingHeadlines(page)).toEqual(listing.stories.map((a) => a.headline));
  await expect(page.getByRole("navigation", { name: "Pagination" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: /Older stories/ })).toHaveCount(0);
  await expectPastLastPage(request, `${listing.path}?page=2`);
}

async function expectPaged(page: Page, request: APIRequestContext, listing: Listing) {
  const totalPages = Math.ceil(listing.stories.length / PAGE_SIZE);
  await page.goto(listing.path);
  const pagination = page.getByRole("navigation", { name: "Pagination" });
  await expect(pagination).toContainText(`Page 1 of ${totalPages}`);
  await expect(pagination.getByRole("link", { name: /Newer stories/ })).toHaveCount(0);
  const firstPage = await listingHeadlines(page);
  expect(firstPage).toEqual(listing.stories.slice(0, PAGE_SIZE).map((a) => a.headline));

  await pagination.getByRole("link", { name: /Older stories/ }).click();
  await expect(page).toHaveURL(`${E2E.baseURL}${listing.path}?page=2`);
  const secondPage = await listingHeadlines(page);
  expect(secondPage).toEqual(listing.stories.slice(PAGE_SIZE, 2 * PAGE_SIZE).map((a) => a.headline));
  expect(
    secondPage.filter((h) => firstPage.includes(h)),
    "stories on both pages",
  ).toEqual([]);
  await expect(page.getByRole("navigation", { name: "Pagination" })).toContainText(`Page 2 of ${totalPages}`);
  await expect(page.getByRole("link", { name: /Newer stories/ })).toHaveAttribute("href", listing.path);

  await page.reload();
  expect(await listingHeadlines(page), "the same stories on a second visit").toEqual(secondPage);
  await expectPastLastPage(request, `${listing.path}?page=${totalPages + 1}`);
}

/** A page past the last answers 404 with the not-found message in its HTML (readable without JS). */
async function expectPastLastPage(request: APIRequestContext, path: string) {
  const response = await request.get(path, { maxRedirects: 0 });
  expect(response.status(), path).toBe(404);
  expect(await response.text(), path).toContain("We could not find that page");
}
