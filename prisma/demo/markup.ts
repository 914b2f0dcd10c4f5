import type { BodyBlock, BodyInline, BodyMark } from "@/lib/richtext/document";
import type { InlineImageKey } from "./media";

// A compact way to write demo bodies: `p(...)`, `h2(...)`, `quote(...)`, `ul(...)`… build the
// stored document nodes. Inline text may carry **bold**, _italic_ and [links](https://…).
// Inline pictures name a demo image by key; the seed swaps in its Media id.

export const DATELINE_GRAPHICS = "© Dateline Graphics";

export interface DemoImageBlock {
  type: "demoImage";
  key: InlineImageKey;
  caption: string;
  credit: string;
}
export type DemoBlock = Exclude<BodyBlock, { type: "mediaImage" }> | DemoImageBlock;

/** Collapses source line breaks and sets typographic quotes, dashes and ellipses. */
export function typeset(text: string): string {
  return text
    .replace(/\s+/g, " ")
    .trim()
    .replace(/(^|[\s([{—–*_])"/g, "$1“")
    .replace(/"/g, "”")
    .replace(/(^|[\s([{—–*_])'/g, "$1‘")
    .replace(/'/g, "’")
    .replace(/ - /g, " – ")
    .replace(/\.\.\./g, "…");
}

const MARKUP = /\*\*(.+?)\*\*|(?<!\w)_(.+?)_(?!\w)|\[([^\]]+)\]\((https:\/\/[^\s)]+)\)/g;

export function inline(source: string): BodyInline[] {
  return parse(typeset(source), []);
}

function parse(text: string, marks: BodyMark[]): BodyInline[] {
  const out: BodyInline[] = [];
  const push = (value: string) => {
    if (value) out.push(marks.length ? { type: "text", text: value, marks } : { type: "text", text: value });
  };
  let last = 0;
  for (const match of text.matchAll(MARKUP)) {
    push(text.slice(last, match.index));
    const [, bold, italic, label, href] = match;
    if (bold) out.push(...parse(bold, [...marks, { type: "bold" }]));
    else if (italic) out.push(...parse(italic, [...marks, { type: "italic" }]));
    else if (label && href) out.push(...parse(label, [...marks, { type: "link", attrs: { href } }]));
    last = match.index + match[0].length;
  }
  push(text.slice(last));
  return out;
}

export const p = (text: string): DemoBlock => ({ type: "paragraph", content: inline(text) });
export const h2 = (text: string): DemoBlock => ({ type: "heading", attrs: { level: 2 }, content: inline(text) });
export const h3 = (text: string): DemoBlock => ({ type: "heading", attrs: { level: 3 }, content: inline(text) });

const items = (texts: string[]) =>
  texts.map((text) => ({
    type: "listItem" as const,
    content: [{ type: "paragraph" as const, content: inline(text) }],
  }));
export const ul = (...texts: string[]): DemoBlock => ({ type: "bulletList", content: items(texts) });
export const ol = (...texts: string[]): DemoBlock => ({ type: "orderedList", content: items(texts) });

export const quote = (...paragraphs: string[]): DemoBlock => ({
  type: "blockquote",
  content: paragraphs.map((text) => ({ type: "paragraph" as const, content: inline(text) })),
});

export const img = (key: InlineImageKey, caption: string, credit = DATELINE_GRAPHICS): DemoBlock => ({
  type: "demoImage",
  key,
  caption: typeset(caption),
  credit,
});

export const youtube = (videoId: string, title: string): DemoBlock => ({
  type: "videoEmbed",
  attrs: { provider: "youtube", videoId, title: typeset(title) },
});
