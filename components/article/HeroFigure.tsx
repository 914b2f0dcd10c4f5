import Image from "next/image";
import type { HeroView } from "@/lib/data/views";

/** The article's main picture with its caption and credit for this use. */
export function HeroFigure({ hero }: { hero: HeroView }) {
  const { image, caption, credit } = hero;
  return (
    <figure className="flex flex-col gap-2">
      <Image
        src={image.src}
        alt={image.alt}
        width={image.width}
        height={image.height}
        sizes="(min-width: 1024px) 768px, 100vw"
        priority
        className="h-auto w-full bg-wash"
      />
      {(caption || credit) && (
        <figcaption className="text-sm text-muted">
          {caption}
          {credit && <span className="ms-1 text-xs uppercase tracking-wide">{credit}</span>}
        </figcaption>
      )}
    </figure>
  );
}
