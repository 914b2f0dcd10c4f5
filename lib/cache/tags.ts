// Cache tag names, one place (STYLE 5). Reader data functions attach them where data is read;
// the newsroom invalidates exactly the ones a change touches (lib/cache/affected.ts).
export const tags = {
  edition: (ed: string) => `edition:${ed}`,
  /** Front-page listings and everything that lists "latest" stories of an edition. */
  front: (ed: string) => `front:${ed}`,
  section: (ed: string, slug: string) => `section:${ed}:${slug}`,
  tag: (ed: string, slug: string) => `tag:${ed}:${slug}`,
  author: (slug: string) => `author:${slug}`,
  article: (id: number) => `article:${id}`,
  /** A looked-up public path, so a cached "not found" refreshes when the path appears. */
  path: (path: string) => `path:${path}`,
  dontMiss: (ed: string) => `dont-miss:${ed}`,
  navigation: (ed: string) => `navigation:${ed}`,
  feeds: (ed: string) => `feeds:${ed}`,
  sitemaps: "sitemaps",
  media: (id: number) => `media:${id}`,
} as const;
