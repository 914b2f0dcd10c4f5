import { describe, expect, it } from "vitest";
import { bodyDocument, bodyText, isSafeHref, readBody } from "@/lib/richtext/document";

const paragraph = (text: string, marks?: unknown[]) => ({
  type: "paragraph",
  content: [{ type: "text", text, marks }],
});

describe("article bodies", () => {
  it.each(["https://example.org/a", "http://example.org", "mailto:desk@example.org"])("allows %s", (href) => {
    expect(isSafeHref(href)).toBe(true);
  });

  it.each([
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "data:text/html,<script>",
    "vbscript:x",
    "/relative",
    "  javascript:alert(1)",
    "file:///etc/passwd",
  ])("refuses the link %s", (href) => {
    expect(isSafeHref(href)).toBe(false);
    const doc = { type: "doc", content: [paragraph("click", [{ type: "link", attrs: { href } }])] };
    expect(bodyDocument.safeParse(doc).success).toBe(false);
  });

  it("refuses unknown nodes such as raw HTML", () => {
    const doc = { type: "doc", content: [{ type: "html", content: "<script>alert(1)</script>" }] };
    expect(bodyDocument.safeParse(doc).success).toBe(false);
    expect(readBody(doc).content).toEqual([]);
  });

  it("refuses a video id that is not the provider's shape", () => {
    const doc = {
      type: "doc",
      content: [{ type: "videoEmbed", attrs: { provider: "youtube", videoId: 'x" onload="', title: "t" } }],
    };
    expect(bodyDocument.safeParse(doc).success).toBe(false);
  });

  it("extracts plain text", () => {
    const doc = readBody({
      type: "doc",
      content: [
        { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "Title" }] },
        paragraph("Body text."),
      ],
    });
    expect(bodyText(doc)).toBe("Title\nBody text.");
  });
});
