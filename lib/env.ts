import { z } from "zod";

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
