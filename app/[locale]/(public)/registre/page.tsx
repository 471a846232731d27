import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { redirect } from "next/navigation";
import { ClientMessages } from "@/components/ClientMessages";
import { PageHeader } from "@/components/PageHeader";
import { homePath } from "@/lib/auth/permissions";
import { getViewer } from "@/lib/auth/viewer";
import { RegistrationForm } from "./RegistrationForm";
import { cleanQuery } from "@/lib/query-params";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ perfil?: string }> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale } = await params;
  const { perfil } = cleanQuery(await searchParams);
  const t = await getTranslations({ locale, namespace: "register" });
  return { title: perfil === "mentor" ? t("titleMentor") : t("titleMentee") };
}

export default async function RegisterPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const intent = cleanQuery(await searchParams).perfil === "mentor" ? "mentor" : "mentee";
  const viewer = await getViewer();
  if (viewer) redirect(homePath(viewer, locale));
  const t = await getTranslations("register");
  return (
    <div className="max-w-xl">
      <PageHeader
        title={intent === "mentor" ? t("titleMentor") : t("titleMentee")}
        lead={intent === "mentor" ? t("leadMentor") : t("leadMentee")}
      />
      <ClientMessages namespaces={["register", "signIn"]}>
        <RegistrationForm intent={intent} locale={locale as "ca" | "es"} />
      </ClientMessages>
    </div>
  );
}
