// D1: two editors open the same article; the first saves; the second's save, made on the version
// both loaded, is refused with a message naming what the first changed — and nothing the second
// typed leaves the form.
import { expect as baseExpect, test, type Browser, type Page } from "@playwright/test";
import { createStaff, signIn, type TestStaff } from "./support/staff";
import { articleIdOf, bodyEditor, picks } from "./support/newsroom";

// The machine running these is shared and often busy: waits are generous, budgets are not.
const expect = baseExpect.configure({ timeout: 30_000 });

async function staffPage(browser: Browser, staff: TestStaff, next: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, staff, next);
  return page;
}

test("D1: a stale save is refused, names the changed field, and keeps the second editor's text", async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const p = await picks();
  const [first, second] = await Promise.all([createStaff("EDITOR"), createStaff("EDITOR")]);

  const a = await staffPage(browser, first, "/admin/articles/new");
  await a.getByLabel("Headline", { exact: true }).fill("Lighthouse keepers' cottages restored");
  await a.getByRole("combobox", { name: "Section", exact: true }).selectOption({ label: p.section.name });
  await a.getByRole("combobox", { name: "Add an author" }).selectOption({ label: p.author.name });
  await bodyEditor(a).click();
  await a.keyboard.type("Work began in the spring.");
  await a.getByRole("button", { name: "Save draft" }).click();
  const id = await articleIdOf(a);
  await expect(a.getByText("Saved.")).toBeVisible();

  // Both editors now hold the same version.
  await a.reload();
  const b = await staffPage(browser, second, `/admin/articles/${id}`);
  await expect(b.getByLabel("Headline", { exact: true })).toHaveValue("Lighthouse keepers' cottages restored");
  await expect(bodyEditor(b)).toContainText("Work began in the spring.");

  await a.getByLabel("Headline", { exact: true }).fill("Lighthouse keepers' cottages reopen to visitors");
  await a.getByRole("button", { name: "Save draft" }).click();
  await expect(a.getByText("Saved.")).toBeVisible();

  const standfirst = "Second editor's standfirst, typed while the first one saved.";
  await b.getByRole("textbox", { name: "Standfirst", exact: true }).fill(standfirst);
  await bodyEditor(b).click();
  await b.keyboard.press("End");
  await b.keyboard.type(" The second editor's sentence.");
  await b.getByRole("button", { name: "Save draft" }).click();

  const alert = b.getByRole("alert").filter({ hasText: "saved this article" });
  await expect(alert).toContainText("saved this article after you opened it");
  await expect(alert).toContainText("Changed since you opened it: Headline, Slug.");
  await expect(alert).toContainText(first.name);
  // Nothing the second editor typed is lost, and nothing of it was saved.
  await expect(b.getByRole("textbox", { name: "Standfirst", exact: true })).toHaveValue(standfirst);
  await expect(b.getByLabel("Headline", { exact: true })).toHaveValue("Lighthouse keepers' cottages restored");
  await expect(bodyEditor(b)).toContainText("Work began in the spring. The second editor's sentence.");
  await a.reload();
  await expect(a.getByLabel("Headline", { exact: true })).toHaveValue(
    "Lighthouse keepers' cottages reopen to visitors",
  );
  await expect(a.getByRole("textbox", { name: "Standfirst", exact: true })).toHaveValue("");
  await expect(bodyEditor(a)).not.toContainText("second editor");
});
