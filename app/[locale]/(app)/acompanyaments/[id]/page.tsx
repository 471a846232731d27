import { getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { Badge } from "@/components/admin";
import { ClientMessages } from "@/components/ClientMessages";
import { PageHeader } from "@/components/PageHeader";
import { requireViewer } from "@/lib/auth/guards";
import { AppError } from "@/lib/errors";
import { titleFromMessages } from "@/lib/i18n/metadata";
import { nextStep } from "@/lib/mentorships/next-step";
import { OPEN_STATUSES } from "@/lib/mentorships/rules";
import { getMentorshipView } from "@/lib/mentorships/view";
import { AgreementSection } from "./_sections/AgreementSection";
import { CancelSection } from "./_sections/CancelSection";
import { ClosureSection } from "./_sections/ClosureSection";
import { CommunicationsSection } from "./_sections/CommunicationsSection";
import { Contacts } from "./_sections/Contacts";
import { ExtensionsSection } from "./_sections/ExtensionsSection";
import { MeetingsSection } from "./_sections/MeetingsSection";
import { NextStepCard } from "./_sections/NextStepCard";
import { Progress } from "./_sections/Progress";
import { Timeline } from "./_sections/Timeline";
import type { SectionProps } from "./_sections/types";

export const generateMetadata = titleFromMessages("mentorship", "metaTitle");

type Props = { params: Promise<{ locale: string; id: string }> };

/**
 * A mentorship, for its two parties and the secretariat. It leads with what the person looking at
 * it should do now; the sections follow the programme's cycle and appear when they apply.
 */
export default async function MentorshipPage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const viewer = await requireViewer(locale, `/${locale}/acompanyaments/${id}`);
  const view = await getMentorshipView(viewer, id).catch((error) => {
    if (error instanceof AppError) notFound();
    throw error;
  });
  const m = view.mentorship;
  const now = new Date();
  const open = OPEN_STATUSES.includes(m.status);
  const props: SectionProps = {
    view,
    viewerId: viewer.id,
    locale,
    now,
    step: nextStep(view, viewer.id, now),
    working: open && view.role !== "SECRETARIAT",
  };
  const [t, tLabel] = await Promise.all([getTranslations("mentorship"), getTranslations("labels")]);
  const title =
    view.role === "MENTOR"
      ? t("titleWith", { name: m.mentee.name ?? "" })
      : view.role === "MENTEE"
        ? t("titleWith", { name: m.mentor.name ?? "" })
        : t("titleBoth", { mentee: m.mentee.name ?? "", mentor: m.mentor.name ?? "" });

  return (
    <ClientMessages namespaces={["mentorshipForms"]}>
      <div className="space-y-6">
        <PageHeader
          title={title}
          lead={
            <>
              {m.edition.name} ·{" "}
              <Badge tone={m.status === "CANCELLED" ? "grey" : "green"}>{tLabel(`mentorshipStatus.${m.status}`)}</Badge>
            </>
          }
        />
        <NextStepCard {...props} />
        <Contacts view={view} />
        <Progress view={view} />
        <AgreementSection {...props} />
        <MeetingsSection {...props} />
        <ExtensionsSection {...props} />
        <ClosureSection {...props} />
        <CommunicationsSection {...props} />
        {open ? <CancelSection mentorshipId={m.id} /> : null}
        <Timeline view={view} />
      </div>
    </ClientMessages>
  );
}
