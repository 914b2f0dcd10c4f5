// Tags of the `en` edition. Several stories share their first two tags, so "A – B" groups fill.

export interface DemoTag {
  slug: string;
  name: string;
  description: string;
}

export const TAGS = [
  {
    slug: "vessmark",
    name: "Vessmark",
    description: "The small North Sea republic whose capital is the port city of Halvard.",
  },
  {
    slug: "halvard",
    name: "Halvard",
    description: "Life, politics and business in the port city at the mouth of the Oster.",
  },
  {
    slug: "oster-river",
    name: "River Oster",
    description: "The river that links Halvard with Kellby, Vardenmoor and the hill country beyond.",
  },
  {
    slug: "election-2026",
    name: "Election 2026",
    description: "Our coverage of Vessmark's general election campaign, the candidates and the vote.",
  },
  {
    slug: "parliament",
    name: "Parliament",
    description: "Debates, votes and coalitions in the Vessmark parliament, the Folkhall.",
  },
  {
    slug: "climate",
    name: "Climate",
    description: "How a warming world changes coasts, farms, cities and the lives of the people in them.",
  },
  {
    slug: "oceans",
    name: "Oceans",
    description: "Reporting from the sea: currents, creatures, fishing grounds and the people who study them.",
  },
  {
    slug: "fisheries",
    name: "Fisheries",
    description: "Quotas, catches and the future of fishing communities around the northern seas.",
  },
  {
    slug: "shipping",
    name: "Shipping",
    description: "Ports, ferries and the container trade that fills shops and factories.",
  },
  {
    slug: "energy",
    name: "Energy",
    description: "Wind, water, hydrogen and the grid: where power comes from and what it costs.",
  },
  { slug: "trade", name: "Trade", description: "Tariffs, trade deals and the routes goods take between continents." },
  {
    slug: "markets",
    name: "Markets",
    description: "Interest rates, prices and the financial markets, explained for everyone.",
  },
  { slug: "jobs", name: "Jobs", description: "Work, wages and the changing shape of employment." },
  {
    slug: "technology",
    name: "Technology",
    description: "The machines, software and inventions reshaping daily life and industry.",
  },
  { slug: "space", name: "Space", description: "Satellites, telescopes, comets and the people who watch the sky." },
  {
    slug: "health",
    name: "Health",
    description: "Medicine, hospitals, public health and the research behind new treatments.",
  },
  {
    slug: "archaeology",
    name: "Archaeology",
    description: "Finds from the ground and the riverbed, and what they tell us about the past.",
  },
  { slug: "wildlife", name: "Wildlife", description: "Birds, fish, mammals and the habitats they depend on." },
  {
    slug: "rail",
    name: "Rail",
    description: "Trains, tracks and timetables, from commuter lines to night trains across borders.",
  },
  { slug: "housing", name: "Housing", description: "Rents, prices and the homes people can and cannot afford." },
  {
    slug: "talvassa",
    name: "Talvassa",
    description: "The island nation of Talvassa, its politics, its people and its seas.",
  },
  {
    slug: "diplomacy",
    name: "Diplomacy",
    description: "Treaties, summits and the quiet negotiations between governments.",
  },
  {
    slug: "flooding",
    name: "Flooding",
    description: "Floods, flood defences and the communities that live with high water.",
  },
  { slug: "music", name: "Music", description: "Concerts, albums, opera and the musicians who make them." },
  { slug: "film", name: "Film", description: "Cinema, festivals and the people behind the camera." },
  { slug: "books", name: "Books", description: "Novels, poetry, libraries and the writers we read." },
  { slug: "art", name: "Art", description: "Painting, sculpture, museums and exhibitions." },
  {
    slug: "architecture",
    name: "Architecture",
    description: "Buildings, bridges and public spaces, and the debates around them.",
  },
  { slug: "food", name: "Food", description: "What we grow, cook and eat, and what it costs." },
  { slug: "football", name: "Football", description: "Matches, clubs, transfers and the fans who follow them." },
  { slug: "cycling", name: "Cycling", description: "Road racing, the Tour of the Oster and life on two wheels." },
  { slug: "sailing", name: "Sailing", description: "Regattas, crews and the boats that race on open water." },
  {
    slug: "athletics",
    name: "Athletics",
    description: "Track, field and road running, from club meets to championships.",
  },
] as const satisfies readonly DemoTag[];

export type TagSlug = (typeof TAGS)[number]["slug"];
