// The `en` edition's sections, in navigation order.

export interface DemoSection {
  slug: string;
  name: string;
  description: string;
}

export const SECTIONS = [
  {
    slug: "world",
    name: "World",
    description: "News and analysis from every continent, with our correspondents on the ground.",
  },
  {
    slug: "europe",
    name: "Europe",
    description: "Politics, elections and everyday life across Europe, from Halvard to the Mediterranean.",
  },
  {
    slug: "business",
    name: "Business",
    description: "Companies, markets, jobs and the money that moves through ports, factories and households.",
  },
  {
    slug: "science",
    name: "Science",
    description: "Discoveries in space, at sea and in the lab, explained by the people who made them.",
  },
  {
    slug: "culture",
    name: "Culture",
    description: "Books, music, film, art and architecture, reviewed and reported with curiosity.",
  },
  {
    slug: "sport",
    name: "Sport",
    description: "Football, cycling, sailing and athletics: results, stories and the people behind them.",
  },
] as const satisfies readonly DemoSection[];

export type SectionSlug = (typeof SECTIONS)[number]["slug"];
