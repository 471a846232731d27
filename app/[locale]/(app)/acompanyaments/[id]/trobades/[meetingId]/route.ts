import { getViewer } from "@/lib/auth/viewer";
import { getTranslations } from "next-intl/server";
import { AppError, appErrorText } from "@/lib/errors";
import { meetingCalendar } from "@/lib/mentorships/meetings";

// The .ics of a meeting, to add it to a calendar.
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; meetingId: string }> }) {
  const { locale, meetingId } = await params;
  const viewer = await getViewer();
  if (!viewer)
    return new Response((await getTranslations({ locale, namespace: "appErrors" }))("signIn"), { status: 401 });
  try {
    const { ics, filename } = await meetingCalendar(viewer, meetingId, locale === "es" ? "es" : "ca");
    return new Response(ics, {
      headers: {
        "Content-Type": "text/calendar; charset=utf-8",
        "Content-Disposition": `attachment; filename="${filename}"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    if (error instanceof AppError) return new Response((await appErrorText(error)).error, { status: 404 });
    throw error;
  }
}
