import { getTranslations } from "next-intl/server";
import type { MatchState } from "@/lib/matching/mentee-view";
import { Alert } from "./Alert";
import { Dl } from "./admin";

/** The applicant's view of the matching, in plain words. */
export async function MatchStateCard({ state }: { state: MatchState }) {
  if (state.kind === "none") return null;
  const [t, tContact] = await Promise.all([getTranslations("match"), getTranslations("contact")]);
  if (state.kind === "waiting") return <Alert tone="info">{t("waiting")}</Alert>;
  if (state.kind === "searching") return <Alert tone="info">{t("searching")}</Alert>;
  if (state.kind === "proposed") return <Alert tone="info">{t("proposed")}</Alert>;
  return (
    <Alert tone="success" title={t("matched", { name: state.mentor.name ?? state.mentor.email })}>
      <div className="mt-2">
        <Dl
          items={[
            [tContact("name"), state.mentor.name],
            [tContact("position"), state.mentor.position],
            [tContact("municipality"), state.mentor.municipality],
            [
              tContact("email"),
              <a key="e" href={`mailto:${state.mentor.email}`}>
                {state.mentor.email}
              </a>,
            ],
            [tContact("phone"), state.mentor.phone],
          ]}
        />
      </div>
    </Alert>
  );
}
