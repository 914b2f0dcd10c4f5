import { h2, img, ol, p, quote, ul } from "../markup";
import type { DemoArticle } from "../types";

// Sport: the Mariners, the Tour of the Oster, the regatta and the track. All clubs, athletes and
// events named here are invented for Dateline's demo edition.

export const SPORT: DemoArticle[] = [
  {
    section: "sport",
    headline: "Halvard Mariners snatch a stoppage-time winner in the estuary derby",
    standfirst:
      "Teenage substitute Jonah Vikström scored with the last kick to beat Kellby Forge 2-1 and lift the Mariners into the top four.",
    tags: ["football", "halvard"],
    authors: ["kit-abernathy"],
    hero: {
      motif: "stadium",
      palette: "night",
      caption: "Illustration: the floodlit pitch at Quayside Park on derby night.",
    },
    publishedHoursAgo: 14,
    updatedHoursAgo: 12,
    body: [
      p(`Jonah Vikström had been on the pitch for four minutes when the ball dropped to him on the
        edge of the area in the fourth minute of stoppage time. The seventeen-year-old hit it
        first time, low and hard, and Quayside Park erupted as it skidded into the corner.`),
      p(`The goal gave Halvard Mariners a 2-1 win over Kellby Forge in the estuary derby and lifted
        them into the top four for the first time this season. It also ended a run of three
        derbies without a win.`),
      h2("How the match unfolded"),
      ol(
        `Forge led early through a header from their captain, Ruben Castell, after eleven minutes.`,
        `The Mariners dominated possession but struggled to create chances until the break.`,
        `Defender Sofia Marlowe-Eze equalised from a corner just after the hour.`,
        `Vikström came on in the 88th minute and scored with almost his first touch.`,
      ),
      quote(
        `"I told him to go on and enjoy it. I did not tell him to win the derby, but I will take
        it," said Mariners manager Henrik Alsaker.`,
      ),
      h2("What it means"),
      p(`The win puts the Mariners two points clear of fifth place with a game in hand. Forge,
        whose own ground is still being repaired after the floods, remain in the bottom half.`),
      p(`_Updated with the managers' post-match comments and the league table._`),
    ],
  },
  {
    section: "sport",
    headline: "Mariners goalkeeper Ada Brennholm signs a new four-year contract",
    standfirst:
      "The 21-year-old, who came through the club's academy, has turned down interest from abroad to stay at Quayside Park.",
    tags: ["football", "halvard"],
    authors: ["kit-abernathy"],
    hero: {
      motif: "stadium",
      palette: "dusk",
      caption: "Illustration: Quayside Park at dusk before an evening kick-off.",
    },
    publishedHoursAgo: 110,
    body: [
      p(`Halvard Mariners have tied their first-choice goalkeeper, Ada Brennholm, to a new
        four-year contract, fending off interest from several clubs abroad.`),
      p(`Brennholm joined the Mariners' academy at nine and made her first-team debut at
        eighteen. She has kept eleven clean sheets this season, the most in the league, and was
        called up to the national squad for the first time in the spring.`),
      h2("Why she stayed"),
      quote(
        `"I grew up watching this team from the north stand with my dad. There will be a time to
        think about other places, but not yet," Brennholm said.`,
      ),
      p(`The club did not disclose the terms, but said the contract includes a release clause
        for a move abroad. Manager Henrik Alsaker called the signing "the best news of the
        season, including the derby".`),
      h2("A season in numbers"),
      ul(
        `Eleven clean sheets in twenty league matches.`,
        `Two penalties saved, both in away games.`,
        `Voted the club's player of the month twice.`,
      ),
    ],
  },
  {
    section: "sport",
    headline: "Flooded out: Kellby Forge will play their home games in Halvard until the spring",
    standfirst:
      "Water from the Oster damaged the pitch, changing rooms and floodlights at the Foundry Ground. Repairs will take at least four months.",
    tags: ["football", "flooding", "oster-river"],
    authors: ["kit-abernathy"],
    hero: {
      motif: "flood",
      palette: "storm",
      caption: "Illustration: flood water around houses near the Foundry Ground in Kellby.",
    },
    publishedHoursAgo: 250,
    body: [
      p(`Kellby Forge will play their home matches at Quayside Park in Halvard, the ground of
        their derby rivals, after floods left the Foundry Ground unusable until at least the
        spring.`),
      p(`The River Oster burst its banks after three days of heavy rain, sending water up to a
        metre deep across the pitch. The changing rooms, the club shop and the electrics for the
        floodlights were all damaged.`),
      h2("An awkward arrangement"),
      p(`Sharing a ground with the Mariners was not the club's first choice. Forge supporters
        will sit in the away end for home games, and the club has laid on free buses from Kellby
        for every match.`),
      quote(
        `"It is not ideal to play your home games in the enemy's house. But football is about
        the community, and our community needs us playing," said Forge chair Lotte Hemmings.`,
      ),
      h2("How to help"),
      ul(
        `The club is collecting donations to replace kit lost in the flood.`,
        `Volunteers are needed at weekends to help clear the stands.`,
        `Season ticket holders will receive a partial refund for the disrupted months.`,
      ),
      p(`The club's [flood recovery page](https://www.kellbyforge.example/flood) has updates on
        the repairs.`),
    ],
  },
  {
    section: "sport",
    headline: "Mariners open an academy for girls, with a coach in every school in the city",
    standfirst:
      "The programme will put a qualified coach in each of Halvard's forty primary schools and run free sessions on weekends.",
    tags: ["football", "halvard"],
    authors: ["kit-abernathy"],
    hero: {
      motif: "stadium",
      palette: "noon",
      caption: "Illustration: a training pitch on a bright morning.",
    },
    publishedHoursAgo: 500,
    body: [
      p(`Halvard Mariners have launched a football academy for girls that will place a qualified
        coach in every primary school in the city and run free weekend sessions at the club's
        training ground.`),
      p(`The club says the programme, funded jointly with the city council and a local energy
        company, is the largest of its kind in Vessmark. It aims to reach two thousand girls in
        its first year.`),
      h2("Why now"),
      p(`Interest in women's football has grown sharply since the national team reached its first
        major semi-final. But club officials say many girls stop playing around the age of
        eleven, often because there is no team nearby or no coach.`),
      quote(
        `"Every time I visit a school, someone asks where they can play. We should have a better
        answer than 'somewhere else'," said academy director Maria Udeh-Lund.`,
      ),
      h2("What is on offer"),
      ul(
        `Weekly sessions in school time, led by club coaches.`,
        `Free weekend training at the club, with boots and kit provided.`,
        `A pathway into the Mariners' under-12 and under-14 teams.`,
      ),
    ],
  },
  {
    section: "sport",
    headline: "Tour of the Oster: stage four ends in a chaotic sprint on the cobbles of Kellby",
    standfirst:
      "Local rider Mads Elkjær held off the favourites on the uphill cobbled finish, after a crash split the bunch in the final kilometre.",
    rubric: "Tour of the Oster",
    tags: ["cycling", "oster-river"],
    authors: ["kit-abernathy"],
    agencyCredit: "with Meridian Press Agency",
    hero: {
      motif: "cycling",
      palette: "dawn",
      caption: "Illustration: riders on the road along the Oster in the morning.",
    },
    publishedHoursAgo: 180,
    body: [
      p(`Mads Elkjær, who grew up two streets from the finish line, won the fourth stage of the
        Tour of the Oster in Kellby after a crash in the final kilometre split the bunch and left
        most of the sprinters stranded.`),
      p(`The 189-kilometre stage followed the river upstream from Halvard, through orchards and
        riverside villages, before finishing on the steep cobbled climb of Smithy Lane in the old
        town.`),
      h2("The finish"),
      p(`About forty riders were still together when the road narrowed under the railway bridge.
        A touch of wheels brought down several riders, and Elkjær, riding near the front, was one
        of only eight who got through cleanly. He attacked on the cobbles and held on by a
        bike's length.`),
      quote(
        `"My grandmother was standing on that corner. I could hear her over everyone else," a
        breathless Elkjær said at the finish.`,
      ),
      h2("Standings after stage four"),
      ol(
        `Dorian Feldt, unchanged at the top of the general classification.`,
        `Mads Elkjær, who moves up to second with the time bonus.`,
        `Piet Hollander, twelve seconds down.`,
      ),
      p(`Stage five takes the race into the hills towards Vardenmoor, with three categorised
        climbs.`),
    ],
  },
  {
    section: "sport",
    headline: "Tour of the Oster: Lisbet Aune takes the lead on the Vardenmoor climb",
    standfirst:
      "The climber attacked five kilometres from the summit and rode alone to the finish, taking over the race lead with two stages left.",
    rubric: "Tour of the Oster",
    tags: ["cycling", "oster-river"],
    authors: ["kit-abernathy"],
    hero: {
      motif: "cycling",
      palette: "forest",
      caption: "Illustration: riders on the wooded climb to Vardenmoor.",
    },
    publishedHoursAgo: 156,
    body: [
      p(`Lisbet Aune won the queen stage of the Tour of the Oster on the climb to Vardenmoor,
        attacking five kilometres from the summit and riding alone through the mist to take the
        overall lead.`),
      p(`The climb, eleven kilometres at an average gradient of seven per cent, has decided the
        race more often than any other. Aune had finished second on it twice before.`),
      h2("How she won"),
      p(`Aune's team set a hard pace from the foot of the climb, dropping most of the sprinters and
        several overall contenders. When the road steepened near the old quarry, she accelerated,
        and nobody could follow.`),
      quote(
        `"Twice I came second here, and twice I thought about it all winter. This winter I will
        sleep better," she said.`,
      ),
      h2("What remains"),
      ul(
        `A rolling stage back down the valley, suited to breakaways.`,
        `A final short circuit race through the streets of Halvard.`,
      ),
      p(`Aune leads by 48 seconds. Barring accidents, the remaining stages are unlikely to change
        the result.`),
    ],
  },
  {
    section: "sport",
    headline: "Halvard regatta: storm delays the start, then a finish nobody will forget",
    standfirst:
      "After a three-hour wait for the wind to drop, the final race was decided by two metres as the leaders crossed the line side by side.",
    tags: ["sailing", "halvard", "oceans"],
    authors: ["kit-abernathy"],
    dontMiss: true,
    hero: {
      motif: "sails",
      palette: "storm",
      caption: "Illustration: dinghies racing under a heavy sky off the breakwater.",
    },
    publishedHoursAgo: 70,
    body: [
      p(`The final day of the Halvard regatta began with a storm, continued with a long wait on
        the breakwater and ended with one of the closest finishes in the event's hundred-year
        history.`),
      p(`Gusts of more than forty knots forced the race officer to postpone the start for three
        hours. Sailors sheltered in the clubhouse, spectators in the cafés along the harbour
        wall. When the wind finally eased, the fleet of sixty dinghies had just enough daylight
        for one race.`),
      img("regatta-fleet", "The fleet waiting for the restart off the breakwater."),
      h2("Side by side"),
      p(`Noor Lindahl and the defending champion, Cas Eriksen, rounded the last mark together and
        raced the final leg a few metres apart. Lindahl's boat crossed the line about two metres
        ahead, a margin confirmed only after the judges checked the finish camera.`),
      quote(`"I did not look at him once on the last leg. If I had, I would have lost," Lindahl said.`),
      h2("Results"),
      ol(
        `Noor Lindahl, Halvard Sailing Club.`,
        `Cas Eriksen, Saltgrave Yacht Club.`,
        `Jette Marrow, Brenholt University.`,
      ),
    ],
  },
  {
    section: "sport",
    headline: "Amara Quist breaks the national 200 metres record in Brenholt",
    standfirst:
      "The 23-year-old sprinter ran 22.31 seconds into a light headwind, taking a tenth of a second off a record that had stood for sixteen years.",
    tags: ["athletics", "vessmark"],
    authors: ["kit-abernathy"],
    hero: {
      motif: "track",
      palette: "noon",
      caption: "Illustration: sprinters coming off the bend of the track.",
    },
    publishedHoursAgo: 340,
    body: [
      p(`Amara Quist broke Vessmark's 200 metres record at the university stadium in Brenholt,
        running 22.31 seconds to take a tenth of a second off the mark set sixteen years ago.`),
      p(`Quist, who trains at the Halvard Athletics Club, ran alone for most of the race after a
        fast start, and crossed the line with her arms raised before the time had even appeared on
        the scoreboard.`),
      h2("A long road to the record"),
      p(`Two years ago, Quist missed an entire season with a hamstring injury and considered giving
        up the sport. She says a change of coach and a new approach to recovery made the
        difference.`),
      quote(
        `"I stopped training like someone trying to prove something and started training like
        someone who wanted to be here in ten years," she said.`,
      ),
      h2("What next"),
      p(`The time puts Quist within reach of the qualifying standard for the major championships
        next summer. Her coach, Edvard Nyman, said she would race sparingly over the winter to
        stay fresh.`),
    ],
  },
  {
    section: "sport",
    headline: "Halvard marathon will send runners across the new Oster bridge",
    standfirst:
      "The revised route, announced for next year's race, crosses the river twice and finishes in front of the Tidehouse library.",
    tags: ["athletics", "halvard", "oster-river"],
    authors: ["dateline-newsdesk"],
    hero: {
      motif: "bridge",
      palette: "dawn",
      caption: "Illustration: the new Oster bridge at sunrise.",
    },
    publishedHoursAgo: 720,
    body: [
      p(`Next year's Halvard marathon will cross the new Oster bridge twice, organisers said, in a
        revised route designed to show off the city's changing waterfront.`),
      p(`The course starts in the old town, follows the north bank to the estuary, crosses the new
        bridge, loops through the southern districts and returns over the bridge for the final
        kilometres. It finishes on the quay in front of the Tidehouse library.`),
      h2("Faster or slower?"),
      p(`The bridge adds two modest climbs, which some runners fear will slow their times.
        Organisers say the new course is otherwise flatter than the old one, which included a
        notoriously steep street in the old town.`),
      ul(
        `Entries open in January, with 12,000 places.`,
        `A half marathon and a children's race run on the same day.`,
        `The bridge will close to traffic for six hours on race morning.`,
      ),
      p(`The full route map is on the [race website](https://www.halvard-marathon.example/route).`),
    ],
  },
  {
    section: "sport",
    headline: "Halvard sailor Noor Lindahl picked for a round-the-world race crew",
    standfirst:
      "Fresh from winning the Halvard regatta, the 26-year-old will spend nine months at sea as a trimmer on one of seven ocean-racing yachts.",
    tags: ["sailing", "oceans"],
    authors: ["kit-abernathy"],
    hero: {
      motif: "waves",
      palette: "sea",
      caption: "Illustration: an ocean swell under a clearing sky.",
    },
    publishedHoursAgo: 60.5,
    body: [
      p(`Noor Lindahl, who won the Halvard regatta in a photo finish earlier this week, has been
        selected as a crew member for a round-the-world yacht race that starts in the autumn.`),
      p(`Lindahl will sail as a trimmer, adjusting the sails to keep the boat at full speed, on one
        of seven identical yachts crossing four oceans in nine months. She will be the first
        sailor from Halvard to take part in the race in more than twenty years.`),
      h2("From dinghies to the open ocean"),
      p(`Lindahl started sailing at eight in the club's small boats, and has spent the past three
        summers delivering yachts across the North Sea to build her experience offshore.`),
      quote(
        `"Dinghy racing teaches you to feel every gust. Ocean racing teaches you to do that for
        nine months without sleeping properly. I am looking forward to one of those things," she
        said.`,
      ),
      h2("The route"),
      ul(
        `Seven legs, from northern Europe to the Southern Ocean and back.`,
        `Stopovers on four continents.`,
        `Crews of ten, with at least three sailors under thirty on each boat.`,
      ),
    ],
  },
];
