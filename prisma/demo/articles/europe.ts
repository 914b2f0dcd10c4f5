import { h2, h3, img, ol, p, quote, ul } from "../markup";
import type { DemoArticle } from "../types";

// Europe: Vessmark's election campaign, rail and the northern seas. All people, parties and
// organisations named here are invented for Dateline's demo edition.

export const EUROPE: DemoArticle[] = [
  {
    section: "europe",
    type: "LIVE",
    headline: "Live: Vessmark's party leaders face off in the final televised debate",
    standfirst:
      "Premier Matthias Orlund, Green Coast leader Ines Kaldera and Rural League chief Torvald Heyne meet for ninety minutes, eleven days before polling day. Follow it as it happens.",
    rubric: "Election 2026",
    tags: ["vessmark", "election-2026", "parliament"],
    authors: ["tobias-renn", "maren-holt"],
    hero: {
      motif: "stage",
      palette: "night",
      caption: "Illustration: studio lights over the debate audience at the Folkhall.",
    },
    publishedHoursAgo: 2,
    updatedHoursAgo: 0.5,
    body: [
      p(`Welcome to our live coverage of the last televised debate of Vessmark's election
        campaign, broadcast from the Folkhall in Halvard. Our Europe editor Tobias Renn is in the
        hall; Maren Holt is following reaction across the city. This page updates as the evening
        goes on.`),
      h2("Key points so far"),
      ul(
        `Orlund defended his harbour tax cut as "a pay rise for every dock town".`,
        `Kaldera said rents, not taxes, were the issue voters raised most often on doorsteps.`,
        `Heyne promised that a Rural League minister would visit every village post office
          within a year.`,
      ),
      h3("Closing statements"),
      p(`Each leader had ninety seconds. Orlund spoke about stability, Kaldera about "a coast
        that our children can afford to live on", and Heyne, unusually, asked viewers to vote at
        all, whoever they chose. The studio audience applauded all three, briefly.`),
      h3("The sharpest exchange"),
      quote(
        `"You have had eight years to build homes, Premier. The cranes in Halvard are lifting
        containers, not roofs."`,
        `"And the containers pay for the roofs, Ms Kaldera. Ask any docker."`,
      ),
      img("folkhall-at-night", "The Folkhall, where the audience began queuing in the afternoon."),
      h3("Before the debate"),
      p(`Several hundred people gathered outside the Folkhall before the broadcast, most of them
        party volunteers with placards. Police said the crowd was good-humoured. The latest
        polls, which we [track here](https://www.dateline-polls.example/vessmark-2026), show the
        three parties within six points of one another.`),
    ],
  },
  {
    section: "europe",
    headline: "Premier Orlund promises a harbour tax cut as the campaign enters its final fortnight",
    standfirst:
      "The Civic Alliance leader says lower port charges will protect jobs in Halvard and Kellby. His rivals call it a gift to shipping companies.",
    rubric: "Election 2026",
    tags: ["vessmark", "election-2026", "halvard", "shipping"],
    authors: ["maren-holt"],
    hero: {
      motif: "harbour",
      palette: "dusk",
      caption: "Illustration: evening at the Halvard container terminal, where the premier launched his pledge.",
    },
    publishedHoursAgo: 20,
    updatedHoursAgo: 16,
    body: [
      p(`Premier Matthias Orlund has promised to cut the levy paid by ships using Vessmark's ports
        by a quarter if his Civic Alliance is re-elected, making the pledge the centrepiece of
        his campaign with two weeks left before the vote.`),
      p(`Speaking on the quay at the Halvard container terminal, surrounded by dockworkers in
        high-visibility jackets, Orlund said the cut would keep shipping lines from moving their
        business to cheaper ports along the coast.`),
      quote(
        `"Every ship that sails past Halvard to save a few thousand in fees takes work with it,"
        he said. "I want those ships here, and I want the people who unload them paid well."`,
      ),
      h2("Who pays?"),
      p(`The harbour levy raised about 310 million crowns last year, most of which was spent on
        dredging the Oster estuary and maintaining the breakwater. The Civic Alliance says the
        shortfall would be covered by higher volumes. Independent economists are sceptical.`),
      p(`Green Coast's Ines Kaldera called the plan "a tax cut for ship owners, paid for by
        everyone who crosses a bridge the state can no longer afford to repair". The Rural League
        said it would study the costings before taking a position.`),
      h2("What the dockworkers say"),
      p(`On the quay, opinions were divided. Some workers welcomed anything that might bring more
        ships; others said they would rather see the money spent on training for the automated
        cranes that are changing their jobs. _"A cheaper port is only good if there's still a
        job in it for me,"_ said one crane operator.`),
      p(`**Update:** the Civic Alliance has since published its
        [full costings](https://www.civic-alliance.vessmark.example/harbour-levy), which assume
        a six per cent rise in port traffic over four years.`),
    ],
  },
  {
    section: "europe",
    type: "ANALYSIS",
    headline: "Green Coast's surge: what the polls can and cannot tell us",
    standfirst:
      "A party that won eleven seats four years ago is now polling level with the government. Our data reporter looks at the numbers behind the headlines.",
    rubric: "Election 2026",
    tags: ["vessmark", "election-2026", "parliament", "housing"],
    authors: ["selma-varga"],
    hero: {
      motif: "chart",
      palette: "forest",
      caption: "Illustration: a rising line across the campaign's opinion polls.",
    },
    publishedHoursAgo: 60,
    body: [
      p(`Four years ago Green Coast was a protest party with eleven seats in the Folkhall and a
        leader few voters could name. Today, Ines Kaldera's party is polling at around 29 per
        cent, within touching distance of the governing Civic Alliance.`),
      p(`That is a remarkable change, and it deserves a careful reading. Polls are snapshots, not
        forecasts, and this campaign has three features that make them harder to read than usual.`),
      h2("Three reasons for caution"),
      ol(
        `**Undecided voters are unusually numerous.** About one in five respondents still say
          they do not know how they will vote, and they lean older and rural.`,
        `**Turnout is uncertain.** Green Coast's gains are concentrated among voters under
          thirty-five, who have historically been less likely to vote.`,
        `**The seat maths is lumpy.** Vessmark's regional lists mean a party can gain votes in
          Halvard without winning extra seats there.`,
      ),
      h2("What is driving the rise"),
      p(`The clearest pattern in the polling is housing. Among voters who name rents as their top
        concern, Green Coast leads comfortably; among those who name jobs or taxes, the Civic
        Alliance does. That tells us the campaign is, to a large extent, a contest over which
        issue voters think matters most.`),
      p(`The Rural League, meanwhile, has held steady at around 18 per cent, which would likely
        make it the kingmaker. Its leader, Torvald Heyne, has so far refused to say which of the
        two larger parties he would support in a coalition.`),
      quote(
        `A good rule for reading any single poll: look at the trend across several, and treat
        any change of less than three points as noise.`,
      ),
      p(`We publish every poll we use, with its sample size and dates, in our
        [poll tracker](https://www.dateline-polls.example/vessmark-2026).`),
    ],
  },
  {
    section: "europe",
    headline: "Rural League sets out plan to reopen forty village post offices",
    standfirst:
      "Torvald Heyne's party says post offices should double as banks, clinics and council desks in villages that have lost all three.",
    rubric: "Election 2026",
    tags: ["vessmark", "election-2026", "jobs"],
    authors: ["tobias-renn"],
    hero: {
      motif: "river",
      palette: "moss",
      caption:
        "Illustration: farmland along the upper Oster, where several villages have lost their last public counter.",
    },
    publishedHoursAgo: 170,
    body: [
      p(`The Rural League has promised to reopen forty village post offices within four years,
        turning each into what it calls a "village counter" where residents could also see a
        nurse, withdraw cash and deal with the council.`),
      p(`Launching the plan in Vardenmoor, party leader Torvald Heyne said rural Vessmark had been
        "closed one counter at a time" over two decades, and that the cost of reopening was small
        next to the cost of isolation.`),
      h2("What a village counter would offer"),
      ul(
        `Post and parcel collection six days a week.`,
        `A cash machine and basic banking, run with the state savings bank.`,
        `A weekly nurse clinic and a monthly council surgery.`,
      ),
      p(`The League puts the cost at 48 million crowns a year. Critics note that many of the
        closed branches lost money because fewer people used them, and ask whether adding
        services will bring customers back.`),
      h2("A kingmaker's shopping list"),
      p(`With the two larger parties close in the polls, the Rural League is likely to decide who
        governs. Heyne has said the village counters are one of three conditions for his support,
        alongside a rural bus guarantee and protection for small abattoirs.`),
      quote(
        `"I am not asking for palaces. I am asking for a door that opens in the morning, with a
        person behind it," Heyne told supporters.`,
      ),
    ],
  },
  {
    section: "europe",
    headline: "Night train linking Halvard with Hamburg and Copenhagen returns after eleven years",
    slug: "halvard-night-train-returns",
    standfirst:
      "The overnight service, cancelled in 2015, will run three times a week from December with sleeping cars, a dining car and space for bicycles.",
    tags: ["rail", "halvard"],
    authors: ["tobias-renn"],
    dontMiss: true,
    seo: {
      title: "Halvard night train to Hamburg and Copenhagen returns in December",
      description:
        "Sleeping cars are back: the overnight service from Halvard resumes three nights a week. Fares, times and what it is like on board.",
    },
    previously: { slug: "night-train-returns-after-eleven-years" },
    hero: {
      motif: "rail",
      palette: "dusk",
      caption: "Illustration: the main line south of Halvard at dusk.",
    },
    publishedHoursAgo: 300,
    body: [
      p(`A night train between Halvard, Hamburg and Copenhagen will run again from December,
        eleven years after the last service was withdrawn for lack of passengers.`),
      p(`The new train, operated by the state railway with two partners, will leave Halvard
        Central at 21:40 three evenings a week and arrive in Hamburg shortly after seven the next
        morning, with through carriages to Copenhagen.`),
      img("night-train-platform", "The line out of Halvard Central, where the night train will leave at 21:40."),
      h2("What is on board"),
      ul(
        `Sleeping cars with two- and four-berth compartments, each with a washbasin.`,
        `Reclining seats for travellers on a budget.`,
        `A dining car serving dinner until midnight and breakfast from six.`,
        `Space for eight bicycles, bookable in advance.`,
      ),
      h2("Why now?"),
      p(`Rail officials said demand for overnight travel had grown sharply as more travellers look
        for alternatives to short flights. Refurbished sleeping cars bought from another operator
        kept the cost down; new ones would have taken years to build.`),
      quote(
        `"The last night train failed because it was slow, old and badly timed. This one leaves
        after dinner and arrives before work," said the railway's director of long-distance
        services, Henrike Osei-Brandt.`,
      ),
      p(`Fares start at 59 euros for a seat and 129 euros for a berth. Tickets go on sale next
        month through the [railway's booking site](https://www.vessmark-rail.example/night-train).`),
    ],
  },
  {
    section: "europe",
    headline: "Cross-border rail pass to cover twelve countries from the spring",
    standfirst:
      "A single monthly ticket will be valid on regional trains across twelve northern European states, in a trial designed to lure commuters out of cars.",
    tags: ["rail", "diplomacy"],
    authors: ["meridian-press-agency"],
    hero: {
      motif: "rail",
      palette: "ice",
      caption: "Illustration: a snowy stretch of track near a border crossing.",
    },
    publishedHoursAgo: 480,
    body: [
      p(`Transport ministers from twelve northern European states have agreed to launch a single
        monthly rail pass valid on regional and local trains in all of them, starting with a
        two-year trial in the spring.`),
      p(`The pass will cost the equivalent of 79 euros a month and will not cover high-speed or
        overnight services. Each country will keep the fare revenue from trips on its own network,
        with a shared fund to balance out cross-border journeys.`),
      h2("Who benefits"),
      p(`Officials expect the biggest gains in border regions, where commuters often cross into a
        neighbouring country every day and currently need two or three tickets to do so. Students
        and seasonal workers are also expected to use it.`),
      ul(
        `Valid on regional, suburban and local trains in all twelve states.`,
        `Sold online and at staffed stations, with a discounted version for under-26s.`,
        `Not valid on high-speed, sleeper or airport express services.`,
      ),
      h2("The sceptics"),
      p(`Some rail operators warned that popular routes could become overcrowded, and asked
        governments to pay for extra carriages. Ministers said they would publish passenger
        numbers every quarter and review the scheme after a year.`),
    ],
  },
  {
    section: "europe",
    headline: "Northern Waters Council agrees deep cut in cod quotas after scientists' warning",
    standfirst:
      "Member states will reduce the permitted catch by a third next year, the largest cut in two decades, to give depleted stocks a chance to recover.",
    tags: ["fisheries", "oceans", "diplomacy"],
    authors: ["ewan-okafor-lind"],
    agencyCredit: "with Meridian Press Agency",
    hero: {
      motif: "fish",
      palette: "sea",
      caption: "Illustration: a shoal of cod beneath a trawler in the northern fishing grounds.",
    },
    publishedHoursAgo: 560,
    body: [
      p(`The Northern Waters Council, which sets fishing limits for twelve coastal states, has
        agreed to cut next year's cod quota by a third, after its scientific committee warned
        that spawning stocks had fallen to their lowest level since records began.`),
      p(`The decision came after two days of negotiations in which several delegations argued for
        a smaller reduction. In the end, ministers accepted the scientists' central
        recommendation, while agreeing to review it in six months.`),
      h2("What the scientists found"),
      p(`Surveys last winter found far fewer young cod than expected, which researchers link to
        warmer water pushing the fish's food further north. Without a cut, the committee said,
        the stock could fall below the point at which it can replace itself.`),
      quote(
        `"A smaller catch now is the price of having any catch at all in ten years," said Dr
        Halvor Ekdahl, who chairs the committee. "We do not make this recommendation lightly."`,
      ),
      h2("Help for fishing towns"),
      p(`Ministers agreed a compensation fund for crews and processing plants, financed by member
        states in proportion to their previous quotas. Fishing organisations said the money was
        welcome but would not replace lost seasons at sea.`),
      p(`The committee's [full assessment](https://www.northern-waters.example/cod-assessment)
        has been published alongside the decision.`),
    ],
  },
  {
    section: "europe",
    type: "OPINION",
    headline: "This election is being fought over the price of bread",
    standfirst:
      "Forget the grand speeches about ports and bridges. Vessmark's voters are thinking about the weekly shop, and the party that understands that will win.",
    rubric: "Election 2026",
    tags: ["vessmark", "election-2026", "food"],
    authors: ["tobias-renn"],
    hero: {
      motif: "market",
      palette: "sand",
      caption: "Illustration: stalls at a Saturday market in Kellby.",
    },
    publishedHoursAgo: 96,
    body: [
      p(`Walk through any market in Vessmark this month and you will hear the same conversation.
        It is not about harbour levies or coalition arithmetic. It is about how much a loaf of
        bread costs now, compared with two years ago.`),
      p(`Food prices have risen faster than wages for most of this parliament. Official figures
        say the increase has slowed, but a slower rise is still a rise, and voters notice the
        total, not the rate.`),
      h2("The parties have noticed, slowly"),
      p(`Each party now has a food policy. The Civic Alliance promises lower energy costs for
        bakeries and dairies. Green Coast wants to cap the margins of the largest supermarket
        chains. The Rural League would pay farmers more directly and cut out middlemen.`),
      p(`All three plans have merits and weaknesses. What is striking is how late they arrived,
        and how little time the leaders spend talking about them compared with the grand projects
        they prefer.`),
      h2("A modest suggestion"),
      p(`I would like each leader to spend one Saturday morning behind a market stall before
        polling day. Not for the photographs, but to listen. They would learn more about this
        election in three hours than in three weeks of rallies.`),
      p(`_The campaign's final week will decide whether any of them is listening._`),
    ],
  },
];
