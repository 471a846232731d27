import { getTranslations } from "next-intl/server";
import { Badge, Dl } from "@/components/admin";
import { Card } from "@/components/Card";
import { Link } from "@/lib/i18n/navigation";
import type { MyMentorship } from "@/lib/mentorships/my-mentorships";
import { primaryAction } from "./styles";

/** The person's mentorships, each with the other party's contact and a link to its page. */
export async function MentorshipsCard({ mentorships }: { mentorships: MyMentorship[] }) {
  const [t, tContact] = await Promise.all([getTranslations("technicianHome"), getTranslations("contact")]);
  return (
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
            <Link href={`/acompanyaments/${m.id}`} className={primaryAction}>
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
  );
}
