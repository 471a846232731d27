import { getTranslations, setRequestLocale } from "next-intl/server";
import { SignedInSwitch } from "@/components/viewer/SignedInSwitch";
import { Link } from "@/lib/i18n/navigation";

const PHASES = ["applications", "matching", "mentoring", "closure"] as const;

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("home");
  return (
    <div className="space-y-12">
      <section className="rounded-xl bg-brand-700 px-6 py-10 text-white md:px-10">
        <h1 className="max-w-3xl text-3xl font-bold md:text-4xl">{t("title")}</h1>
        <p className="mt-4 max-w-3xl text-lg text-brand-50">{t("lead")}</p>
        <div className="mt-6">
          <SignedInSwitch
            homeLabel={t("ctaGoHome")}
            homeClassName="inline-block rounded bg-white px-5 py-3 font-semibold text-brand-800 no-underline hover:bg-brand-50"
            signedOut={
              <div className="flex flex-wrap gap-3">
                <Link
                  href="/registre?perfil=mentee"
                  className="inline-block rounded bg-white px-5 py-3 font-semibold text-brand-800 no-underline hover:bg-brand-50"
                >
                  {t("registerMentee")}
                </Link>
                <Link
                  href="/registre?perfil=mentor"
                  className="inline-block rounded border-2 border-white px-5 py-3 font-semibold text-white no-underline hover:bg-brand-800 hover:text-white"
                >
                  {t("registerMentor")}
                </Link>
              </div>
            }
          />
        </div>
      </section>

      <div className="grid gap-8 md:grid-cols-2">
        <section>
          <h2 className="text-2xl font-semibold">{t("whatTitle")}</h2>
          <p className="mt-3 leading-relaxed">{t("whatText")}</p>
        </section>
        <section>
          <h2 className="text-2xl font-semibold">{t("rulesTitle")}</h2>
          <ul className="mt-3 list-disc space-y-2 pl-6">
            <li>{t("rules.meetings")}</li>
            <li>{t("rules.duration")}</li>
            <li>{t("rules.fitxa")}</li>
          </ul>
        </section>
      </div>

      <section>
        <h2 className="text-2xl font-semibold">{t("phasesTitle")}</h2>
        <ol className="mt-4 grid gap-4 md:grid-cols-4">
          {PHASES.map((phase, index) => (
            <li key={phase} className="rounded-lg border border-line bg-white p-4">
              <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">
                {index + 1}. {t(`phases.${phase}.when`)}
              </p>
              <h3 className="mt-1 text-lg font-semibold">{t(`phases.${phase}.title`)}</h3>
              <p className="mt-2 text-sm text-muted">{t(`phases.${phase}.text`)}</p>
            </li>
          ))}
        </ol>
      </section>

      <SignedInSwitch
        signedOut={
          <section className="rounded-lg border border-line bg-white p-6">
            <h2 className="text-2xl font-semibold">{t("ctaTitle")}</h2>
            <p className="mt-2">{t("registerLead")}</p>
            <p className="mt-2">{t("ctaSignedOut")}</p>
            <Link href="/entrar" className="mt-4 inline-block font-semibold">
              {t("ctaSignIn")}
            </Link>
          </section>
        }
      />
    </div>
  );
}
