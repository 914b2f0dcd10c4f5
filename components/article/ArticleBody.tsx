import Image from "next/image";
import type { ReactNode } from "react";
import type { ArticlePage } from "@/lib/data/views";
import { isSafeHref, VIDEO_PROVIDERS, type BodyBlock, type BodyInline } from "@/lib/richtext/document";

type ArticleBodyProps = Pick<ArticlePage, "body" | "bodyImages">;

// The body is structured JSON rendered to React elements: editors' text is always escaped, only
// known nodes render, and links are re-checked here as well as on save.

function Inline({ node }: { node: BodyInline }): ReactNode {
  if (node.type === "hardBreak") return <br />;
  let out: ReactNode = node.text;
  for (const mark of node.marks ?? []) {
    if (mark.type === "bold") out = <strong>{out}</strong>;
    else if (mark.type === "italic") out = <em>{out}</em>;
    else if (mark.type === "link" && isSafeHref(mark.attrs.href)) {
      out = (
        <a href={mark.attrs.href} rel="noopener noreferrer" className="text-brand-dark underline">
          {out}
        </a>
      );
    }
  }
  return out;
}

function Inlines({ nodes }: { nodes: BodyInline[] | undefined }) {
  return (nodes ?? []).map((node, i) => <Inline key={i} node={node} />);
}

function Block({ block, images }: { block: BodyBlock; images: ArticleBodyProps["bodyImages"] }): ReactNode {
  switch (block.type) {
    case "paragraph":
      return (
        <p>
          <Inlines nodes={block.content} />
        </p>
      );
    case "heading":
      return block.attrs.level === 2 ? (
        <h2 className="font-serif text-2xl font-bold">
          <Inlines nodes={block.content} />
        </h2>
      ) : (
        <h3 className="font-serif text-xl font-bold">
          <Inlines nodes={block.content} />
        </h3>
      );
    case "blockquote":
      return (
        <blockquote className="border-s-4 border-brand ps-4 font-serif text-xl italic">
          {block.content.map((p, i) => (
            <p key={i}>
              <Inlines nodes={p.content} />
            </p>
          ))}
        </blockquote>
      );
    case "bulletList":
    case "orderedList": {
      const List = block.type === "bulletList" ? "ul" : "ol";
      return (
        <List className={`${block.type === "bulletList" ? "list-disc" : "list-decimal"} space-y-1 ps-6`}>
          {block.content.map((item, i) => (
            <li key={i}>
              {item.content.map((p, j) => (
                <Inlines key={j} nodes={p.content} />
              ))}
            </li>
          ))}
        </List>
      );
    }
    case "mediaImage": {
      const image = images[block.attrs.mediaId];
      if (!image) return null;
      return (
        <figure className="flex flex-col gap-2">
          <Image
            src={image.src}
            alt={image.alt}
            width={image.width}
            height={image.height}
            sizes="(min-width: 1024px) 768px, 100vw"
            className="h-auto w-full bg-wash"
          />
          {(block.attrs.caption || block.attrs.credit) && (
            <figcaption className="text-sm text-muted">
              {block.attrs.caption}
              {block.attrs.credit && <span className="ms-1 text-xs uppercase">{block.attrs.credit}</span>}
            </figcaption>
          )}
        </figure>
      );
    }
    case "videoEmbed": {
      const provider = VIDEO_PROVIDERS[block.attrs.provider];
      if (!provider.id.test(block.attrs.videoId)) return null;
      return (
        <figure className="flex flex-col gap-2">
          <iframe
            src={provider.embed(block.attrs.videoId)}
            title={block.attrs.title}
            loading="lazy"
            allow="encrypted-media; picture-in-picture"
            allowFullScreen
            referrerPolicy="strict-origin-when-cross-origin"
            sandbox="allow-scripts allow-same-origin allow-presentation"
            className="aspect-video w-full bg-ink"
          />
          <figcaption className="text-sm text-muted">{block.attrs.title}</figcaption>
        </figure>
      );
    }
  }
}

export function ArticleBody({ body, bodyImages }: ArticleBodyProps) {
  return (
    <div className="flex max-w-prose flex-col gap-5 font-serif text-lg leading-relaxed">
      {body.content.map((block, i) => (
        <Block key={i} block={block} images={bodyImages} />
      ))}
    </div>
  );
}
