import pino from "pino";
import { env } from "@/lib/env";

// One structured logger for what operators must be able to reconstruct later (SECURITY S25):
// sign-ins, failures and refusals, each with who, when (the timestamp) and where (address, path).
// Secrets never reach it: callers pass no passwords, and the paths below are redacted in case
// one slips through an object that is logged whole.
export const log = pino({
  level: env.NODE_ENV === "test" ? "silent" : "info",
  base: { app: "dateline" },
  timestamp: pino.stdTimeFunctions.isoTime,
  redact: {
    paths: ["password", "*.password", "newPassword", "*.newPassword", "cookie", "*.cookie", "authorization"],
    censor: "[redacted]",
  },
});
