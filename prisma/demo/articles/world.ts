import { h2, ol, p, quote, ul, youtube } from "../markup";
import type { DemoArticle } from "../types";

// World: Talvassa, the southern archipelago, and the seas between. All people, places and
// organisations named here are invented for Dateline's demo edition.

export const WORLD: DemoArticle[] = [
  {
    section: "world",
    headline: "Talvassa opens its sea lanes to inspectors after a year-long dispute over foreign trawlers",
    slug: "talvassa-opens-sea-lanes-to-inspectors",
    standfirst:
      "The island nation will let observers from five neighbouring states board fishing vessels in its waters, ending a standoff that had kept patrol boats on alert since last winter.",
    tags: ["talvassa", "diplomacy", "fisheries", "oceans"],
    authors: ["meridian-press-agency"],
    dontMiss: true,
    seo: {
      title: "Talvassa lets foreign inspectors board trawlers, ending sea-lane dispute",
      description:
        "After a year of tension over foreign trawlers, Talvassa agrees to joint inspections with five neighbours. What changes for fishing crews and patrols.",
    },
    hero: {
      motif: "fish",
      palette: "sea",
      caption: "Illustration: a trawler working the deep channels north of Talvassa's main island.",
    },
    publishedHoursAgo: 5,
    updatedHoursAgo: 2,
    body: [
      p(`Talvassa's government announced that inspectors from five neighbouring states
        will be allowed to board fishing vessels in its territorial waters, a reversal that
        diplomats described as the most significant step towards calm in the region for years.`),
      p(`The agreement, signed in the capital Port Emmeline after three days of talks, creates joint
        boarding teams of four: two Talvassan officers and two observers from the visiting
        fleets. Each team will be able to check nets, logbooks and freezer holds, and report
        directly to a new regional secretariat.`),
      h2("A standoff that began with one trawler"),
      p(`The dispute started last winter when a factory trawler registered abroad was found with
        nearly twice its permitted catch of blue grenadier. Talvassa's coastguard escorted it into
        port, its owners protested, and within weeks patrol boats from three countries were
        shadowing each other across the fishing grounds.`),
      quote(
        `"Nobody wanted a collision at sea over a hold full of fish," said Aurelio Vantongeren,
        Talvassa's minister for marine affairs. "Inspectors with clipboards are a great deal cheaper
        than gunboats."`,
      ),
      h2("What the deal changes"),
      ul(
        `**Joint boarding:** every inspection team includes observers from outside Talvassa, so
          no crew can claim it was singled out.`,
        `**Shared data:** satellite tracking of every licensed vessel will be pooled and
          published with a delay of seventy-two hours.`,
        `**A cooling-off rule:** any seizure must be reviewed by the secretariat within ten days
          before fines are imposed.`,
      ),
      p(`Fishing associations on the main island welcomed the announcement but warned that the
        secretariat will need money and staff to work. "A rule nobody enforces is just a nice
        sentence," said Leona Faraday-Obi, who chairs the Northern Islands Boat Owners' Union.`),
      p(`**Update:** this article now includes reaction from fishing associations and a link to
        [the text of the agreement](https://www.marine.talvassa.example/inspection-agreement),
        published by the marine affairs ministry.`),
    ],
  },
  {
    section: "world",
    headline: "Drought in the Corvenne highlands pushes coffee growers to the brink",
    standfirst:
      "A third dry season in a row has halved harvests on the terraced farms above the Varo valley, and younger growers are leaving for the cities.",
    tags: ["climate", "food", "jobs"],
    authors: ["selma-varga"],
    agencyCredit: "with Meridian Press Agency",
    hero: {
      motif: "mountains",
      palette: "sand",
      caption: "Illustration: the dry terraces of the Corvenne highlands at the end of the harvest.",
    },
    publishedHoursAgo: 30,
    body: [
      p(`On the terraces above the Varo valley, where coffee has been grown for five generations,
        the bushes are brown at the edges and the irrigation channels are dry. Growers in the
        Corvenne highlands say this year's harvest is the smallest anyone can remember.`),
      p(`The regional growers' cooperative estimates that production has fallen by about half in
        three years. Rain that used to arrive in steady weeks now falls in short, violent bursts
        that wash soil off the slopes instead of soaking into it.`),
      h2("Leaving the terraces"),
      p(`In the village of Santa Orla, the primary school has lost a third of its pupils since
        2023 as families move to the lowland cities in search of work. Those who stay are
        planting shade trees and digging small reservoirs, but the investment takes years to pay
        back.`),
      quote(
        `"My grandfather planted these rows. I do not want to be the one who gives them up,"
        said Ramona Estevez, 34, who farms two hectares with her brother. "But the bank does not
        lend against rain that does not come."`,
      ),
      h2("What buyers are doing"),
      p(`Several roasters who buy from the cooperative have agreed to pay a fixed premium for the
        next five harvests, whatever the market price. The cooperative says it will spend the
        money on water storage and on drought-tolerant varieties being tested at the
        agricultural college in Varo.`),
      p(`Agronomists caution that no single measure will be enough. Terraces built for a wetter
        climate may need to be replanted with other crops altogether, and the **transition could
        take a decade**, during which incomes would fall further still.`),
    ],
  },
  {
    section: "world",
    type: "ANALYSIS",
    headline: "Why the Sarrow Strait matters to every container on your street",
    standfirst:
      "A narrow channel between two islands carries a fifth of the world's southbound container traffic. When it closes, shelves empty thousands of kilometres away.",
    tags: ["shipping", "trade", "talvassa"],
    authors: ["priya-castellane"],
    hero: {
      motif: "harbour",
      palette: "storm",
      caption: "Illustration: a container ship waits for clearance at the northern approach to the Sarrow Strait.",
    },
    publishedHoursAgo: 75,
    body: [
      p(`Most people have never heard of the Sarrow Strait, a passage barely nine kilometres wide
        between Talvassa's main island and the volcanic outcrop of Keel Rock. Yet roughly one in
        five containers travelling between the northern ports and the southern ocean passes
        through it.`),
      p(`Last month, a grounded bulk carrier blocked the deep-water lane for four days. The delay
        rippled outwards: ships queued, port slots were missed, and retailers in Halvard and
        beyond found themselves waiting for goods that were sitting at anchor.`),
      h2("A short cut with no alternative"),
      p(`The strait saves a typical vessel about two and a half days compared with the open-ocean
        route around the archipelago. That matters less for the fuel bill than for the timetable:
        container lines run tightly scheduled loops, and one missed slot can throw a service out
        for weeks.`),
      ol(
        `**The channel is shallow.** Only the central lane is deep enough for the largest ships,
          so a single grounding closes it.`,
        `**The weather is fickle.** Winter storms regularly force pilots to suspend crossings at
          night.`,
        `**There is no spare capacity.** The detour around the islands adds traffic to waters with
          few ports for shelter.`,
      ),
      h2("What could change"),
      p(`Talvassa has proposed dredging a second lane, financed by a transit fee. Shipping lines
        are wary of paying more, but several have said privately that a fee would be cheaper than
        another week of disruption. The port authority's
        [feasibility study](https://www.sarrow-authority.example/second-lane) is due next
        spring.`),
      p(`For readers far from the strait, the lesson is simple: the price and availability of
        ordinary goods depend on a handful of narrow places most of us will never see. _When one
        of them closes, everyone waits._`),
    ],
  },
  {
    section: "world",
    headline: "Talvassa and Vessmark sign treaty to share storm-warning data in real time",
    standfirst:
      "Weather services in the two countries will pool buoy and radar readings, giving coastal towns up to six extra hours of warning before severe storms.",
    tags: ["talvassa", "diplomacy", "climate", "vessmark"],
    authors: ["maren-holt"],
    agencyCredit: "with Meridian Press Agency",
    hero: {
      motif: "waves",
      palette: "storm",
      caption: "Illustration: heavy seas off the coast, where new warning buoys will be moored.",
    },
    publishedHoursAgo: 122,
    body: [
      p(`Talvassa and Vessmark have signed a treaty to share storm-warning data in real time, a
        deal that forecasters in both countries say could give coastal communities several more
        hours to prepare for dangerous weather.`),
      p(`Under the agreement, the two national weather services will pool readings from ocean buoys,
        coastal radar and weather balloons, and run a joint model for the seas between them. Each
        country will keep issuing its own warnings, but from the same shared picture.`),
      h2("Six hours that matter"),
      p(`Storms that reach Vessmark's coast in winter often form over warmer water near Talvassa
        days earlier. Until now, Vessmark's forecasters had to wait for those systems to cross
        into range of their own instruments.`),
      quote(
        `"Six hours is the difference between a harbour master moving boats to safety in daylight
        and doing it in the dark," said Ingrid Solvang, director of Vessmark's meteorological
        office. "It is the most practical piece of diplomacy I have seen in my career."`,
      ),
      p(`The treaty also commits both governments to fund eight new deep-water buoys over the next
        three years. Talvassa will host the data centre; Vessmark will train its staff.`),
      h2("Beyond the two countries"),
      p(`Diplomats said other states in the region had asked to join. The text allows new members
        after two years, provided they contribute instruments of their own. A summary is available
        from [Vessmark's foreign ministry](https://www.foreign.vessmark.example/storm-treaty).`),
    ],
  },
  {
    section: "world",
    headline: "Island schools in Talvassa switch to wind and solar power, one roof at a time",
    standfirst:
      "On the outer islands, where diesel arrives by boat, a programme run by parents and teachers has taken eleven schools off the generator.",
    tags: ["talvassa", "energy", "climate"],
    authors: ["meridian-press-agency"],
    hero: {
      motif: "windfarm",
      palette: "dawn",
      caption: "Illustration: small turbines on the ridge above an outer-island school.",
    },
    publishedHoursAgo: 200,
    body: [
      p(`For decades, the lights at the school on Marren Island came on only when the diesel
        generator did. Fuel arrived by boat every fortnight, and when storms delayed the boat,
        lessons ended at noon.`),
      p(`Today the school runs on a small wind turbine, a roof of solar panels and a bank of
        batteries in a converted storeroom. It is one of eleven on Talvassa's outer islands to
        make the switch in the past two years.`),
      h2("Built by the people who use it"),
      p(`The programme was started by a group of parents, several of them electricians who had
        worked on the mainland. They trained teachers and older pupils to maintain the equipment,
        so that a broken inverter no longer means waiting weeks for an engineer.`),
      quote(
        `"The children know where every cable goes," said Tomasina Reyes-Holm, the head teacher.
        "They check the battery levels every morning before assembly. Nobody asked them to."`,
      ),
      h2("The numbers"),
      ul(
        `Eleven schools converted, with four more planned next year.`,
        `Diesel deliveries to those islands down by about two-thirds.`,
        `Each installation paid for itself in just under five years, according to the education
          ministry.`,
      ),
      p(`The government now wants to extend the model to clinics and harbour offices. Islanders
        say the hard part is not the technology but keeping the people who understand it: once
        trained, many of the young technicians are hired away by mainland companies.`),
    ],
  },
  {
    section: "world",
    headline: "Ocean summit in Halvard ends with pledge to pause deep-sea mining for a decade",
    standfirst:
      "Twenty-three governments backed a ten-year moratorium on mining the seabed, though several of the largest shipping nations stayed away from the vote.",
    rubric: "#OCEANWATCH",
    tags: ["oceans", "climate", "diplomacy", "halvard"],
    authors: ["ewan-okafor-lind", "maren-holt"],
    dontMiss: true,
    hero: {
      motif: "waves",
      palette: "noon",
      caption:
        "Illustration: open water beyond the Halvard breakwater, where delegates took a boat tour on the summit's last day.",
    },
    publishedHoursAgo: 150,
    updatedHoursAgo: 141,
    body: [
      p(`A four-day ocean summit in Halvard closed with a pledge by twenty-three
        governments to pause deep-sea mining in international waters for at least ten years, while
        scientists study the seabed ecosystems that mining would disturb.`),
      p(`The declaration is not legally binding, and several of the world's largest shipping and
        mining nations did not attend the final session. But campaigners said it was the broadest
        commitment of its kind so far, and a sign that the debate has shifted.`),
      h2("Why the seabed matters"),
      p(`The deep ocean floor holds nodules rich in metals used in batteries. Companies argue that
        mining them would reduce the need for new mines on land. Marine biologists reply that the
        plains where nodules lie are home to species found nowhere else, many of which have never
        been described.`),
      quote(
        `"We are being asked to trade a place we have barely seen for metals we could recycle,"
        said Dr Anaïs Lemercier of the Brenholt Institute of Marine Science, who addressed the
        closing session. "A decade of looking before we dig is not too much to ask."`,
      ),
      h2("What the pledge says"),
      ol(
        `Signatories will not sponsor mining licences in international waters for ten years.`,
        `They will fund a shared survey of the deep seabed, with results published openly.`,
        `The pause will be reviewed in year eight, on the basis of that survey.`,
      ),
      p(`Halvard's mayor, Celeste Rook, said the city was proud to host the talks and would propose
        making the summit a regular event. The full text of the declaration has been published on
        the [summit website](https://www.oceansummit-halvard.example/declaration).`),
      p(`_This article was updated to include the final list of signatories and comments from the
        closing session._`),
    ],
  },
  {
    section: "world",
    type: "OPINION",
    headline: "The quiet diplomacy of weather forecasts",
    standfirst:
      "Treaties about storms rarely make headlines. They should, because they show how neighbours who disagree about almost everything can still agree on the sky.",
    tags: ["talvassa", "diplomacy", "climate"],
    authors: ["tobias-renn"],
    hero: {
      motif: "birds",
      palette: "storm",
      caption: "Illustration: seabirds riding the wind ahead of an approaching front.",
    },
    publishedHoursAgo: 260,
    body: [
      p(`There is a particular kind of agreement that never makes the evening news. It has no
        dramatic handshake, no midnight deadline, no winners or losers. It is the agreement to
        tell your neighbour what the weather is about to do.`),
      p(`The new storm-data treaty between Talvassa and Vessmark is one of these. It will not
        settle any of the arguments the two governments have had about fishing, shipping or
        tariffs. But it will mean that a harbour master in Saltgrave hears about a storm a few
        hours earlier, and that matters more to her than any communiqué.`),
      h2("Cooperation that survives bad days"),
      p(`Weather services have a long history of working together even when their governments do
        not. Forecasters exchanged observations through wars and diplomatic freezes, because a
        forecast built on half the data is worse for everyone. The habit is old, modest and
        astonishingly durable.`),
      p(`That durability is worth studying. Weather cooperation works because the benefits are
        immediate and shared, because the data is hard to weaponise, and because the people doing
        it are specialists who trust each other's instruments more than they trust politicians.`),
      h2("A model worth copying"),
      p(`I would like to see the same approach applied to other shared risks: river levels,
        wildfire smoke, disease outbreaks among livestock. None of these respects a border, and
        all of them are better handled with **more eyes and fewer secrets**.`),
      p(`Diplomacy is often described as the art of the possible. Weather diplomacy reminds us
        that the possible is sometimes larger than we think, if we start with the things nobody
        can argue about.`),
    ],
  },
  {
    section: "world",
    type: "VIDEO",
    headline: "Video: the last ferry crossing before the Sarrow bridge opens",
    standfirst:
      "For ninety years the Keel Rock ferry carried islanders across the strait. Our video follows its final voyage and the crew who sailed it.",
    tags: ["shipping", "talvassa"],
    authors: ["dateline-newsdesk"],
    hero: {
      motif: "bridge",
      palette: "dusk",
      caption: "Illustration: the new Sarrow bridge at dusk, seen from the ferry's final crossing.",
    },
    publishedHoursAgo: 330,
    body: [
      youtube("Kq3vT8mWz1A", "The last crossing of the Keel Rock ferry"),
      p(`The Keel Rock ferry made its last crossing in the evening, a day before the new road
        bridge over the Sarrow Strait opens to traffic. Several hundred islanders lined the quay
        to wave it off, many of them carrying photographs of relatives who had worked on board.`),
      h2("Ninety years of crossings"),
      p(`The service began with a converted fishing boat that carried twelve passengers and a
        bicycle rack. The current vessel, the _Marisol_, has made the twenty-minute crossing
        about three hundred thousand times since it entered service.`),
      quote(
        `"People think a ferry is a bus on the water. It is not. It is where you meet everyone you
        know, twice a day," said captain Evander Lusk, who has skippered the boat for
        twenty-two years.`,
      ),
      p(`The _Marisol_ will be moored in Port Emmeline and turned into a floating museum. Its crew
        have been offered jobs on the bridge's maintenance team or on other ferry routes.`),
    ],
  },
  {
    section: "world",
    headline: "Volcanic ash grounds flights across the southern archipelago as ferries fill up",
    standfirst:
      "An eruption on uninhabited Brannock Island sent a plume of ash over Talvassa's airports. Ferry operators added extra sailings to carry stranded travellers.",
    tags: ["talvassa", "shipping", "health"],
    authors: ["meridian-press-agency"],
    hero: {
      motif: "mountains",
      palette: "ember",
      caption: "Illustration: the ash plume over Brannock Island at sunset.",
    },
    publishedHoursAgo: 430,
    body: [
      p(`All flights in and out of Talvassa were suspended after a volcano on Brannock
        Island, an uninhabited outcrop eighty kilometres south of the capital, sent a column of
        ash several kilometres into the air.`),
      p(`Aviation authorities said the suspension would last at least forty-eight hours while
        winds carried the plume across the archipelago's two main airports. About six thousand
        passengers were stranded, many of them tourists at the end of the holiday season.`),
      h2("Ferries step in"),
      p(`The national ferry company added nine sailings to its timetable and opened booking lines
        overnight. Queues at Port Emmeline stretched along the seafront by early morning, and
        volunteers handed out water and blankets.`),
      h2("Advice for residents"),
      ul(
        `Keep windows closed when ash is falling and wear a mask outdoors.`,
        `Cover rainwater tanks and check them before use.`,
        `People with asthma or heart conditions should avoid strenuous activity.`,
      ),
      p(`Volcanologists said the eruption appeared to be weakening by the next morning, though
        smaller explosions were still possible. Brannock has erupted four times in the past
        century, most recently eighteen years ago.`),
    ],
  },
  {
    section: "world",
    status: "WITHDRAWN",
    headline: "Talvassa fisheries minister resigns over quota deal, sources say",
    standfirst:
      "Reports that the minister had stepped down over the terms of a quota agreement circulated in Port Emmeline.",
    tags: ["talvassa", "fisheries"],
    authors: ["meridian-press-agency"],
    hero: {
      motif: "fish",
      palette: "storm",
      caption: "Illustration: fishing boats moored in Port Emmeline.",
    },
    publishedHoursAgo: 240,
    withdrawnHoursAgo: 228,
    withdrawnReason:
      "This report has been withdrawn because it was wrong: the minister has not resigned. The agency that supplied it has corrected its own story, and we apologise to readers.",
    body: [
      p(`Talvassa's fisheries minister has resigned over the terms of a quota agreement with
        neighbouring states, according to two sources in the capital who asked not to be named.`),
      h2("Reaction"),
      p(`The ministry declined to comment in the evening. Fishing associations said they would
        wait for an official statement before responding.`),
      p(`Talvassa has been negotiating new quotas with five neighbouring countries since the
        spring, after a year of disputes over foreign trawlers.`),
      p(`More to follow.`),
    ],
  },
];
