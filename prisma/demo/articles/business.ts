import { h2, img, ol, p, quote, ul } from "../markup";
import type { DemoArticle } from "../types";

// Business: the port, energy, prices and the companies along the Oster. All companies and
// people named here are invented for Dateline's demo edition.

export const BUSINESS: DemoArticle[] = [
  {
    section: "business",
    headline: "Halvard Container Terminal posts record volumes as the Sarrow route reopens",
    standfirst:
      "The terminal handled more containers last month than in any month in its history, as ships delayed by the strait's closure arrived in a rush.",
    rubric: "Market Watch",
    tags: ["halvard", "shipping", "trade", "markets"],
    authors: ["priya-castellane", "meridian-press-agency"],
    hero: {
      motif: "harbour",
      palette: "noon",
      caption: "Illustration: container cranes at work on the terminal's north quay.",
    },
    publishedHoursAgo: 9,
    updatedHoursAgo: 4,
    body: [
      p(`Halvard Container Terminal handled the equivalent of 212,000 standard containers last
        month, the most in its forty-year history, as vessels held up by the closure of the
        Sarrow Strait arrived within days of one another.`),
      p(`The terminal's operator said crews had worked extra shifts for three weeks to clear the
        backlog, and that average waiting times for ships had returned to normal by the end of
        the month.`),
      h2("A surge, not a trend"),
      p(`Analysts cautioned against reading too much into a single month. Much of the increase
        was cargo that would have arrived earlier had the strait been open; underlying volumes
        are up about four per cent on last year, in line with the wider region.`),
      quote(
        `"Think of it as a traffic jam clearing, not a new motorway opening," said Benedikt
        Aaland, a shipping analyst at Kestrel Securities.`,
      ),
      h2("What it means for the city"),
      ul(
        `Overtime payments to dockworkers reached their highest level since the terminal was
          automated in part three years ago.`,
        `Road freight out of the port rose by a similar amount, with queues on the estuary
          bypass at peak times.`,
        `The terminal's share price rose 3.2 per cent on the day the figures were published.`,
      ),
      p(`**Update:** the port authority has confirmed that next year's harbour levy will be set
        after the election, so that a new government can take a view. Its
        [monthly statistics](https://www.halvard-port.example/statistics) are published on the
        first working day of each month.`),
    ],
  },
  {
    section: "business",
    headline: "Kellby Steelworks will switch its furnace to hydrogen by 2029",
    slug: "kellby-steelworks-hydrogen-furnace-2029",
    standfirst:
      "The upriver plant, the largest employer in Kellby, will spend 1.4 billion crowns on a furnace that runs on hydrogen made from Oster hydropower.",
    tags: ["energy", "jobs", "oster-river"],
    authors: ["priya-castellane"],
    previously: { slug: "kellby-steel-plant-to-go-green", section: "science" },
    hero: {
      motif: "skyline",
      palette: "ember",
      caption: "Illustration: the furnace halls of Kellby at night.",
    },
    publishedHoursAgo: 190,
    body: [
      p(`Kellby Steelworks will replace its coal-fired blast furnace with one that runs on
        hydrogen by 2029, the company said, in a project that would cut the town's carbon
        emissions by more than half.`),
      p(`The 1.4 billion crown plan depends on a new electrolysis plant beside the Lessing Falls
        hydroelectric station, fifteen kilometres upriver, which will split water into hydrogen
        and oxygen using electricity from the dam.`),
      h2("Jobs on the line"),
      p(`The steelworks employs about 2,300 people directly and supports several thousand more in
        haulage and maintenance. Unions welcomed the commitment to keep steelmaking in Kellby but
        asked for guarantees that no jobs would be lost during the changeover.`),
      quote(
        `"Our members have heard promises about green steel for ten years. This is the first one
        with a date and a budget attached," said Annika Brask of the metalworkers' union.`,
      ),
      h2("The risks"),
      ol(
        `Hydrogen made from electricity remains more expensive than coal, and the plan assumes
          a state subsidy for the first five years.`,
        `The electrolysis plant would be one of the largest of its kind, and delays elsewhere
          have been common.`,
        `Steel prices are volatile; a downturn could strain the company's finances mid-project.`,
      ),
      p(`The company expects to take a final investment decision next spring, once the subsidy
        terms are agreed. _This article first appeared in our Science section and has moved to
        Business._`),
    ],
  },
  {
    section: "business",
    headline: "Ostervale Energy's floating wind farm delivers its first power to the grid",
    standfirst:
      "Six turbines moored in deep water off Saltgrave are now supplying electricity, a milestone for a technology that could open vast areas of sea to wind power.",
    tags: ["energy", "climate", "oceans"],
    authors: ["priya-castellane"],
    dontMiss: true,
    seo: {
      title: "First power from Ostervale's floating wind farm off Saltgrave",
      description:
        "Six floating turbines moored in deep water are now feeding the grid. How floating wind works, what it costs and what comes next.",
    },
    hero: {
      motif: "windfarm",
      palette: "storm",
      caption: "Illustration: floating turbines twenty kilometres off Saltgrave.",
    },
    publishedHoursAgo: 220,
    body: [
      p(`The first floating wind farm in Vessmark's waters began supplying electricity to the
        grid this week, after six turbines were towed into position twenty kilometres off the
        fishing village of Saltgrave and connected to an undersea cable.`),
      p(`Unlike conventional offshore turbines, which stand on foundations driven into the
        seabed, floating turbines sit on buoyant platforms held in place by mooring lines. That
        allows them to be placed in water too deep for fixed foundations.`),
      h2("Why floating matters"),
      p(`Much of the world's strongest and steadiest wind blows over deep water. Engineers say
        floating designs could multiply the area available for offshore wind several times over,
        although costs are still higher than for fixed turbines.`),
      ul(
        `Installed capacity: 90 megawatts, enough for about 80,000 homes.`,
        `Water depth at the site: between 140 and 180 metres.`,
        `Turbines were assembled in Halvard harbour and towed out in calm weather.`,
      ),
      h2("Fishing and wildlife"),
      p(`Saltgrave's fishing association negotiated corridors between the turbines so that boats
        can pass, and a share of the project's revenue will go to a community fund. Researchers
        from Brenholt will monitor seabirds and marine mammals around the site for five years.`),
      quote(
        `"We were sceptical. We are still watching. But they listened about the corridors," said
        Jorun Halloway, who has fished these waters for thirty years.`,
      ),
      p(`Ostervale Energy says it hopes to build a second, larger floating farm further offshore
        by the early 2030s, subject to permits. Its [project page](https://www.ostervale-energy.example/saltgrave-floating)
        has details of the monitoring programme.`),
    ],
  },
  {
    section: "business",
    headline: "Bank of Vessmark holds interest rates, warns that food prices are proving 'sticky'",
    standfirst:
      "The central bank kept its main rate at 3.25 per cent and said it would wait for clearer signs that inflation in the shops is easing.",
    rubric: "Market Watch",
    tags: ["markets", "vessmark", "food"],
    authors: ["selma-varga"],
    agencyCredit: "with Meridian Press Agency",
    hero: {
      motif: "chart",
      palette: "ember",
      caption: "Illustration: a chart of consumer prices over the past two years.",
    },
    publishedHoursAgo: 44,
    body: [
      p(`The Bank of Vessmark left its main interest rate unchanged at 3.25 per cent, saying that
        while overall inflation had fallen, the prices of food and household services were
        coming down more slowly than it had hoped.`),
      p(`The decision was expected by most economists. Markets had priced in a small chance of a
        cut, and the crown weakened slightly after the announcement.`),
      h2("Why food prices lag"),
      p(`Governor Elsa Marchetti said that higher wages in processing and distribution, along with
        last year's poor harvests, were keeping food prices elevated even as energy costs fell.
        She said the bank expected food inflation to ease gradually over the coming year.`),
      quote(
        `"Households feel prices at the checkout, not in our charts. We will not declare victory
        until they feel the difference," Marchetti told reporters.`,
      ),
      h2("What it means for you"),
      ul(
        `Variable-rate mortgage payments will stay where they are for now.`,
        `Savings rates at most banks are likely to remain above three per cent.`,
        `The bank's next decision is due in six weeks, after the general election.`,
      ),
      p(`The bank's [monetary policy report](https://www.bank.vessmark.example/policy-report) sets
        out its forecasts in full.`),
    ],
  },
  {
    section: "business",
    headline: "Brightwater Ferries orders six electric vessels for the Oster estuary",
    standfirst:
      "The operator says battery ferries charged from the quay will replace its diesel fleet by 2030 and cut crossing noise for riverside residents.",
    tags: ["halvard", "shipping", "energy", "oster-river"],
    authors: ["priya-castellane"],
    hero: {
      motif: "waves",
      palette: "dawn",
      caption: "Illustration: a ferry heading out across the estuary at first light.",
    },
    publishedHoursAgo: 350,
    body: [
      p(`Brightwater Ferries, which runs the crossings between Halvard and the southern bank of the
        Oster estuary, has ordered six battery-electric vessels in a deal worth 190 million
        crowns, the largest in the company's history.`),
      p(`The new ferries will charge from high-power connectors at each quay during the few
        minutes passengers take to get on and off. Each crossing takes about twelve minutes,
        well within the range of the batteries.`),
      img("estuary-ferry-route", "The estuary crossing, made about forty times a day."),
      h2("Quieter crossings"),
      p(`Residents along the waterfront have long complained about engine noise from ferries
        that run from five in the morning until after midnight. The electric vessels are expected
        to be far quieter, and will produce no exhaust at the quay.`),
      ul(
        `Six vessels, each carrying up to 300 passengers and 40 cars.`,
        `First delivery in 2028, the last by 2030.`,
        `Charging equipment to be paid for jointly with the port authority.`,
      ),
      h2("Built nearby"),
      p(`The hulls will be built at a yard in Kellby, giving work to about 400 people for three
        years. Brightwater's chief executive, Margit Oyelowo-Strand, said choosing a local
        shipbuilder had cost slightly more but would make maintenance easier for decades.`),
    ],
  },
  {
    section: "business",
    headline: "Dockworkers and Halvard port owners strike a deal over automated cranes",
    standfirst:
      "After four months of talks and two one-day strikes, the union has accepted automation on the north quay in exchange for retraining and a no-layoffs pledge.",
    tags: ["halvard", "shipping", "jobs", "technology"],
    authors: ["maren-holt"],
    hero: {
      motif: "harbour",
      palette: "storm",
      caption: "Illustration: the north quay, where remote-controlled cranes will be installed.",
    },
    publishedHoursAgo: 100,
    updatedHoursAgo: 92,
    body: [
      p(`Dockworkers in Halvard have accepted a deal that allows the port's owners to install
        remotely operated cranes on the north quay, ending a dispute that led to two one-day
        strikes this year.`),
      p(`Under the agreement, no permanent employee will be made redundant because of automation
        for at least six years. Crane operators will be retrained to run the new machines from a
        control room, and the union will have a seat on a committee overseeing the changeover.`),
      h2("What each side gave up"),
      ol(
        `The union accepted automation on the north quay, which it had opposed outright.`,
        `The owners dropped plans to automate the south quay before 2030.`,
        `Both sides agreed to an independent review of safety after the first year.`,
      ),
      quote(
        `"Nobody gets everything in a deal like this. What we got is time, and a say," said
        union representative Dorota Aksnes. "Time is what our younger members needed most."`,
      ),
      h2("A wider debate"),
      p(`Ports around the world are automating, often after bitter disputes. Labour economists
        said Halvard's agreement was unusual in giving workers a formal role in deciding how the
        technology is introduced, rather than only negotiating its consequences.`),
      p(`_Updated with the result of the union ballot, in which 71 per cent of members voted to
        accept the deal._`),
    ],
  },
  {
    section: "business",
    type: "ANALYSIS",
    headline: "Halvard's housing squeeze, explained in five numbers",
    standfirst:
      "Rents in the capital have risen by a third in five years. The figures show who is paying, where, and why new building has not kept up.",
    tags: ["housing", "halvard", "markets"],
    authors: ["selma-varga"],
    hero: {
      motif: "skyline",
      palette: "dusk",
      caption: "Illustration: apartment blocks along the Halvard waterfront.",
    },
    publishedHoursAgo: 400,
    body: [
      p(`Housing has become the defining issue of life in Halvard. Ask anyone under forty in the
        city about their plans and the conversation soon turns to rent. We looked at the figures
        behind the frustration.`),
      h2("The five numbers"),
      ol(
        `**34 per cent:** the rise in average rents for a two-room flat since 2021, against a
          wage rise of about 19 per cent.`,
        `**41 per cent:** the share of net income that a typical tenant under thirty now spends
          on rent.`,
        `**2,100:** homes completed in the city last year, roughly half the number the council
          says it needs.`,
        `**4 days:** the median time a new rental listing stays online before it is taken, down
          from three weeks in 2021.`,
        `**1 in 6:** the share of flats in the old town let as short-term holiday rentals.`,
      ),
      h2("Why building has lagged"),
      p(`Developers point to the cost of building on reclaimed land near the water, where
        foundations are expensive. Planners point to a shortage of sites elsewhere. Both are right,
        and neither explains the whole gap: construction costs rose sharply after 2022, and several
        large projects were paused.`),
      p(`Some of the fastest rent rises are in districts that were affordable a decade ago, such as
        Nordhavn and the streets behind the old customs house. Long-time residents there say they
        are being priced out by newcomers who in turn were priced out of the centre.`),
      p(`Our sources for these figures, including the council's housing survey and the national
        statistics office, are listed [on our methodology page](https://www.dateline-data.example/halvard-housing).`),
    ],
  },
  {
    section: "business",
    headline: "Saltgrave Seafoods expands as mussel farming takes off along the coast",
    standfirst:
      "The family firm will double its processing plant and hire sixty people, betting that farmed shellfish can replace some of the catch lost to quota cuts.",
    tags: ["fisheries", "food", "jobs"],
    authors: ["priya-castellane"],
    hero: {
      motif: "fish",
      palette: "dawn",
      caption: "Illustration: mussel lines strung beneath the water off Saltgrave.",
    },
    publishedHoursAgo: 610,
    body: [
      p(`Saltgrave Seafoods, a family business that has processed fish in the village for three
        generations, will double the size of its plant and hire sixty people as it shifts
        towards farmed mussels.`),
      p(`The company buys from eighteen small farms that grow mussels on ropes hung from floating
        lines in sheltered bays. Production has tripled in five years, and demand from
        restaurants and supermarkets has kept pace.`),
      h2("A crop that cleans the water"),
      p(`Mussels feed by filtering plankton from seawater, and do not need feeding themselves.
        Marine scientists say well-managed farms can improve water clarity, although they warn
        that very dense farms can strain local ecosystems.`),
      quote(
        `"My grandfather would laugh at me for farming instead of fishing. Then he would ask
        for seconds," said managing director Ylva Saltgrave-Berg.`,
      ),
      h2("Not a replacement for fishing"),
      p(`Fishing organisations welcome the jobs but say mussel farming cannot replace the income
        lost to lower cod quotas. A mussel farm employs a handful of people; a fishing fleet
        supports boatyards, net makers and fuel suppliers as well.`),
    ],
  },
  {
    section: "business",
    headline: "Tidewright Robotics raises funds to build hull-cleaning drones",
    standfirst:
      "The Halvard start-up's underwater robots scrub barnacles off ships in port, cutting fuel use and the spread of invasive species.",
    tags: ["technology", "shipping", "oceans"],
    authors: ["priya-castellane"],
    hero: {
      motif: "circuit",
      palette: "sea",
      caption: "Illustration: the control network of an underwater cleaning drone.",
    },
    publishedHoursAgo: 700,
    body: [
      p(`Tidewright Robotics, a start-up founded by three engineers from the Brenholt Institute,
        has raised 85 million crowns from investors to build more of its underwater hull-cleaning
        drones.`),
      p(`The robots attach to a ship's hull while it is moored, crawling across the surface and
        brushing off the algae and barnacles that build up at sea. A clean hull slips through the
        water more easily, which can cut fuel consumption by several per cent.`),
      h2("Catching what comes off"),
      p(`Conventional hull cleaning often releases organisms into the harbour, where some can
        become invasive. Tidewright's drones capture the debris with a suction system and pump it
        to a filter on the quay, which the company says is the key to winning port permits.`),
      ul(
        `Eleven drones in service in Halvard and two other ports.`,
        `A typical container ship cleaned in about six hours.`,
        `The new funds will pay for a factory producing forty drones a year.`,
      ),
      p(`Chief executive Rasmus Okonkwo-Dahl said the company would focus on northern European
        ports first, where cold water makes divers' work slow and hazardous.`),
    ],
  },
];
