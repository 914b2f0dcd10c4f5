import { z } from "zod";

/** An unset variable and an empty one mean the same: not configured. */
const optional = <T extends z.ZodType>(type: T) =>
  z.preprocess((value) => (value === "" ? undefined : value), type.optional());

// Configuration, read once and checked (SPEC §8). Safe defaults serve the demo on SQLite.
const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.string().min(1).default("file:./data/dateline.db"),
  SITE_URL: z
    .url({ protocol: /^https?$/, error: "SITE_URL must be an absolute http(s) URL, e.g. https://news.example" })
    .default("http://localhost:3000")
    .transform((url) => url.replace(/\/+$/, "")),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  MEDIA_DIR: z.string().min(1).default("data/media"),
  REDIS_URL: z.string().optional(),
  DEFAULT_EDITION: z
    .string()
    .regex(/^[a-z]{2}$/)
    .default("en"),
  // Sessions are signed with it; checked for strength by lib/auth/secret.ts (generated when unset).
  AUTH_SECRET: optional(z.string()),
  // Who may set X-Forwarded-For: "1" (one proxy in front) or its addresses (lib/auth/client-ip.ts).
  TRUSTED_PROXY: optional(z.string()),
  // The administrator created or updated at start (lib/auth/bootstrap.ts).
  ADMIN_EMAIL: optional(
    z
      .string()
      .trim()
      .toLowerCase()
      .pipe(z.email({ error: "ADMIN_EMAIL must be an email address" })),
  ),
  ADMIN_PASSWORD: optional(z.string()),
  // URLs per article sitemap: the protocol allows 50,000; smaller values let tests see chunking.
  SITEMAP_CHUNK_SIZE: z.coerce.number().int().min(1).max(50_000).default(50_000),
});

export type Env = z.infer<typeof schema>;

function readEnv(): Env {
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Dateline cannot start: the environment is invalid.\n${problems.join("\n")}`);
  }
  return parsed.data;
}

export const env: Env = readEnv();

export const isPostgres = /^postgres(ql)?:\/\//.test(env.DATABASE_URL);
