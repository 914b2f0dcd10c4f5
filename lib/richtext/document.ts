import { z } from "zod";

// The article body: a ProseMirror/Tiptap JSON document restricted to the nodes Dateline renders.
// Stored as JSON, validated on every save and on every read, rendered to React elements
// (components/article/ArticleBody.tsx) — never to an HTML string.

export const SAFE_LINK_PROTOCOLS = ["http:", "https:", "mailto:"] as const;

/** True for http, https and mailto URLs only (SECURITY S17). */
export function isSafeHref(href: string): boolean {
  try {
    const url = new URL(href);
    return (SAFE_LINK_PROTOCOLS as readonly string[]).includes(url.protocol);
  } catch {
    return false;
  }
}

export const VIDEO_PROVIDERS = {
  youtube: { id: /^[A-Za-z0-9_-]{11}$/, embed: (id: string) => `https://www.youtube-nocookie.com/embed/${id}` },
  vimeo: { id: /^[0-9]{6,12}$/, embed: (id: string) => `https://player.vimeo.com/video/${id}` },
  dailymotion: { id: /^[a-zA-Z0-9]{5,10}$/, embed: (id: string) => `https://www.dailymotion.com/embed/video/${id}` },
} as const;
export type VideoProvider = keyof typeof VIDEO_PROVIDERS;

const mark = z.discriminatedUnion("type", [
  z.object({ type: z.literal("bold") }),
  z.object({ type: z.literal("italic") }),
  z.object({
    type: z.literal("link"),
    attrs: z.object({ href: z.string().max(2000).refine(isSafeHref, "Links must start with http, https or mailto") }),
  }),
]);

const text = z.object({
  type: z.literal("text"),
  text: z.string().min(1).max(20_000),
  marks: z.array(mark).optional(),
});
const hardBreak = z.object({ type: z.literal("hardBreak") });
const inline = z.discriminatedUnion("type", [text, hardBreak]);

const paragraph = z.object({ type: z.literal("paragraph"), content: z.array(inline).optional() });
const heading = z.object({
  type: z.literal("heading"),
  attrs: z.object({ level: z.union([z.literal(2), z.literal(3)]) }),
  content: z.array(inline).optional(),
});
const listItem = z.object({ type: z.literal("listItem"), content: z.array(paragraph).min(1) });
const bulletList = z.object({ type: z.literal("bulletList"), content: z.array(listItem).min(1) });
const orderedList = z.object({ type: z.literal("orderedList"), content: z.array(listItem).min(1) });
const blockquote = z.object({ type: z.literal("blockquote"), content: z.array(paragraph).min(1) });
/** An inline image from the media library; caption and credit are for this use. */
const mediaImage = z.object({
  type: z.literal("mediaImage"),
  attrs: z.object({
    mediaId: z.number().int().positive(),
    caption: z.string().max(500).default(""),
    credit: z.string().max(200).default(""),
  }),
});
const videoEmbed = z.object({
  type: z.literal("videoEmbed"),
  attrs: z.object({
    provider: z.enum(Object.keys(VIDEO_PROVIDERS) as [VideoProvider, ...VideoProvider[]]),
    videoId: z.string().max(40),
    title: z.string().min(1).max(200),
  }),
});

const block = z.discriminatedUnion("type", [
  paragraph,
  heading,
  bulletList,
  orderedList,
  blockquote,
  mediaImage,
  videoEmbed,
]);

export const bodyDocument = z
  .object({ type: z.literal("doc"), content: z.array(block).max(2000) })
  .superRefine((doc, ctx) => {
    for (const node of doc.content) {
      if (node.type === "videoEmbed" && !VIDEO_PROVIDERS[node.attrs.provider].id.test(node.attrs.videoId)) {
        ctx.addIssue({ code: "custom", message: `Not a valid ${node.attrs.provider} video id: ${node.attrs.videoId}` });
      }
    }
  });

export type BodyDocument = z.infer<typeof bodyDocument>;
export type BodyBlock = BodyDocument["content"][number];
export type BodyInline = z.infer<typeof inline>;
export type BodyMark = z.infer<typeof mark>;

export const EMPTY_DOCUMENT: BodyDocument = { type: "doc", content: [] };

/** Reads a stored body; anything that is not a valid document renders as nothing rather than failing the page. */
export function readBody(json: unknown): BodyDocument {
  const parsed = bodyDocument.safeParse(json);
  return parsed.success ? parsed.data : EMPTY_DOCUMENT;
}

/** The plain text of a body (for descriptions, search and reading time). */
export function bodyText(doc: BodyDocument): string {
  const out: string[] = [];
  const walk = (node: unknown): void => {
    if (!node || typeof node !== "object") return;
    const n = node as { type?: string; text?: string; content?: unknown[] };
    if (n.type === "text" && n.text) out.push(n.text);
    for (const child of n.content ?? []) walk(child);
    if (n.type === "paragraph" || n.type === "heading") out.push("\n");
  };
  walk(doc);
  return out
    .join("")
    .replace(/[ \t]+/g, " ")
    .replace(/\s*\n\s*/g, "\n")
    .trim();
}
