import type { DemoArticle } from "../types";
import { BUSINESS } from "./business";
import { CULTURE } from "./culture";
import { EUROPE } from "./europe";
import { SCIENCE } from "./science";
import { SPORT } from "./sport";
import { WORLD } from "./world";

/** Every demo article of the `en` edition, grouped by section in navigation order. */
export const ARTICLES: readonly DemoArticle[] = [...WORLD, ...EUROPE, ...BUSINESS, ...SCIENCE, ...CULTURE, ...SPORT];
