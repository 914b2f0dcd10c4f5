// Sections, tags and authors as an editor manages them, and what readers see a moment later.
import crypto from "node:crypto";
import { expect, test } from "@playwright/test";
import { createStaff, e2eDb, signIn, type TestStaff } from "./support/staff";

let editor: TestStaff;
const suffix = crypto.randomBytes(3).toString("hex");

test.beforeAll(async () => {
  editor = await createStaff("EDITOR");
});

test.beforeEach(async ({ page }) => {
  await signIn(page, editor);
});

test("a new section appears in the public navigation within a second", async ({ page }) => {
  const name = `Harbour desk ${suffix}`;
  await page.goto("/en");
  await page.goto("/admin/sections");
  const form = page.getByRole("form", { name: "New section" });
  await form.getByLabel("Name").fill(name);
  await form.getByLabel("Slug").fill(`harbour-desk-${suffix}`);
  await form.getByRole("button", { name: "Create section" }).click();
  await expect(page.getByRole("status")).toHaveText(`Section “${name}” created.`);
  await expect(
    page.getByRole("list", { name: "Sections in navigation order" }).getByRole("link", { name }),
  ).toBeVisible();
  const created = Date.now();
  await expect
    .poll(
      async () => {
        await page.goto("/en");
        return page.getByRole("link", { name, exact: true }).count();
      },
      { timeout: 5000, intervals: [200] },
    )
    .toBeGreaterThan(0);
  expect(Date.now() - created).toBeLessThan(2500);

  // Reordering with the buttons (plain form posts).
  await page.goto("/admin/sections");
  await page.getByRole("button", { name: `Move ${name} up` }).click();
  await expect(page.getByRole("status")).toHaveText(`“${name}” moved up.`);
});

test("a reserved slug is refused with a message beside the field, and nothing is saved", async ({ page }) => {
  const before = await e2eDb().section.count();
  await page.goto("/admin/sections");
  const form = page.getByRole("form", { name: "New section" });
  await form.getByLabel("Name").fill("Search");
  await form.getByLabel("Slug").fill("search");
  await form.getByRole("button", { name: "Create section" }).click();
  const slug = form.getByLabel("Slug");
  await expect(slug).toHaveAttribute("aria-invalid", "true");
  await expect(slug).toHaveAccessibleDescription(/“search” is a reserved word: choose another slug/);
  await expect(slug).toHaveValue("search");
  expect(await e2eDb().section.count()).toBe(before);
});

test("merging tags moves the stories and redirects the old tag page", async ({ page, request }) => {
  const db = e2eDb();
  const [from, into] = await db.tag.findMany({
    where: { editionCode: "en", articles: { some: { publishedAt: { not: null } } } },
    orderBy: { id: "desc" },
    take: 2,
    select: { id: true, slug: true, name: true },
  });
  await page.goto("/admin/tags");
  const form = page.getByRole("form", { name: "Merge tags" });
  await form.getByLabel("Merge this tag").selectOption(String(from!.id));
  await form.getByLabel("Into this tag").selectOption(String(into!.id));
  await form.getByRole("button", { name: "Merge tags" }).click();
  await expect(page.getByRole("status")).toContainText(`“${from!.name}” merged into “${into!.name}”`);

  await expect
    .poll(async () => {
      const response = await request.get(`/en/tag/${from!.slug}`, { maxRedirects: 0 });
      return [response.status(), response.headers()["location"] ?? ""];
    })
    .toEqual([expect.any(Number), expect.stringContaining(`/en/tag/${into!.slug}`)]);
  const response = await request.get(`/en/tag/${from!.slug}`, { maxRedirects: 0 });
  expect([301, 308]).toContain(response.status());
  await page.goto(`/en/tag/${from!.slug}`);
  await expect(page).toHaveURL(new RegExp(`/en/tag/${into!.slug}$`));
});

test("an author's new bio shows on their page", async ({ page }) => {
  const author = await e2eDb().author.findFirstOrThrow({
    where: { articles: { some: {} } },
    select: { id: true, slug: true },
  });
  await page.goto(`/en/author/${author.slug}`);
  const bio = `Covers the harbour and the islands (${suffix}).`;
  await page.goto(`/admin/authors/${author.id}`);
  await page.getByLabel("Bio").fill(bio);
  await page.getByRole("button", { name: "Save author" }).click();
  await expect(page.getByRole("status")).toContainText("saved");
  await expect
    .poll(
      async () => {
        await page.goto(`/en/author/${author.slug}`);
        return page.getByText(bio).count();
      },
      { timeout: 5000, intervals: [200] },
    )
    .toBeGreaterThan(0);
});
