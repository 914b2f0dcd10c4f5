import { connection } from "next/server";
import { health } from "@/lib/runtime/health";

// Liveness and readiness: 200 while the database answers, 503 when it does not.
export async function GET() {
  await connection();
  const result = await health();
  return Response.json(result, {
    status: result.ok ? 200 : 503,
    headers: { "Cache-Control": "no-store", ...(result.ok ? {} : { "Retry-After": "5" }) },
  });
}
