import { getTranslations, setRequestLocale } from "next-intl/server";
import { redirect } from "next/navigation";
import { Badge } from "@/components/admin";
import { Card } from "@/components/Card";
import { PageHeader } from "@/components/PageHeader";
import { requireViewer } from "@/lib/auth/guards";
import { homePath } from "@/lib/auth/permissions";
import { Link } from "@/lib/i18n/navigation";
import { listMyMentorships } from "@/lib/mentorships/my-mentorships";
import { titleFromMessages } from "@/lib/i18n/metadata";

type Props = { params: Promise<{ locale: string }> };

export const generateMetadata = titleFromMessages("nav", "mentorship");

/** "El meu acompanyament": the person's mentorship, or the list when they have several. */
export default async function MyMentorshipsPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requireViewer(locale, `/${locale}/acompanyaments`);
  if (viewer.role !== "TECHNICIAN") redirect(homePath(viewer, locale));
  const mentorships = await listMyMentorships(viewer);
  const live = mentorships.filter((m) => m.status !== "CANCELLED" && m.status !== "COMPLETED");
  if (mentorships.length === 1 || live.length === 1)
    redirect(`/${locale}/acompanyaments/${(live[0] ?? mentorships[0]).id}`);
  const [t, tHome] = await Promise.all([getTranslations("nav"), getTranslations("technicianHome")]);
  return (
    <div className="space-y-6">
      <PageHeader title={t("mentorship")} />
      {mentorships.length ? (
        <Card title={tHome("mentorshipsTitle")}>
          <ul className="space-y-3">
            {mentorships.map((m) => (
              <li key={m.id}>
                <Link href={`/acompanyaments/${m.id}`} className="font-semibold">
                  {tHome(m.role === "MENTOR" ? "asMentor" : "asMentee", {
                    name: m.other.name ?? m.other.email,
                    municipality: m.other.municipality?.name ?? "",
                  })}
                </Link>{" "}
                <Badge tone={m.status === "CANCELLED" ? "grey" : "green"}>
                  {tHome(`mentorshipStatus.${m.status}`)}
                </Badge>
                <span className="block text-sm text-muted">{m.edition.name}</span>
              </li>
            ))}
          </ul>
        </Card>
      ) : (
        <p>{tHome("noMentorship")}</p>
      )}
    </div>
  );
}
