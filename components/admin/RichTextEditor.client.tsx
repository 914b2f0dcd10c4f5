"use client";

import { EditorContent, mergeAttributes, Node, useEditor, useEditorState, type Editor } from "@tiptap/react";
import StarterKit from "@tiptap/starter-kit";
import { useId, useMemo, useState, type ReactNode } from "react";
import type { MediaChoice } from "@/lib/newsroom/editor-data";
import { isSafeHref, VIDEO_PROVIDERS, type BodyDocument, type VideoProvider } from "@/lib/richtext/document";

// The body editor (browser code: Tiptap needs the DOM). Its schema is the one
// lib/richtext/document.ts accepts and nothing more: headings 2 and 3, paragraphs, lists of
// paragraphs, quotes of paragraphs, images from the media library, video embeds, bold, italic and
// http/https/mailto links. StarterKit's other nodes and marks are switched off, so what the editor
// produces always validates on save.

/** A quote holds paragraphs only (Tiptap's own allows any block). */
const Quote = Node.create({
  name: "blockquote",
  group: "block",
  content: "paragraph+",
  defining: true,
  parseHTML: () => [{ tag: "blockquote" }],
  renderHTML: ({ HTMLAttributes }) => ["blockquote", mergeAttributes(HTMLAttributes), 0],
  addCommands() {
    return {
      setBlockquote:
        () =>
        ({ commands }) =>
          commands.wrapIn(this.name),
      toggleBlockquote:
        () =>
        ({ commands }) =>
          commands.toggleWrap(this.name),
      unsetBlockquote:
        () =>
        ({ commands }) =>
          commands.lift(this.name),
    };
  },
});

/** A list item holds paragraphs only: no nested lists. */
const ListItem = Node.create({
  name: "listItem",
  content: "paragraph+",
  defining: true,
  parseHTML: () => [{ tag: "li" }],
  renderHTML: ({ HTMLAttributes }) => ["li", mergeAttributes(HTMLAttributes), 0],
  addKeyboardShortcuts() {
    return {
      Enter: () => this.editor.commands.splitListItem(this.name),
      "Shift-Tab": () => this.editor.commands.liftListItem(this.name),
    };
  },
});

const MediaImage = Node.create<{ srcFor: (id: number) => string | null }>({
  name: "mediaImage",
  group: "block",
  atom: true,
  selectable: true,
  draggable: true,
  addOptions: () => ({ srcFor: () => null }),
  addAttributes: () => ({
    mediaId: {
      default: null,
      parseHTML: (el) => Number(el.getAttribute("data-media-id")) || null,
      renderHTML: (attrs) => ({ "data-media-id": String(attrs.mediaId) }),
    },
    caption: {
      default: "",
      parseHTML: (el) => el.getAttribute("data-caption") ?? "",
      renderHTML: (attrs) => ({ "data-caption": attrs.caption }),
    },
    credit: {
      default: "",
      parseHTML: (el) => el.getAttribute("data-credit") ?? "",
      renderHTML: (attrs) => ({ "data-credit": attrs.credit }),
    },
  }),
  parseHTML: () => [{ tag: "figure[data-media-id]" }],
  renderHTML({ node, HTMLAttributes }) {
    const id = Number(node.attrs.mediaId);
    const src = this.options.srcFor(id);
    const caption = [node.attrs.caption, node.attrs.credit].filter(Boolean).join(" — ");
    return [
      "figure",
      mergeAttributes(HTMLAttributes, { class: "my-3 rounded border border-rule p-2" }),
      src ? ["img", { src, alt: "", class: "max-h-48 w-auto" }] : ["p", {}, `Image #${id}`],
      ["figcaption", { class: "text-sm text-muted" }, caption || `Image #${id} (no caption)`],
    ];
  },
});

const VideoEmbed = Node.create({
  name: "videoEmbed",
  group: "block",
  atom: true,
  selectable: true,
  draggable: true,
  addAttributes: () => ({
    provider: { default: "youtube" },
    videoId: { default: "" },
    title: { default: "" },
  }),
  parseHTML: () => [
    {
      tag: "div[data-video-provider]",
      getAttrs: (el) => ({
        provider: el.getAttribute("data-video-provider"),
        videoId: el.getAttribute("data-video-id"),
        title: el.getAttribute("data-video-title"),
      }),
    },
  ],
  // The editor shows a placeholder, not the player: the newsroom loads no third-party frames.
  renderHTML: ({ node }) => [
    "div",
    {
      "data-video-provider": node.attrs.provider,
      "data-video-id": node.attrs.videoId,
      "data-video-title": node.attrs.title,
      class: "my-3 rounded border border-rule bg-wash p-3 text-sm",
    },
    `▶ ${PROVIDER_NAMES[node.attrs.provider as VideoProvider] ?? "Video"}: ${node.attrs.title} (${node.attrs.videoId})`,
  ],
});

const PROVIDER_NAMES: Record<VideoProvider, string> = {
  youtube: "YouTube",
  vimeo: "Vimeo",
  dailymotion: "Dailymotion",
};

/** Provider and id from a YouTube, Vimeo or Dailymotion address, or null. */
function parseVideoUrl(raw: string): { provider: VideoProvider; videoId: string } | null {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return null;
  const host = url.hostname.replace(/^(www|m)\./, "");
  const parts = url.pathname.split("/").filter(Boolean);
  const pick = (provider: VideoProvider, id: string | null | undefined) =>
    id && VIDEO_PROVIDERS[provider].id.test(id) ? { provider, videoId: id } : null;
  if (host === "youtu.be") return pick("youtube", parts[0]);
  if (host === "youtube.com" || host === "youtube-nocookie.com") {
    if (parts[0] === "watch") return pick("youtube", url.searchParams.get("v"));
    if (["embed", "shorts", "live", "v"].includes(parts[0] ?? "")) return pick("youtube", parts[1]);
    return null;
  }
  if (host === "vimeo.com")
    return pick(
      "vimeo",
      parts.find((p) => /^\d+$/.test(p)),
    );
  if (host === "player.vimeo.com" && parts[0] === "video") return pick("vimeo", parts[1]);
  if (host === "dai.ly") return pick("dailymotion", parts[0]);
  if (host === "dailymotion.com") {
    const index = parts.indexOf("video");
    return pick("dailymotion", index >= 0 ? parts[index + 1]?.split("_")[0] : null);
  }
  return null;
}

type Panel = "link" | "image" | "video" | null;

interface RichTextEditorProps {
  labelId: string;
  describedBy?: string;
  invalid?: boolean;
  initialContent: BodyDocument;
  media: MediaChoice[];
  onChange: (doc: BodyDocument) => void;
}

export function RichTextEditor({
  labelId,
  describedBy,
  invalid,
  initialContent,
  media,
  onChange,
}: RichTextEditorProps) {
  const extensions = useMemo(
    () => [
      StarterKit.configure({
        blockquote: false,
        listItem: false,
        code: false,
        codeBlock: false,
        horizontalRule: false,
        strike: false,
        underline: false,
        heading: { levels: [2, 3] },
        link: {
          openOnClick: false,
          autolink: true,
          defaultProtocol: "https",
          // The same rule as on save and on render (SECURITY S17).
          isAllowedUri: (url) => isSafeHref(url),
          HTMLAttributes: { rel: "noopener noreferrer", target: null },
        },
      }),
      Quote,
      ListItem,
      MediaImage.configure({ srcFor: (id) => media.find((m) => m.id === id)?.thumbnail ?? null }),
      VideoEmbed,
    ],
    [media],
  );
  const editor = useEditor({
    extensions,
    content: initialContent,
    immediatelyRender: false,
    editorProps: {
      attributes: {
        role: "textbox",
        "aria-multiline": "true",
        "aria-labelledby": labelId,
        ...(describedBy ? { "aria-describedby": describedBy } : {}),
        ...(invalid ? { "aria-invalid": "true" } : {}),
        class:
          "prose-body min-h-64 rounded-b border border-rule bg-paper px-3 py-2 font-serif text-lg focus:outline-none [&_blockquote]:border-s-4 [&_blockquote]:border-brand [&_blockquote]:ps-3 [&_blockquote]:italic [&_h2]:text-2xl [&_h2]:font-bold [&_h3]:text-xl [&_h3]:font-bold [&_a]:text-brand-dark [&_a]:underline [&_ol]:list-decimal [&_ol]:ps-6 [&_ul]:list-disc [&_ul]:ps-6 [&_p]:my-2",
      },
    },
    // ProseMirror keeps attrs in null-prototype objects, which a server action receives as opaque
    // references rather than data: a JSON round trip makes the document plain.
    onUpdate: ({ editor }) => onChange(JSON.parse(JSON.stringify(editor.getJSON())) as BodyDocument),
  });

  return (
    <div className="flex flex-col">
      {editor ? (
        <Toolbar editor={editor} media={media} />
      ) : (
        <div className="h-10 rounded-t border border-rule bg-wash" />
      )}
      {editor ? (
        <EditorContent editor={editor} />
      ) : (
        <div className="min-h-64 rounded-b border border-rule px-3 py-2 text-muted">Loading the editor…</div>
      )}
    </div>
  );
}

function ToolButton({
  label,
  active,
  onClick,
  children,
}: {
  label: string;
  active?: boolean;
  onClick: () => void;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      aria-label={label}
      title={label}
      aria-pressed={active === undefined ? undefined : active}
      onMouseDown={(event) => event.preventDefault()}
      onClick={onClick}
      className={`min-w-9 rounded px-2 py-1 text-sm font-semibold hover:bg-rule ${active ? "bg-ink text-paper hover:bg-ink" : ""}`}
    >
      {children}
    </button>
  );
}

function Toolbar({ editor, media }: { editor: Editor; media: MediaChoice[] }) {
  const [panel, setPanel] = useState<Panel>(null);
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      h2: e.isActive("heading", { level: 2 }),
      h3: e.isActive("heading", { level: 3 }),
      bold: e.isActive("bold"),
      italic: e.isActive("italic"),
      bullet: e.isActive("bulletList"),
      ordered: e.isActive("orderedList"),
      quote: e.isActive("blockquote"),
      link: e.isActive("link"),
      href: (e.getAttributes("link").href as string | undefined) ?? "",
    }),
  });
  const chain = () => editor.chain().focus();
  const toggle = (next: Panel) => setPanel((current) => (current === next ? null : next));

  return (
    <div className="sticky top-0 z-10 rounded-t border border-b-0 border-rule bg-wash">
      <div role="toolbar" aria-label="Body formatting" className="flex flex-wrap gap-1 p-1">
        <ToolButton label="Heading 2" active={state.h2} onClick={() => chain().toggleHeading({ level: 2 }).run()}>
          H2
        </ToolButton>
        <ToolButton label="Heading 3" active={state.h3} onClick={() => chain().toggleHeading({ level: 3 }).run()}>
          H3
        </ToolButton>
        <ToolButton label="Bold" active={state.bold} onClick={() => chain().toggleBold().run()}>
          B
        </ToolButton>
        <ToolButton label="Italic" active={state.italic} onClick={() => chain().toggleItalic().run()}>
          <i>I</i>
        </ToolButton>
        <ToolButton label="Bullet list" active={state.bullet} onClick={() => chain().toggleBulletList().run()}>
          • List
        </ToolButton>
        <ToolButton label="Numbered list" active={state.ordered} onClick={() => chain().toggleOrderedList().run()}>
          1. List
        </ToolButton>
        <ToolButton label="Quote" active={state.quote} onClick={() => chain().toggleBlockquote().run()}>
          “ Quote
        </ToolButton>
        <ToolButton label="Link" active={state.link || panel === "link"} onClick={() => toggle("link")}>
          Link
        </ToolButton>
        <ToolButton label="Image" active={panel === "image"} onClick={() => toggle("image")}>
          Image
        </ToolButton>
        <ToolButton label="Video" active={panel === "video"} onClick={() => toggle("video")}>
          Video
        </ToolButton>
      </div>
      {panel === "link" && (
        <LinkPanel
          key={state.href}
          initial={state.href}
          onApply={(href) => {
            chain().extendMarkRange("link").setLink({ href }).run();
            setPanel(null);
          }}
          onRemove={() => {
            chain().extendMarkRange("link").unsetLink().run();
            setPanel(null);
          }}
          onClose={() => setPanel(null)}
        />
      )}
      {panel === "image" && (
        <ImagePanel
          media={media}
          onInsert={(attrs) => {
            chain().insertContent({ type: "mediaImage", attrs }).run();
            setPanel(null);
          }}
          onClose={() => setPanel(null)}
        />
      )}
      {panel === "video" && (
        <VideoPanel
          onInsert={(attrs) => {
            chain().insertContent({ type: "videoEmbed", attrs }).run();
            setPanel(null);
          }}
          onClose={() => setPanel(null)}
        />
      )}
    </div>
  );
}

const panelClass = "flex flex-wrap items-end gap-3 border-t border-rule bg-paper p-3 text-sm";
const inputClass = "rounded border border-rule px-2 py-1";
const buttonClass = "rounded border border-ink px-3 py-1 font-semibold hover:bg-wash";

function PanelError({ id, message }: { id: string; message: string | null }) {
  if (!message) return null;
  return (
    <p id={id} role="alert" className="w-full text-brand-dark">
      {message}
    </p>
  );
}

function LinkPanel({
  initial,
  onApply,
  onRemove,
  onClose,
}: {
  initial: string;
  onApply: (href: string) => void;
  onRemove: () => void;
  onClose: () => void;
}) {
  const id = useId();
  const [href, setHref] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const apply = () => {
    const value = href.trim();
    // Refused here as on save: only http, https and mailto (SECURITY S17).
    if (!isSafeHref(value)) {
      setError("Links must start with http://, https:// or mailto:");
      return;
    }
    onApply(value);
  };
  return (
    <div className={panelClass}>
      <label className="flex flex-col gap-1">
        Link address
        <input
          type="url"
          value={href}
          autoFocus
          onChange={(event) => {
            setHref(event.target.value);
            setError(null);
          }}
          onKeyDown={(event) => {
            if (event.key === "Enter") {
              event.preventDefault();
              apply();
            }
          }}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          placeholder="https://…"
          className={`${inputClass} w-80`}
        />
      </label>
      <button type="button" className={buttonClass} onClick={apply}>
        Apply link
      </button>
      {initial && (
        <button type="button" className={buttonClass} onClick={onRemove}>
          Remove link
        </button>
      )}
      <button type="button" className="underline" onClick={onClose}>
        Cancel
      </button>
      <PanelError id={`${id}-error`} message={error} />
    </div>
  );
}

function ImagePanel({
  media,
  onInsert,
  onClose,
}: {
  media: MediaChoice[];
  onInsert: (attrs: { mediaId: number; caption: string; credit: string }) => void;
  onClose: () => void;
}) {
  const id = useId();
  const [mediaId, setMediaId] = useState<number | null>(null);
  const [caption, setCaption] = useState("");
  const [credit, setCredit] = useState("");
  const [error, setError] = useState<string | null>(null);
  const chosen = media.find((m) => m.id === mediaId);
  return (
    <div className={panelClass}>
      <label className="flex flex-col gap-1">
        Image from the library
        <select
          value={mediaId ?? ""}
          onChange={(event) => {
            const next = media.find((m) => m.id === Number(event.target.value));
            setMediaId(next?.id ?? null);
            setCaption(next?.caption ?? "");
            setCredit(next?.credit ?? "");
            setError(null);
          }}
          className={inputClass}
        >
          <option value="">Choose an image…</option>
          {media.map((m) => (
            <option key={m.id} value={m.id}>
              #{m.id} — {m.alt || "no alt text"}
            </option>
          ))}
        </select>
      </label>
      {chosen && (
        // eslint-disable-next-line @next/next/no-img-element -- a thumbnail of a stored rendition
        <img src={chosen.thumbnail} alt={chosen.alt} className="h-16 w-auto rounded" />
      )}
      <label className="flex flex-col gap-1">
        Image caption
        <input value={caption} onChange={(event) => setCaption(event.target.value)} className={`${inputClass} w-64`} />
      </label>
      <label className="flex flex-col gap-1">
        Image credit
        <input value={credit} onChange={(event) => setCredit(event.target.value)} className={`${inputClass} w-48`} />
      </label>
      <button
        type="button"
        className={buttonClass}
        onClick={() => {
          if (!mediaId) return setError("Choose an image from the library.");
          onInsert({ mediaId, caption: caption.trim().slice(0, 500), credit: credit.trim().slice(0, 200) });
        }}
      >
        Insert image
      </button>
      <button type="button" className="underline" onClick={onClose}>
        Cancel
      </button>
      <PanelError id={`${id}-error`} message={error} />
    </div>
  );
}

function VideoPanel({
  onInsert,
  onClose,
}: {
  onInsert: (attrs: { provider: VideoProvider; videoId: string; title: string }) => void;
  onClose: () => void;
}) {
  const id = useId();
  const [url, setUrl] = useState("");
  const [title, setTitle] = useState("");
  const [error, setError] = useState<string | null>(null);
  return (
    <div className={panelClass}>
      <label className="flex flex-col gap-1">
        Video address
        <input
          type="url"
          value={url}
          autoFocus
          onChange={(event) => {
            setUrl(event.target.value);
            setError(null);
          }}
          placeholder="https://www.youtube.com/watch?v=…"
          aria-describedby={error ? `${id}-error` : undefined}
          className={`${inputClass} w-80`}
        />
      </label>
      <label className="flex flex-col gap-1">
        Video title
        <input value={title} onChange={(event) => setTitle(event.target.value)} className={`${inputClass} w-64`} />
      </label>
      <button
        type="button"
        className={buttonClass}
        onClick={() => {
          const video = parseVideoUrl(url);
          if (!video) return setError("Paste the address of a YouTube, Vimeo or Dailymotion video.");
          if (!title.trim()) return setError("Give the video a title (readers of screen readers hear it).");
          onInsert({ ...video, title: title.trim().slice(0, 200) });
        }}
      >
        Embed video
      </button>
      <button type="button" className="underline" onClick={onClose}>
        Cancel
      </button>
      <PanelError id={`${id}-error`} message={error} />
    </div>
  );
}
