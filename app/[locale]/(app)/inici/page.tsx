import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { redirect } from "next/navigation";
import { Alert } from "@/components/Alert";
import { Card } from "@/components/Card";
import { MatchStateCard } from "@/components/MatchStateCard";
import { PageHeader } from "@/components/PageHeader";
import { requireViewer } from "@/lib/auth/guards";
import { homePath } from "@/lib/auth/permissions";
import { formatDateTime, formatDay, type AppLocale } from "@/lib/dates";
import { getTechnicianOverview } from "@/lib/editions/technician-overview";
import { Link } from "@/lib/i18n/navigation";
import { countMyPendingProposals } from "@/lib/matching/inbox";
import { getMyMatchState } from "@/lib/matching/mentee-view";
import { listMyMentorships } from "@/lib/mentorships/my-mentorships";
import { Badge, Dl } from "@/components/admin";
import { needsProfile } from "@/lib/people/own-profile";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "nav" });
  return { title: t("home") };
}

const action =
  "inline-block rounded bg-brand-700 px-4 py-2 font-semibold text-white no-underline hover:bg-brand-800 hover:text-white";

export default async function TechnicianHomePage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const viewer = await requireViewer(locale, `/${locale}/inici`);
  if (viewer.role !== "TECHNICIAN") redirect(homePath(viewer, locale));
  const [t, tPhase, overview] = await Promise.all([
    getTranslations("technicianHome"),
    getTranslations("phases"),
    getTechnicianOverview(viewer),
  ]);
  const { person, edition, application, offer, window } = overview;
  if (needsProfile(person)) redirect(`/${locale}/perfil`);
  const [matchState, pendingProposals, mentorships, tContact] = await Promise.all([
    edition && application?.status === "SUBMITTED" ? getMyMatchState(viewer, edition.id) : null,
    person.isMentor ? countMyPendingProposals(viewer) : 0,
    listMyMentorships(viewer),
    getTranslations("contact"),
  ]);
  const l = locale as AppLocale;
  return (
    <div className="space-y-6">
      <PageHeader title={t("title", { name: person.name ?? person.email })} lead={t("lead")} />
      {person.approvalStatus === "PENDING" ? <Alert tone="warning">{t("pendingApproval")}</Alert> : null}
      {/* A mentor's tasks first. */}
      {edition && person.isMentor ? (
        <Card title={t("mentorTitle")}>
          <div className="space-y-3">
            {pendingProposals ? (
              <Alert tone="warning">
                {t("proposalsPending", { count: pendingProposals })} <Link href="/propostes">{t("seeProposals")}</Link>
              </Alert>
            ) : null}
            <p>
              {offer?.status === "ACTIVE"
                ? t("offerActive", { capacity: offer.capacity })
                : offer?.status === "WITHDRAWN"
                  ? t("offerWithdrawn")
                  : t("offerNone", { date: formatDay(edition.applicationsCloseOn, l) })}
            </p>
            <Link href="/disponibilitat" className={action}>
              {offer?.status === "ACTIVE" ? t("editOffer") : t("confirmOffer")}
            </Link>
          </div>
        </Card>
      ) : null}
      {mentorships.length ? (
        <Card title={t("mentorshipsTitle")}>
          <ul className="space-y-4">
            {mentorships.map((m) => (
              <li key={m.id} className="space-y-2">
                <p className="font-semibold">
                  {t(m.role === "MENTOR" ? "asMentor" : "asMentee", {
                    name: m.other.name ?? m.other.email,
                    municipality: m.other.municipality?.name ?? "",
                  })}{" "}
                  <Badge tone={m.status === "CANCELLED" ? "grey" : "green"}>{t(`mentorshipStatus.${m.status}`)}</Badge>
                </p>
                <p className="text-sm text-muted">{m.edition.name}</p>
                <Link href={`/acompanyaments/${m.id}`} className={action}>
                  {t("openMentorship")}
                </Link>
                <Dl
                  items={[
                    [
                      tContact("email"),
                      <a key="e" href={`mailto:${m.other.email}`}>
                        {m.other.email}
                      </a>,
                    ],
                    [tContact("phone"), m.other.phone],
                    [tContact("position"), m.other.position],
                  ]}
                />
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
      <Card title={t("editionTitle")}>
        {edition ? (
          <div className="space-y-1">
            <p className="font-semibold">{edition.name}</p>
            <p>{t("phase", { phase: tPhase(edition.phase) })}</p>
            <p>
              {t("applicationsPeriod", {
                from: formatDay(edition.applicationsOpenOn, l),
                to: formatDay(edition.applicationsCloseOn, l),
              })}
            </p>
          </div>
        ) : (
          <p>{t("noEdition")}</p>
        )}
      </Card>

      {edition && person.approvalStatus === "APPROVED" && (!person.isMentor || application) ? (
        <Card title={t("applicationTitle")}>
          <div className="space-y-3">
            {application?.status === "SUBMITTED" ? (
              <>
                <p>{t("appSubmitted", { date: formatDateTime(application.submittedAt!, l) })}</p>
                {matchState ? <MatchStateCard state={matchState} /> : null}
                <Link href="/sollicitud" className={action}>
                  {t("viewApplication")}
                </Link>
              </>
            ) : application ? (
              <>
                <p>{t("appDraft", { date: formatDay(edition.applicationsCloseOn, l) })}</p>
                <Link href="/sollicitud" className={action}>
                  {t("continueApplication")}
                </Link>
              </>
            ) : window === "open" ? (
              <>
                <p>{t("appNone", { date: formatDay(edition.applicationsCloseOn, l) })}</p>
                <Link href="/sollicitud" className={action}>
                  {t("startApplication")}
                </Link>
              </>
            ) : (
              <p>{window === "not-open" ? t("appNotOpen") : t("appNoneClosed")}</p>
            )}
          </div>
        </Card>
      ) : null}

      {person.isMentor ? <p>{t("mentorNote")}</p> : null}
      {person.wantsToMentor && !person.isMentor ? <p>{t("wantsToMentor")}</p> : null}
    </div>
  );
}
