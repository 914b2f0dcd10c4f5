import Image from "next/image";
import type { ImageView } from "@/lib/data/views";

interface TeaserImageProps {
  image: ImageView;
  /** The `sizes` attribute: how wide the picture is shown at each viewport width. */
  sizes: string;
  priority?: boolean;
}

/** A teaser's picture, cropped to 16:9 whatever the original's shape. */
export function TeaserImage({ image, sizes, priority }: TeaserImageProps) {
  return (
    <Image
      src={image.src}
      alt={image.alt}
      width={image.width}
      height={image.height}
      sizes={sizes}
      priority={priority}
      className="aspect-video w-full bg-wash object-cover"
    />
  );
}
