import type { PortraitSpec } from "./images";

// Bylines: Dateline's reporters, its in-house desk and the (fictional) agency it subscribes to.

export interface DemoAuthor {
  slug: string;
  name: string;
  kind: "PERSON" | "ORGANISATION";
  bio: string;
  portrait: PortraitSpec;
}

export const AUTHORS = [
  {
    slug: "maren-holt",
    name: "Maren Holt",
    kind: "PERSON",
    bio: `Maren Holt is Dateline's chief correspondent in Halvard. She has covered the port, the
      city council and three general elections, and still takes the first ferry of the day
      whenever a story starts on the water.`,
    portrait: { kind: "person", seed: "maren-holt", palette: "dawn", glasses: true },
  },
  {
    slug: "tobias-renn",
    name: "Tobias Renn",
    kind: "PERSON",
    bio: `Tobias Renn is Dateline's Europe editor. Before joining, he spent ten years reporting
      on parliaments and courts, and he writes a weekly column on how laws change ordinary
      lives.`,
    portrait: { kind: "person", seed: "tobias-renn", palette: "storm" },
  },
  {
    slug: "priya-castellane",
    name: "Priya Castellane",
    kind: "PERSON",
    bio: `Priya Castellane covers business and the economy, with a particular eye on shipping,
      energy and the cost of living. She trained as an accountant and reads annual reports
      for pleasure.`,
    portrait: { kind: "person", seed: "priya-castellane", palette: "berry" },
  },
  {
    slug: "ewan-okafor-lind",
    name: "Ewan Okafor-Lind",
    kind: "PERSON",
    bio: `Ewan Okafor-Lind is Dateline's science correspondent. A former marine biologist, he
      writes about the oceans, the climate and space, and has been seasick on four research
      vessels.`,
    portrait: { kind: "person", seed: "ewan-okafor-lind", palette: "sea", glasses: true },
  },
  {
    slug: "lucia-ferreira-moss",
    name: "Lucia Ferreira-Moss",
    kind: "PERSON",
    bio: `Lucia Ferreira-Moss is Dateline's culture editor. She reviews books, film and
      architecture, and hosts the paper's monthly reading evenings at the Tidehouse library.`,
    portrait: { kind: "person", seed: "lucia-ferreira-moss", palette: "sand" },
  },
  {
    slug: "kit-abernathy",
    name: "Kit Abernathy",
    kind: "PERSON",
    bio: `Kit Abernathy is Dateline's sports correspondent. Kit has followed the Halvard Mariners
      home and away for a decade and rides the hardest stage of the Tour of the Oster every
      spring, slowly.`,
    portrait: { kind: "person", seed: "kit-abernathy", palette: "noon" },
  },
  {
    slug: "selma-varga",
    name: "Selma Varga",
    kind: "PERSON",
    bio: `Selma Varga is a data reporter on the Dateline Newsdesk. She builds the charts, checks
      the numbers and turns spreadsheets into stories about housing, energy and elections.`,
    portrait: { kind: "person", seed: "selma-varga", palette: "moss" },
  },
  {
    slug: "dateline-newsdesk",
    name: "Dateline Newsdesk",
    kind: "ORGANISATION",
    bio: `The Dateline Newsdesk is the paper's round-the-clock team of editors and reporters. It
      writes breaking news, runs live coverage and updates stories as they develop.`,
    portrait: { kind: "monogram", palette: "ember" },
  },
  {
    slug: "meridian-press-agency",
    name: "Meridian Press Agency",
    kind: "ORGANISATION",
    bio: `Meridian Press Agency is an international news agency with correspondents in more than
      forty countries. Dateline publishes its reports on world news, marked "Text by Meridian
      Press Agency".`,
    portrait: { kind: "globe", palette: "night" },
  },
] as const satisfies readonly DemoAuthor[];

export type AuthorSlug = (typeof AUTHORS)[number]["slug"];
