// Scheduled publishing fires by itself: an article scheduled a few seconds ahead appears on its own
// address and on every listing within about a second of its time, with no request to the newsroom
// (the server's ticker publishes it and refreshes the cached pages).
import { expect as baseExpect, test } from "@playwright/test";
import { authorPath, sectionPath, slugify, tagPath } from "@/lib/urls";
import { createStaff, signIn } from "./support/staff";
import { anonymousGet, bodyEditor, expectAllWithin, picks, whenVisible, zonedLocal } from "./support/newsroom";

// The machine running these is shared and often busy: waits are generous, budgets are not.
const expect = baseExpect.configure({ timeout: 30_000 });

const BUDGET_MS = 1000;

test("scheduled article appears by itself on every public page within a second of its time", async ({ browser }) => {
  test.setTimeout(90_000);
  const p = await picks();
  const editor = await createStaff("EDITOR");
  const headline = `Tidal clock tower chimes again ${Date.now().toString(36)}`;
  const slug = slugify(headline);

  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, editor, "/admin/articles/new");
  await page.getByLabel("Headline", { exact: true }).fill(headline);
  await page.getByRole("combobox", { name: "Section", exact: true }).selectOption({ label: p.section.name });
  await page.getByRole("combobox", { name: "Add a tag" }).selectOption({ label: p.tag.name });
  await page.getByRole("combobox", { name: "Add an author" }).selectOption({ label: p.author.name });
  await bodyEditor(page).click();
  await page.keyboard.type("The clock was silent for eleven years.");

  // Publish at: a whole second, a few seconds from now, in the edition's time zone.
  const at = new Date(Math.ceil((Date.now() + 8000) / 1000) * 1000);
  const local = zonedLocal(at, p.timeZone);
  await page.getByLabel("Publish at", { exact: true }).fill(local);
  const articlePath = `/en/${p.section.slug}/${local.slice(0, 10).replaceAll("-", "")}-${slug}`;
  const pages = [
    articlePath,
    "/en",
    sectionPath("en", p.section.slug),
    tagPath("en", p.tag.slug),
    authorPath("en", p.author.slug),
  ];
  // Cached beforehand without the story (the article's address as a cached 404).
  for (const path of pages) expect((await anonymousGet(path)).body).not.toContain(headline);

  await page.getByRole("button", { name: "Schedule" }).click();
  await expect(page.getByText("Scheduled: it will appear by itself at its time.")).toBeVisible();
  await context.close(); // from here on, nobody asks the newsroom for anything
  expect(Date.now(), "scheduled before its time").toBeLessThan(at.getTime());

  const times = await whenVisible(pages, (r) => r.status === 200 && r.body.includes(headline), at.getTime(), BUDGET_MS);
  expectAllWithin(times, BUDGET_MS, "schedule time → visible");
  for (const ms of Object.values(times)) expect(ms, "not before its time").toBeGreaterThanOrEqual(0);
});
