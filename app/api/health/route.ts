import { NextResponse } from "next/server";
import { checkHealth } from "@/lib/db/health";

export const dynamic = "force-dynamic";

export async function GET() {
  const health = await checkHealth();
  return NextResponse.json(health, {
    status: health.status === "error" ? 503 : 200,
    headers: { "Cache-Control": "no-store" },
  });
}
