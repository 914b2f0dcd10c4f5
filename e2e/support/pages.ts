// Checks shared by the reader-site specs: what every page's chrome shows, what no response may
// contain, and a raw HTTP client for paths a URL parser would tidy up before sending.
import http from "node:http";
import { expect, type Page } from "@playwright/test";
import { E2E } from "./constants";

/** A stack trace leaking into a response: "at fn (/app/x.js:1:2)" or an error from node_modules. */
const STACK_FRAME = /\bat [^\n<]*[/\\][^\n<]*\.(?:[cm]?js|tsx?):\d+/;
const NODE_MODULES_ERROR = /Error:[^\n]*[\s\S]{0,2000}node_modules/;

export function expectNoStackTrace(body: string, where: string): void {
  expect(STACK_FRAME.exec(body)?.[0] ?? null, `stack frame in the response to ${where}`).toBeNull();
  expect(NODE_MODULES_ERROR.exec(body)?.[0] ?? null, `error from node_modules in the response to ${where}`).toBeNull();
}

/** The site header a reader sees on every page, the 404 and 410 pages included. */
export async function expectSiteChrome(page: Page): Promise<void> {
  await expect(page.getByRole("link", { name: "Skip to content" })).toHaveAttribute("href", "#content");
  await expect(page.getByRole("navigation", { name: "Sections" })).toBeAttached();
  await expect(page.getByRole("search").getByRole("searchbox")).toBeVisible();
  await expect(page.locator("main#content")).toBeVisible();
}

/** The page's `main` landmark, where everything but the chrome lives. */
export const main = (page: Page) => page.getByRole("main");

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** GET a path byte for byte as written ("/media/../../etc/passwd" is sent as is, not normalised). */
export function rawGet(path: string): Promise<RawResponse> {
  const { hostname, port } = new URL(E2E.baseURL);
  return new Promise((resolve, reject) => {
    const request = http.request({ host: hostname, port, path, method: "GET" }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () =>
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers,
          body: Buffer.concat(chunks).toString("utf8"),
        }),
      );
      response.on("error", reject);
    });
    request.on("error", reject);
    request.end();
  });
}
