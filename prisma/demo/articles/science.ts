import { h2, img, ol, p, quote, ul, youtube } from "../markup";
import type { DemoArticle } from "../types";

// Science: space, the sea, the river and the lab. All institutions and researchers named here
// are invented for Dateline's demo edition.

export const SCIENCE: DemoArticle[] = [
  {
    section: "science",
    headline: "Brenholt telescope catches a comet in the act of breaking in two",
    standfirst:
      "Astronomers watched the icy nucleus of comet Arvid-Lowe split over three nights, giving a rare view of what holds these ancient objects together.",
    tags: ["space", "technology"],
    authors: ["ewan-okafor-lind"],
    hero: {
      motif: "space",
      palette: "night",
      caption: "Illustration: a comet's tail across a starfield, with a distant ringed planet.",
    },
    publishedHoursAgo: 40,
    updatedHoursAgo: 34,
    body: [
      p(`Astronomers at the Brenholt Observatory have recorded a comet breaking apart, capturing
        the moment its nucleus split into two large fragments and a spray of smaller debris.`),
      p(`Comet Arvid-Lowe, named after the two amateur astronomers who spotted it last year, had
        been brightening unexpectedly as it approached the Sun. Over three clear nights, the
        observatory's 1.8-metre telescope tracked the nucleus as it stretched and then separated.`),
      h2("Why comets break"),
      p(`Comets are loose piles of ice and dust left over from the formation of the solar system.
        As they near the Sun, ice turns to gas and jets out of the surface, which can spin the
        nucleus faster until it flies apart. Catching the process as it happens is rare, because
        most break-ups are only noticed afterwards.`),
      quote(
        `"We expected to measure how fast it was brightening. Instead we watched it come apart in
        real time," said Dr Ingeborg Thale, who led the observations. "It is the astronomical
        equivalent of seeing a glacier calve."`,
      ),
      h2("What happens next"),
      ul(
        `Both main fragments remain visible through a small telescope for the next few weeks.`,
        `Neither poses any risk to Earth: the closest approach is about 90 million kilometres.`,
        `The team has asked observatories elsewhere to keep tracking the pieces.`,
      ),
      p(`_Updated with new images from the third night of observations and a corrected distance
        for the comet's closest approach to Earth._ The observatory's
        [image archive](https://www.brenholt-observatory.example/arvid-lowe) is public.`),
    ],
  },
  {
    section: "science",
    headline: "Vessmark's first satellite reaches orbit on a borrowed rocket",
    standfirst:
      "A shoebox-sized satellite built by students and engineers in Brenholt is circling the Earth, sending back data on sea ice and shipping lanes.",
    tags: ["space", "technology", "vessmark"],
    authors: ["ewan-okafor-lind"],
    dontMiss: true,
    hero: {
      motif: "space",
      palette: "dusk",
      caption: "Illustration: a planet and starfield at the edge of the atmosphere.",
    },
    publishedHoursAgo: 270,
    body: [
      p(`Vessmark has a satellite in orbit for the first time. _Lodestar-1_, a small cube barely
        larger than a shoebox, was carried into space as one of forty passengers on a commercial
        rocket and released about 520 kilometres above the Earth.`),
      p(`The satellite was designed and built over four years by students at the University of
        Brenholt and engineers from two local companies. Its first signals were received at a
        ground station on the university's roof to loud applause from the team.`),
      h2("What it will do"),
      p(`_Lodestar-1_ carries a small camera and a radio receiver that listens for the position
        signals broadcast by ships. Together, they will help researchers map sea ice in the
        northern shipping lanes and track vessels that switch off their transponders.`),
      quote(
        `"A country of our size does not need a space agency to do useful things in space. It
        needs curious students and a good ground station," said Professor Liesel Arnfinsen, the
        project's lead.`,
      ),
      h2("How it was built"),
      ol(
        `Students designed the frame and solar panels in the university workshop.`,
        `A Kellby electronics firm built the flight computer, tested in a vacuum chamber.`,
        `The satellite was shaken and frozen to simulate launch and orbit before it flew.`,
      ),
      p(`The team hopes to launch a second, larger satellite within three years. Data from
        _Lodestar-1_ will be published openly on the
        [project's website](https://www.lodestar.brenholt.example).`),
    ],
  },
  {
    section: "science",
    headline: "Seagrass meadows off Saltgrave store far more carbon than expected",
    standfirst:
      "A three-year survey finds the underwater meadows lock away carbon at twice the rate previously estimated, strengthening the case for protecting them.",
    rubric: "#OCEANWATCH",
    tags: ["oceans", "climate", "wildlife"],
    authors: ["ewan-okafor-lind"],
    hero: {
      motif: "leaves",
      palette: "sea",
      caption: "Illustration: blades of seagrass moving with the current.",
    },
    publishedHoursAgo: 130,
    body: [
      p(`The seagrass meadows in the shallow bays around Saltgrave store carbon in their sediments
        about twice as fast as scientists had assumed, according to a survey by the Brenholt
        Institute of Marine Science.`),
      p(`Divers took more than four hundred sediment cores over three summers, measuring how much
        plant material had been buried and preserved beneath the meadows. Much of it had built up
        over centuries in the cold, oxygen-poor mud.`),
      h2("Small area, large effect"),
      p(`Seagrass covers only a fraction of the seabed, but the survey suggests the meadows around
        Vessmark's coast hold as much carbon as a forest many times their size. They also shelter
        young fish and slow the waves that erode the shoreline.`),
      quote(
        `"We have been walking past one of our best natural carbon stores without noticing it,
        because it is underwater," said Dr Anaïs Lemercier, who led the study.`,
      ),
      h2("Threats to the meadows"),
      ul(
        `Anchors and moorings that tear up the plants in popular bays.`,
        `Run-off from farms that clouds the water and blocks sunlight.`,
        `Warmer summers, which stress the plants and encourage disease.`,
      ),
      p(`The institute has asked the government to designate the largest meadows as protected
        areas and to fund eco-friendly moorings for leisure boats.`),
    ],
  },
  {
    section: "science",
    headline: "Microplastics found in the Oster's deepest pools, study says",
    standfirst:
      "Researchers found plastic fragments in every sample of riverbed sediment they took, with the highest levels downstream of Kellby after winter floods.",
    rubric: "#OCEANWATCH",
    tags: ["oceans", "climate", "oster-river", "wildlife", "flooding"],
    authors: ["ewan-okafor-lind", "selma-varga"],
    hero: {
      motif: "fish",
      palette: "storm",
      caption: "Illustration: fish in the murky water of a deep river pool.",
    },
    publishedHoursAgo: 380,
    body: [
      p(`Tiny fragments of plastic have been found in every sediment sample taken from the deepest
        pools of the River Oster, from the hills above Vardenmoor to the estuary at Halvard,
        according to a study published this week.`),
      p(`The researchers, from the University of Brenholt, took samples at thirty sites over two
        years. Concentrations were highest just downstream of Kellby and rose sharply after winter
        floods, which appear to wash plastic from fields and roadsides into the river.`),
      h2("Where it comes from"),
      ol(
        `Fibres from synthetic clothing, released in washing and carried through treatment works.`,
        `Fragments of tyres, washed off roads by rain.`,
        `Broken-down packaging and agricultural film from riverside fields.`,
      ),
      h2("Why it matters"),
      p(`Deep pools are where many fish shelter in summer and where insects that fish eat spend
        part of their lives. The study did not measure harm to wildlife directly, but the authors
        said the findings showed where to look next.`),
      quote(
        `"A river is a conveyor belt. What we drop on land ends up in the sea, and on the way it
        settles in the places fish depend on," said co-author Dr Maja Ruud.`,
      ),
      p(
        `The full paper and its data are [freely available](https://www.brenholt-university.example/oster-microplastics).`,
      ),
    ],
  },
  {
    section: "science",
    headline: "Ancient boat found in Oster mud could rewrite the story of Halvard's founding",
    standfirst:
      "Timbers uncovered during work on the new bridge belong to a cargo boat at least 1,100 years old, two centuries older than the city's earliest records.",
    tags: ["archaeology", "oster-river", "halvard"],
    authors: ["ewan-okafor-lind"],
    dontMiss: true,
    seo: {
      title: "1,100-year-old boat found in the Oster at Halvard",
      description:
        "Bridge builders uncovered a cargo boat older than Halvard's first records. What archaeologists found and how they will raise it.",
    },
    hero: {
      motif: "strata",
      palette: "ember",
      caption: "Illustration: the outline of the boat's hull in the layers of river mud.",
    },
    publishedHoursAgo: 520,
    body: [
      p(`Construction workers digging foundations for the new Oster bridge have uncovered the
        remains of a wooden cargo boat that archaeologists believe is at least 1,100 years old,
        making it by far the oldest vessel ever found in Halvard.`),
      p(`Tree-ring dating of the oak timbers suggests the boat was built around the year 900, two
        centuries before the first written mention of a settlement at the river mouth. The find
        suggests traders were using the estuary long before Halvard became a town.`),
      img("oster-hull-dig", "The hull as it lies in the riverbank, beneath layers of silt."),
      h2("What was on board"),
      p(`The boat was about fourteen metres long and built to carry heavy loads in shallow water.
        Archaeologists have found fragments of pottery, a whetstone and several hundred hazelnut
        shells in the mud around it, which may have been part of its last cargo.`),
      quote(
        `"Every city likes its founding story. This boat politely suggests ours might need a new
        first chapter," said Dr Oskar Lindevall, the city archaeologist.`,
      ),
      h2("Raising the boat"),
      ol(
        `The timbers will be recorded in place with 3D scanning.`,
        `Each piece will then be lifted and kept wet to stop the wood from cracking.`,
        `Conservation, in tanks at the Maritime Museum, is expected to take at least five years.`,
      ),
      p(`Bridge work has been paused in the area for two months. The city says the bridge will
        still open on schedule, and visitors can follow the excavation through
        [viewing windows in the site hoarding](https://www.halvard.example/bridge-dig).`),
    ],
  },
  {
    section: "science",
    headline: "Trial of a needle-free nasal flu vaccine begins in Brenholt",
    standfirst:
      "Two thousand volunteers will receive a vaccine sprayed into the nose, designed to stop infection where the virus first enters the body.",
    tags: ["health", "technology"],
    authors: ["ewan-okafor-lind"],
    hero: {
      motif: "cells",
      palette: "ice",
      caption: "Illustration: magnified cells of the kind that line the nose.",
    },
    publishedHoursAgo: 640,
    body: [
      p(`A clinical trial of a nasal spray vaccine against influenza has begun at Brenholt
        University Hospital, with two thousand adult volunteers to be enrolled over the winter.`),
      p(`Most flu vaccines are injected into the arm and protect mainly against severe illness.
        The nasal vaccine is designed to trigger an immune response in the lining of the nose and
        throat, with the aim of stopping the virus before it can take hold.`),
      h2("How the trial works"),
      ul(
        `Half the volunteers receive the nasal vaccine, half a salt-water spray.`,
        `Neither they nor the doctors know who received which until the end of the season.`,
        `Participants report symptoms weekly through a phone app and give nasal swabs if ill.`,
      ),
      quote(
        `"If it works, people could vaccinate themselves at a pharmacy counter in seconds," said
        Dr Amira Haddad-Voss, the trial's principal investigator. "That is a big if, and it is
        why we do trials."`,
      ),
      h2("Who can take part"),
      p(`Healthy adults aged eighteen to sixty-four who have not had a flu vaccine this season can
        apply through the [hospital's trial page](https://www.brenholt-hospital.example/nasal-flu-trial).
        Results are expected late next year.`),
    ],
  },
  {
    section: "science",
    headline: "Return of the sea eagle: nesting pairs double along the coast",
    standfirst:
      "Thirty years after the last pair disappeared from the Vessmark coast, the country's largest bird of prey is thriving on the cliffs north of Saltgrave.",
    tags: ["wildlife", "oceans"],
    authors: ["ewan-okafor-lind"],
    hero: {
      motif: "birds",
      palette: "dusk",
      caption: "Illustration: sea eagles gliding over the cliffs north of Saltgrave.",
    },
    publishedHoursAgo: 760,
    body: [
      p(`The number of sea eagle pairs nesting on Vessmark's coast has doubled in four years, to
        twenty-six, according to the annual count by volunteers and the national wildlife
        service.`),
      p(`The birds, which have a wingspan of up to two and a half metres, vanished from the coast
        in the 1990s after decades of persecution and poisoning. A small number returned on their
        own from neighbouring countries about fifteen years ago.`),
      h2("Why they are thriving"),
      p(`Researchers credit a ban on certain pesticides, protection of nesting cliffs during the
        breeding season and the recovery of some fish stocks near the shore. Eagles also feed on
        seabirds and carrion, and the cliffs north of Saltgrave offer plenty of both.`),
      quote(
        `"The first time you see one, you think it is a small aircraft," said volunteer counter
        Britt Amundsen. "Then it turns its head and looks at you."`,
      ),
      h2("How to watch without disturbing"),
      ul(
        `Keep at least 500 metres from nest sites between February and July.`,
        `Use the viewing platforms on the coastal path rather than approaching the cliffs.`,
        `Report sightings to the wildlife service to help the annual count.`,
      ),
    ],
  },
  {
    section: "science",
    type: "VIDEO",
    headline: "Video: inside the Brenholt lab growing coral in tanks",
    standfirst:
      "Marine biologists are raising corals from fragments the size of a fingernail, to learn which can survive warmer seas.",
    rubric: "#OCEANWATCH",
    tags: ["oceans", "climate", "wildlife", "technology"],
    authors: ["dateline-newsdesk"],
    hero: {
      motif: "coral",
      palette: "sea",
      caption: "Illustration: branching corals and rising bubbles in a laboratory tank.",
    },
    publishedHoursAgo: 460,
    body: [
      youtube("c7Rd2LpQx0M", "Inside the Brenholt coral nursery"),
      p(`In a windowless basement at the Brenholt Institute of Marine Science, rows of tanks glow
        under blue light. Inside them, hundreds of coral fragments are growing, each labelled with
        the reef it came from and the temperature it is being kept at.`),
      img("coral-tanks", "Coral fragments in one of the nursery tanks."),
      h2("Searching for survivors"),
      p(`The team raises the same coral species at different temperatures to find which
        individuals cope best with heat. Those survivors could one day be used to help restore
        reefs damaged by marine heatwaves.`),
      quote(
        `"We are not trying to replace the ocean with a fish tank. We are trying to learn which
        corals have a future in it," said lab manager Teodor Blomqvist.`,
      ),
      p(`The institute shares fragments with reef restoration projects abroad and publishes its
        temperature results so that other labs can build on them.`),
    ],
  },
  {
    section: "science",
    status: "DRAFT",
    headline: "What the new flood maps mean for Kellby",
    standfirst: "New modelling shows which streets along the Oster are most at risk, and what the town plans to do.",
    tags: ["flooding", "oster-river"],
    authors: ["selma-varga"],
    hero: {
      motif: "flood",
      palette: "storm",
      caption: "Illustration: houses in flood water along the river.",
    },
    createdHoursAgo: 20,
    body: [
      p(`The national environment agency has published new flood maps for the Oster valley,
        drawn with ten years of extra river-level data and higher estimates of winter rainfall.`),
      h2("Streets at risk"),
      p(`[Draft: list of streets and the change in risk for each, from the agency's data.]`),
      p(`[Draft: interview with the council's flood officer, arranged for Thursday.]`),
      p(`The agency says the maps will be reviewed every five years, or sooner after a major flood.`),
    ],
  },
];
