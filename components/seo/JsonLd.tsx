import type { Thing, WithContext } from "schema-dts";
import { serializeJsonLd } from "@/lib/seo/json-ld";

/**
 * One `<script type="application/ld+json">` block. The site's only raw-HTML insertion:
 * serializeJsonLd escapes `<`, `>` and `&`, so no text an editor typed can close the element.
 */
export function JsonLd({ data }: { data: WithContext<Thing> }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
