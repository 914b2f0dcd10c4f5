import type { MotifName, PaletteName } from "./images";

// Pictures used inside article bodies (not as heroes). Each becomes one Media row.

export interface DemoInlineImage {
  motif: MotifName;
  palette: PaletteName;
  /** The library caption; a body may give its own for that use. */
  caption: string;
}

export const INLINE_IMAGES = {
  "tidehouse-stacks": {
    motif: "books",
    palette: "sand",
    caption: "The open stacks on the Tidehouse's second floor, where every shelf faces the water.",
  },
  "night-train-platform": {
    motif: "rail",
    palette: "night",
    caption: "The line out of Halvard Central, where the night train leaves at 21:40.",
  },
  "oster-hull-dig": {
    motif: "strata",
    palette: "sand",
    caption: "The hull as it lies in the riverbank, beneath layers of silt laid down over centuries.",
  },
  "regatta-fleet": {
    motif: "sails",
    palette: "noon",
    caption: "The dinghy fleet waiting for the restart off the Halvard breakwater.",
  },
  "estuary-ferry-route": {
    motif: "waves",
    palette: "sea",
    caption: "The open water of the Oster estuary, crossed forty times a day by Brightwater's ferries.",
  },
  "coral-tanks": {
    motif: "coral",
    palette: "dawn",
    caption: "Coral fragments grow under blue light in the Brenholt laboratory's nursery tanks.",
  },
  "folkhall-at-night": {
    motif: "parliament",
    palette: "night",
    caption: "The Folkhall in Halvard, where the debate's audience queued from mid-afternoon.",
  },
} as const satisfies Record<string, DemoInlineImage>;

export type InlineImageKey = keyof typeof INLINE_IMAGES;
