// Reader pages are server-rendered and must read fully with JavaScript turned off (SPEC §2):
// headlines, body, teasers, pictures and tag groups are in the HTML, and search is a plain form.
import { expect, test, type Locator, type Page } from "@playwright/test";
import {
  blocksOf,
  EDITION,
  listings,
  normalise,
  publishedArticles,
  subheadingsOf,
  textOf,
  withdrawnArticlePaths,
  type PublishedArticle,
} from "./support/content";
import { main } from "./support/pages";

test.use({ javaScriptEnabled: false });

/** Every picture in a part of the page has been fetched and decoded. */
async function expectImagesLoaded(scope: Locator, atLeast = 1): Promise<void> {
  const images = scope.getByRole("img");
  expect(await images.count()).toBeGreaterThanOrEqual(atLeast);
  for (const image of await images.all()) {
    await image.scrollIntoViewIfNeeded();
    await expect
      .poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0), {
        message: `${await image.getAttribute("alt")} loads`,
      })
      .toBe(true);
  }
}

/** Each story's teaser shows its headline as a working link. */
async function expectTeasers(page: Page, stories: PublishedArticle[]): Promise<void> {
  expect(stories.length).toBeGreaterThan(0);
  for (const story of stories) {
    const link = main(page).getByRole("link", { name: story.headline, exact: true }).first();
    await expect(link).toBeVisible();
    await expect(link).toHaveAttribute("href", story.path);
  }
}

test("the front page shows its stories and pictures", async ({ page }) => {
  const articles = await publishedArticles();
  await page.goto(`/${EDITION}`);
  const top = main(page).getByRole("region", { name: "Top stories" });
  await expect(top.getByRole("heading", { level: 2 }).first()).toBeVisible();
  await expectImagesLoaded(top);
  await expectTeasers(page, articles.slice(0, 5));
  await expect(main(page).getByRole("region", { name: "Latest" }).getByRole("listitem").first()).toBeVisible();
  const rail = main(page).getByRole("region", { name: /^Don.t miss$/ });
  await expect(rail.getByRole("article").first()).toBeVisible();
  await expectImagesLoaded(rail);
});

test("section, tag and author pages list their stories with pictures", async ({ page }) => {
  const all = await listings();
  for (const kind of ["section", "tag", "author"] as const) {
    const listing = all.find((l) => l.kind === kind);
    if (!listing) throw new Error(`The demo needs a ${kind} with stories`);
    await page.goto(listing.path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectTeasers(page, listing.stories.slice(0, 20));
    await expectImagesLoaded(main(page), Math.min(2, listing.stories.filter((s) => s.hero).length));
  }
});

test("an article reads in full: headline, picture, body, tag groups and “Don’t miss”", async ({ page }) => {
  const articles = await publishedArticles();
  const article = articles.find((a) => a.hero && a.tags.length >= 2 && subheadingsOf(a).length > 0);
  if (!article) throw new Error("The demo needs an article with a picture, subheadings and two tags");
  await page.goto(article.path);
  const story = main(page)
    .getByRole("article")
    .filter({ has: page.getByRole("heading", { level: 1 }) });

  await expect(page.getByRole("heading", { level: 1 })).toHaveText(article.headline);
  await expect(story.getByText(normalise(article.standfirst))).toBeVisible();
  await expectImagesLoaded(story.getByRole("figure").first());
  for (const paragraph of blocksOf(article, "paragraph")) {
    await expect(story.getByText(textOf(paragraph), { exact: true }).first()).toBeVisible();
  }
  for (const subheading of subheadingsOf(article)) {
    await expect(story.getByRole("heading", { level: 2, name: subheading })).toBeVisible();
  }
  await expect(story.locator("time")).toHaveCount(2);

  const related = main(page).getByRole("region", { name: "Related stories" });
  await expect(related.getByRole("heading", { level: 3 }).first()).toBeVisible();
  await expect(related.getByRole("link", { name: /^Read more: / }).first()).toBeVisible();
  await expect(
    main(page)
      .getByRole("region", { name: /^Don.t miss$/ })
      .getByRole("article")
      .first(),
  ).toBeVisible();
});

test("every published article shows its headline and body without JavaScript", async ({ page }) => {
  test.setTimeout(120_000);
  for (const article of await publishedArticles()) {
    await page.goto(article.path);
    await expect(page.getByRole("heading", { level: 1 }), article.path).toHaveText(article.headline);
    const first = blocksOf(article, "paragraph")[0];
    if (first) await expect(page.getByText(textOf(first), { exact: true }).first(), article.path).toBeVisible();
  }
});

test("the header's search form works without JavaScript and shows results", async ({ page }) => {
  const articles = await publishedArticles();
  // A word from the newest headline that few other stories share.
  const words = (articles[0]?.headline ?? "").split(/[^A-Za-z]+/).filter((w) => w.length >= 6);
  const word = words.sort((a, b) => b.length - a.length)[0];
  if (!word) throw new Error("The newest headline needs a word of six letters or more");
  const matches = articles.filter((a) =>
    [a.headline, a.standfirst].some((text) => text.toLowerCase().includes(word.toLowerCase())),
  );

  await page.goto(`/${EDITION}`);
  const search = page.getByRole("search");
  await search.getByRole("searchbox", { name: /^Search/ }).fill(word);
  await search.getByRole("button", { name: "Search" }).click();

  await expect(page).toHaveURL(new RegExp(`/${EDITION}/search\\?q=${word}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Results for “${word}”`);
  await expectTeasers(page, matches.slice(0, 20));
  await expect(main(page).getByText("No stories match your search")).toHaveCount(0);
});

test("the 404 and 410 pages explain themselves without JavaScript", async ({ page }) => {
  const missing = await page.goto(`/${EDITION}/no-such-section`);
  expect(missing?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("We could not find that page");

  const [withdrawn] = await withdrawnArticlePaths();
  if (!withdrawn) throw new Error("The demo needs a withdrawn story");
  const gone = await page.goto(withdrawn);
  expect(gone?.status()).toBe(410);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("This story has been withdrawn");
});
