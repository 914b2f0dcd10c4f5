import { realpathSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import cliProgress from "cli-progress";
import { createDb, type Db } from "@/lib/db";
import { env } from "@/lib/env";
import type { Prisma } from "@/lib/generated/sqlite/client";
import type { BodyBlock, BodyDocument } from "@/lib/richtext/document";
import { datePathFor, slugify } from "@/lib/urls";
import { randomFrom } from "@/prisma/demo/images";
import { DEMO_EDITION, seedDemo } from "@/prisma/seed";

// Grows the `en` edition to N published articles for benchmarks:
//   tsx scripts/seed-archive.ts --articles 100000
// Generated stories reuse the demo's sections, tags, authors and pictures, and are dated over
// the three years before the oldest non-archive article, so the demo front page is unchanged.

export const ARCHIVE_REVISION_NOTE = "Generated archive";
const DEFAULT_TARGET = 100_000;
const YEAR = 365 * 24 * 3_600_000;
const HOUR = 3_600_000;

// --- word lists ----------------------------------------------------------------------------

const PLACES = [
  "Halvard",
  "Kellby",
  "Vardenmoor",
  "Lessing Falls",
  "Saltgrave",
  "Brenholt",
  "Port Emmeline",
  "Nordhavn",
  "the Oster valley",
  "Marren Island",
  "Keel Rock",
  "Amberstrand",
  "Tollbridge",
  "Greywater",
  "Elmshaven",
  "Skarra",
];
const PEOPLE = [
  "Ingrid Solvang",
  "Aurelio Vantongeren",
  "Hanne Vestergaard",
  "Benedikt Aaland",
  "Dorota Aksnes",
  "Oskar Lindevall",
  "Leona Faraday-Obi",
  "Rasmus Okonkwo-Dahl",
  "Elin Sandberg-Ade",
  "Magnus Tollefsen",
  "Ylva Berg",
  "Teodor Blomqvist",
  "Annika Brask",
  "Henrik Alsaker",
  "Maja Ruud",
  "Jorun Halloway",
  "Edvard Nyman",
  "Lotte Hemmings",
];
const ROLES = [
  "a spokesperson for the council",
  "the project's director",
  "a local resident",
  "an economist at Kestrel Securities",
  "the union's regional secretary",
  "a researcher at the University of Brenholt",
  "the harbour master",
  "a member of the Folkhall's transport committee",
  "the chair of the residents' association",
  "a senior official",
];
const NUMBERS = [
  "two",
  "three",
  "four",
  "five",
  "six",
  "eight",
  "ten",
  "twelve",
  "fifteen",
  "twenty",
  "forty",
  "a hundred",
];

interface SectionWords {
  tags: readonly string[];
  headlines: readonly string[];
  /** Subjects agree in number with the section's predicates. */
  subjects: readonly string[];
  predicates: readonly string[];
}

/** Words per section: a headline is a template filled with a subject, a predicate and a place.
 * A subject opens the headline or follows a colon, so its capital letter always fits. */
const WORDS: Record<string, SectionWords> = {
  world: {
    tags: ["talvassa", "diplomacy", "climate", "oceans", "fisheries", "shipping", "health", "food"],
    headlines: ["{subject} {predicate}", "{place}: {subject} {predicate}", "{subject} {predicate} after long talks"],
    subjects: [
      "Island leaders",
      "Coastal states",
      "Aid agencies",
      "Fishing nations",
      "Envoys from {n} countries",
      "Talvassa's ministers",
      "Regional governments",
      "Ocean scientists",
    ],
    predicates: [
      "agree on a new storm-warning network",
      "reject limits on deep-water trawling",
      "sign a shared ferry agreement",
      "call for emergency food supplies",
      "back a ban on seabed mining",
      "delay a vote on fishing quotas",
      "launch a volcano monitoring plan",
      "review the rules for ships in the strait",
      "open talks on a water-sharing treaty",
      "pledge aid after {n} days of storms",
      "warn of a long dry season",
    ],
  },
  europe: {
    tags: ["vessmark", "election-2026", "parliament", "rail", "diplomacy", "housing", "jobs", "food"],
    headlines: ["{subject} {predicate}", "{subject} {predicate} in {place}", "Election: {subject} {predicate}"],
    subjects: [
      "MPs in the Folkhall",
      "Civic Alliance leaders",
      "Green Coast campaigners",
      "Rural League candidates",
      "Transport ministers",
      "Regional governors",
      "Twelve governments",
      "Party leaders",
    ],
    predicates: [
      "unveil a cap on rents",
      "vote down a reform of local taxes",
      "promise cheaper night trains",
      "postpone a decision on port charges",
      "back a new border rail pass",
      "defend village bus guarantees",
      "scrap plans for longer school holidays",
      "approve a pension increase",
      "clash over housing targets",
      "call for a recount",
      "agree a plan for {n} new ferry routes",
    ],
  },
  business: {
    tags: ["markets", "shipping", "energy", "jobs", "trade", "technology", "housing", "food", "halvard"],
    headlines: ["{subject} {predicate}", "{subject} {predicate} near {place}", "Shares move as {subject} {predicate}"],
    subjects: [
      "Halvard Container Terminal",
      "Kellby Steelworks",
      "Ostervale Energy",
      "Brightwater Ferries",
      "Saltgrave Seafoods",
      "Tidewright Robotics",
      "Lumen Grid",
      "Pellmark Foods",
      "Amberline Logistics",
      "Northlight Insurance",
    ],
    predicates: [
      "plans {n} hundred new jobs",
      "opens a new warehouse",
      "cuts prices for the winter",
      "doubles output at its riverside plant",
      "sells its ferry division",
      "pauses work on a battery factory",
      "expands its training centre for apprentices",
      "announces an electric delivery fleet",
      "adds a second shift",
      "reports record profits",
      "warns of higher costs",
    ],
  },
  science: {
    tags: ["space", "technology", "oceans", "climate", "wildlife", "health", "archaeology", "oster-river"],
    headlines: ["{subject} {predicate}", "Study: {subject} {predicate}", "{subject} {predicate} near {place}"],
    subjects: [
      "Brenholt researchers",
      "Marine biologists",
      "Astronomers",
      "A university team",
      "Hospital doctors",
      "Volunteer divers",
      "Archaeologists",
      "Climate scientists",
    ],
    predicates: [
      "discover a new species of shrimp",
      "map the seabed's carbon stores",
      "trial a cheaper blood test",
      "track a faint asteroid",
      "uncover a Bronze Age jetty",
      "measure rising river temperatures",
      "model the spread of sea ice",
      "record the songs of humpback whales",
      "photograph a rare deep-sea octopus",
      "find microplastics in mountain snow",
    ],
  },
  culture: {
    tags: ["music", "film", "books", "art", "architecture", "halvard", "food"],
    headlines: ["{subject} {predicate}", "{subject} {predicate} in {place}", "Review: {subject} {predicate}"],
    subjects: [
      "The Opera House",
      "The Lantern Choir",
      "The Maritime Museum",
      "A young novelist",
      "The Oster Film Festival",
      "The Tidehouse library",
      "A touring theatre company",
      "The city orchestra",
    ],
    predicates: [
      "stages a forgotten opera",
      "celebrates a season of silent films",
      "restores a harbour mural",
      "publishes letters from a lighthouse",
      "opens an exhibition of ship models",
      "launches a festival of new writing",
      "plans a concert on the quay",
      "unveils a map of the old town",
      "wins a national award",
      "sells out {n} nights in a row",
    ],
  },
  sport: {
    tags: ["football", "cycling", "sailing", "athletics", "halvard", "vessmark", "oster-river"],
    headlines: ["{subject} {predicate}", "{subject} {predicate} in {place}", "Late drama: {subject} {predicate}"],
    subjects: [
      "Halvard Mariners",
      "Kellby Forge",
      "The national relay team",
      "Brenholt University rowers",
      "The Saltgrave sailing crew",
      "Amberstrand Athletic",
      "The women's football squad",
      "Tollbridge Rovers",
    ],
    predicates: [
      "win the cup semi-final",
      "lose their place in the final",
      "draw the estuary derby",
      "clinch the league title",
      "set a record time",
      "take the coastal regatta",
      "lead after the mountain stage",
      "miss out on promotion",
      "seal a European qualifier spot",
      "sign a new captain",
      "come back from {n} goals down",
    ],
  },
};

const SENTENCES = [
  "{person}, {role}, said the decision had been expected for some time.",
  "Officials in {place} said the plan would be reviewed again within {n} months.",
  "Residents of {place} have been invited to comment before the consultation closes.",
  "Figures published this week show a change of about {n} per cent over the past year.",
  "The proposal still needs the approval of the Folkhall's finance committee.",
  "Critics argue that the cost has been underestimated and that the timetable is too ambitious.",
  "Supporters say the change is overdue and will be felt first in smaller towns such as {place}.",
  "\u201cWe have waited long enough for this,\u201d said {person}, {role}.",
  "\u201cIt is a good start, but only a start,\u201d {person} told Dateline.",
  "Similar schemes elsewhere have had mixed results, according to researchers.",
  "The first stage is due to begin in {place} early next year.",
  "Nobody was available to comment from the company on the record.",
  "Local businesses in {place} reported a busy few days as news spread.",
  "The announcement came after {n} weeks of negotiations behind closed doors.",
  "Previous attempts to settle the question ended without agreement.",
  "A full report is expected to be published before the end of the year.",
  "The weather, as so often on this coast, played its part.",
  "{person} described the mood as cautious but hopeful.",
  "For many families in {place}, the details matter more than the headlines.",
  "Independent experts said the numbers looked plausible but would need checking.",
  "Opposition members called for a public hearing before any final vote.",
  "The money will come partly from the state and partly from private investors.",
  "Volunteers have already signed up to help, organisers said.",
  "Several questions remain unanswered, including who will pay for maintenance.",
];
const SUBHEADINGS = [
  "What happens next",
  "The background",
  "Reaction",
  "Why it matters",
  "The numbers",
  "What people are saying",
  "A long road",
];

// --- generation ----------------------------------------------------------------------------

type Rng = () => number;
const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)] as T;

function fill(rng: Rng, template: string, words: SectionWords): string {
  return template.replace(/\{(\w+)\}/g, (_, slot: string) => {
    switch (slot) {
      case "subject":
        return fill(rng, pick(rng, words.subjects), words);
      case "predicate":
        return fill(rng, pick(rng, words.predicates), words);
      case "place":
        return pick(rng, PLACES);
      case "person":
        return pick(rng, PEOPLE);
      case "role":
        return pick(rng, ROLES);
      case "n":
        return pick(rng, NUMBERS);
      default:
        return slot;
    }
  });
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const text = (value: string) => [{ type: "text" as const, text: value }];

function paragraph(rng: Rng, words: SectionWords): BodyBlock {
  const count = 2 + Math.floor(rng() * 3);
  const sentences = Array.from({ length: count }, () => capitalise(fill(rng, pick(rng, SENTENCES), words)));
  return { type: "paragraph", content: text(sentences.join(" ")) };
}

function bodyFor(rng: Rng, words: SectionWords, lead: string): BodyDocument {
  const content: BodyBlock[] = [{ type: "paragraph", content: text(lead) }, paragraph(rng, words)];
  content.push({ type: "heading", attrs: { level: 2 }, content: text(pick(rng, SUBHEADINGS)) });
  content.push(paragraph(rng, words));
  if (rng() < 0.3) {
    const items = Array.from({ length: 3 }, () => ({
      type: "listItem" as const,
      content: [{ type: "paragraph" as const, content: text(capitalise(fill(rng, pick(rng, SENTENCES), words))) }],
    }));
    content.push({ type: rng() < 0.5 ? "bulletList" : "orderedList", content: items });
  } else if (rng() < 0.4) {
    content.push({
      type: "blockquote",
      content: [{ type: "paragraph", content: text(fill(rng, SENTENCES[7] ?? "", words)) }],
    });
  }
  content.push(paragraph(rng, words));
  return { type: "doc", content };
}

/** Distinct items from `pool`, in random order. */
function sample<T>(rng: Rng, pool: readonly T[], count: number): T[] {
  const copy = [...pool];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy.slice(0, Math.min(count, copy.length));
}

interface Catalogue {
  sections: { id: number; slug: string }[];
  tagIds: Map<string, number>;
  allTagIds: number[];
  authorIds: number[];
  heroes: { id: number; caption: string; credit: string }[];
}

interface Generated {
  row: Prisma.ArticleCreateManyInput;
  tagIds: number[];
  authorIds: number[];
  snapshot: Prisma.InputJsonValue;
}

function generate(n: number, catalogue: Catalogue, window: { from: number; to: number }, timeZone: string): Generated {
  const rng = randomFrom(`archive:${n}`);
  const section = pick(rng, catalogue.sections);
  const words = WORDS[section.slug] ?? WORDS.world!;
  const headline = capitalise(fill(rng, pick(rng, words.headlines), words));
  const standfirst = capitalise(fill(rng, pick(rng, SENTENCES), words));
  const body = bodyFor(rng, words, standfirst);
  const headlineSlug = slugify(headline);
  const slug = `${headlineSlug.length <= 60 ? headlineSlug : headlineSlug.slice(0, headlineSlug.lastIndexOf("-", 60))}-${n}`;

  const sectionTags = words.tags.flatMap((t) => catalogue.tagIds.get(t) ?? []);
  const tagIds = sample(rng, sectionTags.length >= 2 ? sectionTags : catalogue.allTagIds, 2 + Math.floor(rng() * 3));
  const authorIds = sample(rng, catalogue.authorIds, rng() < 0.15 ? 2 : 1);
  const hero = catalogue.heroes.length > 0 ? pick(rng, catalogue.heroes) : null;

  const firstPublishedAt = new Date(Math.floor(window.from + rng() * (window.to - window.from)));
  const lastUpdatedAt =
    rng() < 0.1 ? new Date(firstPublishedAt.getTime() + Math.ceil(rng() * 6) * HOUR) : firstPublishedAt;
  const roll = rng();
  const type = roll < 0.05 ? "ANALYSIS" : roll < 0.08 ? "OPINION" : "STORY";
  const editable = {
    slug,
    sectionId: section.id,
    headline,
    standfirst,
    rubric: "",
    body,
    type,
    heroMediaId: hero?.id ?? null,
    heroCaption: hero?.caption ?? "",
    heroCredit: hero?.credit ?? "",
    seoTitle: "",
    seoDescription: "",
    agencyCredit: "",
    dontMiss: false,
    excludeFromNews: false,
  } as const;
  return {
    row: {
      ...editable,
      editionCode: DEMO_EDITION.code,
      datePath: datePathFor(firstPublishedAt, timeZone),
      status: "PUBLISHED",
      firstPublishedAt,
      lastUpdatedAt,
      version: 1,
      createdAt: new Date(firstPublishedAt.getTime() - 45 * 60_000),
      updatedAt: lastUpdatedAt,
    },
    tagIds,
    authorIds,
    snapshot: { ...editable, publishAt: null, tagIds, authorIds },
  };
}

// --- loading -------------------------------------------------------------------------------

export interface ArchiveOptions {
  /** Published articles the edition should hold afterwards. */
  target: number;
  mediaDir: string;
  batchSize?: number;
  now?: Date;
  log?: (msg: string) => void;
  /** Shows a progress bar on stderr. */
  progress?: boolean;
}

export interface ArchiveResult {
  created: number;
  /** Published articles in the edition afterwards. */
  published: number;
}

async function loadCatalogue(db: Db): Promise<Catalogue> {
  const ed = DEMO_EDITION.code;
  const [sections, tags, authors, heroes] = await Promise.all([
    db.section.findMany({ where: { editionCode: ed }, select: { id: true, slug: true }, orderBy: { position: "asc" } }),
    db.tag.findMany({ where: { editionCode: ed }, select: { id: true, slug: true } }),
    db.author.findMany({ select: { id: true }, orderBy: { id: "asc" } }),
    db.media.findMany({
      where: { width: { gt: 1000 }, portraitOf: { none: {} } },
      select: { id: true, caption: true, credit: true },
      orderBy: { id: "asc" },
    }),
  ]);
  if (sections.length === 0 || tags.length < 2 || authors.length === 0) {
    throw new Error(`The "${ed}" edition needs sections, tags and authors before an archive can grow.`);
  }
  return {
    sections,
    tagIds: new Map(tags.map((t) => [t.slug, t.id])),
    allTagIds: tags.map((t) => t.id),
    authorIds: authors.map((a) => a.id),
    heroes,
  };
}

/** The newest moment archive articles may take: just before the oldest article not made here. */
async function archiveCeiling(db: Db, now: Date): Promise<number> {
  const oldest = await db.article.findFirst({
    where: {
      editionCode: DEMO_EDITION.code,
      firstPublishedAt: { not: null },
      revisions: { none: { note: ARCHIVE_REVISION_NOTE } },
    },
    orderBy: { firstPublishedAt: "asc" },
    select: { firstPublishedAt: true },
  });
  return (oldest?.firstPublishedAt ?? now).getTime() - HOUR;
}

export async function seedArchive(db: Db, opts: ArchiveOptions): Promise<ArchiveResult> {
  const log = opts.log ?? (() => undefined);
  const now = opts.now ?? new Date();
  const batchSize = opts.batchSize ?? 1000;
  const ed = DEMO_EDITION.code;

  await seedDemo(db, { mediaDir: opts.mediaDir, now, log });
  const edition = await db.edition.findUniqueOrThrow({ where: { code: ed }, select: { timeZone: true } });
  const published = await db.article.count({ where: { editionCode: ed, status: "PUBLISHED" } });
  const wanted = opts.target - published;
  if (wanted <= 0) return { created: 0, published };

  const catalogue = await loadCatalogue(db);
  const to = await archiveCeiling(db, now);
  const window = { from: to - 3 * YEAR, to };
  // Numbers after the highest id keep slugs unique across runs.
  const { _max } = await db.article.aggregate({ _max: { id: true } });
  const firstNumber = (_max.id ?? 0) + 1;

  const bar = opts.progress
    ? new cliProgress.SingleBar(
        {
          format: "Archive |{bar}| {value}/{total} articles | {rate}/s | ETA {eta_formatted}",
          hideCursor: true,
          stream: process.stderr,
          // Without these the bar prints nothing when stderr is not a terminal (CI logs, `> file`).
          noTTYOutput: true,
          notTTYSchedule: 10_000,
        },
        cliProgress.Presets.shades_classic,
      )
    : null;
  bar?.start(wanted, 0, { rate: 0 });
  const started = Date.now();
  let created = 0;
  while (created < wanted) {
    const size = Math.min(batchSize, wanted - created);
    const batch = Array.from({ length: size }, (_, i) =>
      generate(firstNumber + created + i, catalogue, window, edition.timeZone),
    );
    await db.$transaction(
      async (tx) => {
        const rows = await tx.article.createManyAndReturn({
          data: batch.map((a) => a.row),
          select: { id: true, slug: true },
        });
        // Matched by slug: RETURNING promises no order.
        const idBySlug = new Map(rows.map((r) => [r.slug, r.id]));
        const links = batch.map((a) => {
          const id = idBySlug.get(a.row.slug);
          if (id === undefined) throw new Error(`Archive article ${a.row.slug} was not created`);
          return { ...a, id };
        });
        const publishedAt = (a: Generated) => a.row.firstPublishedAt as Date;
        await tx.articleTag.createMany({
          data: links.flatMap((a) =>
            a.tagIds.map((tagId, position) => ({ articleId: a.id, tagId, position, publishedAt: publishedAt(a) })),
          ),
        });
        await tx.articleAuthor.createMany({
          data: links.flatMap((a) =>
            a.authorIds.map((authorId, position) => ({
              articleId: a.id,
              authorId,
              position,
              publishedAt: publishedAt(a),
            })),
          ),
        });
        await tx.articleRevision.createMany({
          data: links.map((a) => ({
            articleId: a.id,
            version: 1,
            snapshot: a.snapshot,
            note: ARCHIVE_REVISION_NOTE,
            createdAt: a.row.updatedAt as Date,
          })),
        });
      },
      { maxWait: 10_000, timeout: 120_000 },
    );
    created += size;
    bar?.update(created, { rate: Math.round(created / ((Date.now() - started) / 1000 || 1)) });
  }
  bar?.stop();
  const total = await db.article.count({ where: { editionCode: ed, status: "PUBLISHED" } });
  log(`Created ${created} archive articles in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  return { created, published: total };
}

function readTarget(): number {
  const { values } = parseArgs({ options: { articles: { type: "string" } } });
  const raw = values.articles ?? String(DEFAULT_TARGET);
  const target = Number(raw);
  if (!/^\d+$/.test(raw) || !Number.isSafeInteger(target) || target < 1) {
    throw new Error(`--articles must be a positive whole number, not "${raw}"`);
  }
  return target;
}

function isRunDirectly(): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return import.meta.url === pathToFileURL(realpathSync(script)).href;
  } catch {
    return false;
  }
}

if (isRunDirectly()) {
  const db = createDb(env.DATABASE_URL);
  Promise.resolve()
    .then(() =>
      seedArchive(db, {
        target: readTarget(),
        mediaDir: env.MEDIA_DIR,
        log: (msg) => console.log(msg),
        progress: true,
      }),
    )
    .then((result) => console.log(`The "${DEMO_EDITION.code}" edition now has ${result.published} published articles.`))
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    })
    .finally(() => db.$disconnect());
}
