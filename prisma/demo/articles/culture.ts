import { h2, img, p, quote, ul } from "../markup";
import type { DemoArticle } from "../types";

// Culture: the library, the festival, the opera house and the people who fill them. All artists,
// works and venues named here are invented for Dateline's demo edition.

export const CULTURE: DemoArticle[] = [
  {
    section: "culture",
    headline: "Halvard's new library, the Tidehouse, opens its doors on the waterfront",
    standfirst:
      "Built on a former coal wharf, the timber-and-glass library has a reading room that hangs over the water and a children's floor shaped like a ship's hold.",
    tags: ["architecture", "books", "halvard"],
    authors: ["lucia-ferreira-moss"],
    dontMiss: true,
    seo: {
      title: "The Tidehouse: inside Halvard's new waterfront library",
      description:
        "A timber library on an old coal wharf, with a reading room over the water. A first look at the Tidehouse, and what it took to build.",
    },
    hero: {
      motif: "skyline",
      palette: "noon",
      caption: "Illustration: the Halvard waterfront, where the Tidehouse now stands on the old coal wharf.",
    },
    publishedHoursAgo: 160,
    updatedHoursAgo: 150,
    body: [
      p(`Halvard's new central library opened to the public this weekend, and by mid-morning the
        queue stretched back along the quay past the ferry terminal. The building, known as the
        Tidehouse, stands on a wharf where coal was unloaded for more than a century.`),
      p(`Designed by the local practice Brekke Amadi Architects, the library is built largely from
        timber, with a glass reading room cantilevered out over the water. At high tide, readers
        sit about two metres above the waves.`),
      img("tidehouse-stacks", "The open stacks on the second floor, where every shelf faces the water."),
      h2("A building for staying in"),
      p(`The architects say they designed for people who stay all day: students, job seekers,
        retired dockworkers reading the newspapers. There are quiet rooms and loud rooms, a café
        with harbour views and, unusually, showers for cyclists and people sleeping rough.`),
      quote(
        `"A library is the last indoor place where nobody asks you to buy anything. We wanted it
        to feel like that was a privilege, not a leftover," said architect Folasade Brekke.`,
      ),
      h2("Inside"),
      ul(
        `About 280,000 books, a third of them on open shelves.`,
        `A children's floor shaped like a ship's hold, with portholes at child height.`,
        `A makerspace with sewing machines, 3D printers and a recording booth.`,
        `Open until ten at night, seven days a week.`,
      ),
      p(`The building came in eight per cent over budget, which drew criticism in the council.
        The city librarian, Hanne Vestergaard, said visitor numbers in the first weeks would show
        whether it was worth it. _Updated with the attendance figures for the opening weekend:
        more than 31,000 visitors._`),
    ],
  },
  {
    section: "culture",
    headline: "The Lantern Choir's new album turns the shipping forecast into songs",
    standfirst:
      "The Halvard folk group set the coastal weather bulletin to music. The result is strange, soothing and, on the third listen, quite moving.",
    tags: ["music", "oceans"],
    authors: ["lucia-ferreira-moss"],
    hero: {
      motif: "stage",
      palette: "berry",
      caption: "Illustration: stage lights and sound levels from the choir's album launch concert.",
    },
    publishedHoursAgo: 26,
    body: [
      p(`There is a long tradition of listening to the coastal weather bulletin as if it were
        poetry: the sea areas read out in order, the wind speeds and visibilities, the calm voice
        at the end of a long day. The Lantern Choir have taken the tradition literally.`),
      p(`Their fourth album, _Sea Areas_, sets fourteen bulletins to music, each sung by the
        group's twelve voices over a bed of accordion, cello and recorded harbour sounds. The
        lyrics are the bulletins themselves, unedited.`),
      h2("Strange at first"),
      p(`On a first listen, hearing "southwest five to seven, occasionally gale eight" sung in
        close harmony is faintly absurd. By the third, something shifts. The repetitions start to
        sound like a prayer for the people out at sea, which is perhaps what they always were.`),
      quote(
        `"Every fishing family on this coast has listened to those bulletins in the kitchen,
        waiting to hear if it was safe," said the choir's director, Magnus Tollefsen. "We wanted
        to honour that waiting."`,
      ),
      h2("Highlights"),
      ul(
        `**"Outer Banks, Falling Slowly"**, the album's quiet opener.`,
        `**"Gale Warning at Midnight"**, sung almost in a whisper.`,
        `**"Fair, Good"**, a closing track that sounds like relief.`,
      ),
      p(`_Sea Areas_ is out now. The choir plays the Halvard Opera House next month, with tickets
        available [from the venue](https://www.halvard-opera.example/lantern-choir).`),
    ],
  },
  {
    section: "culture",
    headline: "Oster Film Festival crowns a documentary about the last lighthouse keepers",
    standfirst:
      "Keepers of the Light, filmed over two winters on a rock off Saltgrave, won the festival's top prize on its closing night.",
    tags: ["film", "oceans"],
    authors: ["lucia-ferreira-moss"],
    hero: {
      motif: "film",
      palette: "night",
      caption: "Illustration: a strip of film crossing the beam of a projector.",
    },
    publishedHoursAgo: 230,
    body: [
      p(`A documentary about the final two keepers of a lighthouse off the Vessmark coast has won
        the Golden Reed, the top prize at this year's Oster Film Festival.`),
      p(`_Keepers of the Light_, directed by Sunniva Arkwright, follows Arne and Kari Lothe through
        the last two winters before their lighthouse was automated. It is mostly silent, with
        long shots of storms, lamp maintenance and two people making supper in a tiny kitchen.`),
      h2("A jury won over by patience"),
      p(`The jury praised the film's "refusal to hurry", and its portrait of a marriage conducted
        largely in gestures. Several critics had predicted that the prize would go to a
        higher-profile drama, and the announcement was greeted with a standing ovation.`),
      quote(
        `"I did not make a film about lighthouses. I made a film about two people who are very
        good at waiting, and who love each other," Arkwright said as she accepted the award.`,
      ),
      h2("Other winners"),
      ul(
        `Best fiction feature: _The Salt Road_, a family drama set in the hills above Vardenmoor.`,
        `Best short: _Night Ferry_, a twelve-minute film shot on a single crossing.`,
        `Audience award: _Forge_, a documentary about Kellby's football club.`,
      ),
    ],
  },
  {
    section: "culture",
    headline: "Novelist Signe Arvola on spending ten years writing about one river",
    standfirst:
      "Her new novel follows the Oster from its source to the sea across three centuries. She talks about floods, fishermen and why she writes by hand.",
    tags: ["books", "oster-river"],
    authors: ["lucia-ferreira-moss"],
    hero: {
      motif: "river",
      palette: "forest",
      caption: "Illustration: the Oster winding through wooded hills below Vardenmoor.",
    },
    publishedHoursAgo: 410,
    body: [
      p(`Signe Arvola first walked the length of the River Oster at the age of nineteen, with a
        rucksack and a borrowed tent. She has been writing about it, in one way or another, ever
        since. Her new novel, _The Long Water_, is the result of a decade's work.`),
      p(`The book follows the river from a spring in the hills above Vardenmoor to the estuary at
        Halvard, moving through time as it moves downstream. A miller's daughter in the 1700s, a
        canal engineer, a flood refugee and a modern ferry pilot each take a stretch of the
        river.`),
      h2("Writing a river"),
      quote(
        `"A river is a perfect structure for a novel. It has a beginning and an end, but the
        water is never the same twice. I wanted the book to move like that: always forward, always
        carrying something from upstream."`,
      ),
      p(`Arvola writes her first drafts by hand, in notebooks she buys from a stationer in
        Kellby. She says the slowness helps. "On a keyboard I write too much. With a pen, I only
        write what I can be bothered to write, which is usually the good part."`),
      h2("The floods"),
      p(`The central section of the book, set during a great flood in the 1880s, was the hardest
        to write. Arvola spent months in the archives in Halvard reading letters and council
        minutes, and says the experience changed how she sees the river today.`),
      p(`_The Long Water_ is published by Estuary Books. Arvola reads from it at the Tidehouse
        library later this month.`),
    ],
  },
  {
    section: "culture",
    headline: "Tomasz Wren's harbour paintings return to Halvard after a century abroad",
    standfirst:
      "Eleven canvases of the old port, sold to a collector in 1924, have been bought back by the Maritime Museum after a public fundraising campaign.",
    tags: ["art", "halvard", "sailing"],
    authors: ["lucia-ferreira-moss"],
    hero: {
      motif: "sails",
      palette: "dusk",
      caption: "Illustration: sailing ships at anchor, in the colours of Wren's evening harbour scenes.",
    },
    publishedHoursAgo: 580,
    body: [
      p(`Eleven paintings of Halvard harbour by Tomasz Wren, the city's best-loved painter, have
        come home. The Maritime Museum bought them from the estate of a private collector abroad,
        after a fundraising campaign that drew donations from more than nine thousand people.`),
      p(`Wren painted the port obsessively between 1890 and 1915: sailing ships at anchor, fish
        markets at dawn, stevedores in the rain. Most of his work stayed in the city, but this
        group was sold in 1924 and had not been exhibited publicly since.`),
      h2("Seeing the old port"),
      p(`For historians, the paintings are also a record. They show warehouses and quays that
        were demolished decades ago, and the busy river traffic of a port that still relied on
        sail. Several include details, such as a long-vanished ropewalk, that appear in no
        photograph.`),
      quote(
        `"People kept stopping in front of them and pointing: that is where my grandmother
        worked, that is where the tram used to turn," said the museum's curator, Elin
        Sandberg-Ade.`,
      ),
      h2("Visiting"),
      ul(
        `The paintings are on show in the museum's east gallery until the end of next year.`,
        `Entry is free on the first Sunday of every month.`,
        `A [digital catalogue](https://www.halvard-maritime.example/wren) has high-resolution images.`,
      ),
    ],
  },
  {
    section: "culture",
    type: "OPINION",
    headline: "The Opera House should open on Mondays, and here is why",
    standfirst:
      "Halvard's grandest stage sits dark one day a week. Opening it, cheaply, to people who never go to the opera would be the best money the city spends.",
    tags: ["music", "halvard"],
    authors: ["maren-holt"],
    hero: {
      motif: "stage",
      palette: "dusk",
      caption: "Illustration: spotlights on the empty stage of the Halvard Opera House.",
    },
    publishedHoursAgo: 315,
    body: [
      p(`Every Monday, the Halvard Opera House is closed. The great hall that cost the city a
        fortune to restore sits empty, its chandeliers dimmed, while the rest of the waterfront
        goes about its business.`),
      p(`I understand why. Performers need rest, and the building needs maintenance. But I think
        the city is missing an opportunity, and it is a cheap one to take.`),
      h2("A modest proposal"),
      p(`Open the doors on Monday evenings for rehearsals, open to anyone, for the price of a
        coffee. Let schoolchildren sit in on a run-through. Let the people who clean the
        building bring their families to hear what they have been dusting around all week.`),
      quote(
        `The most expensive thing about an opera house is the building. Once you have paid for
        it, every empty evening is a waste.`,
      ),
      h2("The objections"),
      p(`The Opera House says open rehearsals would make performers self-conscious and cost money
        in staffing. Both are fair points. But other houses have tried it, and the performers I
        have spoken to say an audience, even a small and unpolished one, helps them more than it
        hinders.`),
      p(`The city has spent a great deal making opera accessible in theory. **Open Mondays would
        make it accessible in practice.** I hope the new season brings it.`),
    ],
  },
  {
    section: "culture",
    headline: "Street food market in the old customs house draws record crowds",
    standfirst:
      "Fifty stalls now fill the restored hall, where builders found medieval cellars beneath the floor during renovation.",
    tags: ["food", "halvard", "architecture", "archaeology"],
    authors: ["maren-holt"],
    hero: {
      motif: "market",
      palette: "dusk",
      caption: "Illustration: striped awnings and strings of lights in the customs house market.",
    },
    publishedHoursAgo: 680,
    body: [
      p(`The old customs house on Halvard's quay, empty for most of the past twenty years, has
        become the city's most popular place to eat. Its street food market drew more than
        40,000 visitors last weekend, a record since it opened in the spring.`),
      p(`About fifty stalls fill the great hall where merchants once paid duty on their cargoes.
        The food reflects the city's mix: smoked fish from Saltgrave, flatbreads, noodle soups,
        dumplings and a stall that sells nothing but cinnamon buns.`),
      h2("What lies beneath"),
      p(`During renovation, builders lifting the floor found vaulted cellars dating from the
        fourteenth century, older than the customs house itself. Archaeologists recorded them,
        and part of the floor has been replaced with glass so diners can look down into them.`),
      quote(
        `"You can eat your dumplings standing on seven hundred years of history. I think that is
        very Halvard," said stallholder Minh Anh Solberg.`,
      ),
      h2("Growing pains"),
      p(`Neighbours have complained about queues and noise late at night, and the council has
        asked the market to close an hour earlier on weekdays. The operators say they will add
        more seating outside and a second entrance on the harbour side.`),
    ],
  },
  {
    section: "culture",
    type: "ANALYSIS",
    headline: "Fifty years of the Oster Film Festival in five films that shaped it",
    standfirst:
      "From a folding-chair screening in a Kellby barn to a festival with international juries, five films tell the story of how the Oster grew up.",
    tags: ["film", "art"],
    authors: ["lucia-ferreira-moss"],
    hero: {
      motif: "film",
      palette: "berry",
      caption: "Illustration: frames of film against a darkened auditorium.",
    },
    publishedHoursAgo: 800,
    body: [
      p(`The Oster Film Festival began in 1976 with twelve films shown in a barn outside Kellby,
        on a borrowed projector, to an audience sitting on hay bales. Fifty editions later, it is
        one of the region's most respected festivals. Five films trace how it got there.`),
      h2("The five films"),
      p(`**_Harvest Light_ (1976).** The festival's first winner, a short film about a farming
        family, was shown twice because the audience asked for it. Its director later said the
        second screening was the best night of his career.`),
      p(`**_Undertow_ (1989).** A thriller set on an oil platform, it was the first film to
        bring international press to the festival, and the first to sell out the new cinema in
        Halvard.`),
      p(`**_Grandmother's Island_ (1998).** A gentle documentary that became an unexpected hit
        on television, and persuaded the national broadcaster to sponsor the festival.`),
      p(`**_The Red Quay_ (2011)** and **_Keepers of the Light_ (2026)** bookend a period in
        which the festival turned towards the sea, the port and the people who work on the
        water, a theme that now defines it.`),
      quote(
        `A festival is not just the films it shows. It is the films it makes possible, by giving
        young directors a first audience.`,
      ),
      p(`The festival's [anniversary archive](https://www.osterfilm.example/fifty-years) includes
        programmes from every edition since 1976.`),
    ],
  },
  {
    section: "culture",
    status: "SCHEDULED",
    headline: "Halvard Opera House unveils its winter season",
    standfirst:
      "A new opera about the 1880s flood, a children's Magic Flute and the return of open rehearsals headline the season.",
    tags: ["music", "halvard"],
    authors: ["lucia-ferreira-moss"],
    hero: {
      motif: "stage",
      palette: "ember",
      caption: "Illustration: stage lights over the Opera House's main hall.",
    },
    createdHoursAgo: 30,
    publishInHours: 72,
    body: [
      p(`The Halvard Opera House has announced a winter season built around a new opera about the
        great Oster flood of the 1880s, commissioned from the composer Idunn Ravensworth.`),
      h2("Open rehearsals"),
      p(`After a campaign by readers and staff, the house will open selected Monday rehearsals to
        the public for a nominal fee, starting in January.`),
      ul(
        `_The Long Water_, a new opera, opens the season.`,
        `A one-hour _Magic Flute_ for children runs on weekend mornings.`,
        `The Lantern Choir return for two nights in February.`,
      ),
      p(`Tickets go on sale to members a week before general sale.`),
    ],
  },
];
