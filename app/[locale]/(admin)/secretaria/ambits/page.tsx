import { getTranslations, setRequestLocale } from "next-intl/server";
import { titleFromMessages } from "@/lib/i18n/metadata";
import { Badge } from "@/components/admin";
import { Card } from "@/components/Card";
import { PageHeader } from "@/components/PageHeader";
import { requirePermission } from "@/lib/auth/guards";
import { listTopics } from "@/lib/topics/manage-topics";
import { ClientMessages } from "@/components/ClientMessages";
import { TopicForm } from "./TopicForm";

export const generateMetadata = titleFromMessages("adminTopics");

export default async function TopicsPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePermission(locale, "programme:manage", `/${locale}/secretaria/ambits`);
  const [topics, t] = await Promise.all([listTopics(), getTranslations("adminTopics")]);
  return (
    <ClientMessages namespaces={["adminTopics"]}>
      <div className="space-y-6">
        <PageHeader title={t("title")} lead={t("lead")} />
        <Card title={t("addTitle")}>
          <TopicForm />
        </Card>
        <ul className="space-y-3">
          {topics.map((topic) => (
            <li key={topic.id} className="rounded-lg border border-line bg-white p-4">
              <p className="mb-2">
                <span className="font-semibold">{topic.name}</span>{" "}
                {topic.active ? null : <Badge tone="red">{t("inactive")}</Badge>}
              </p>
              <TopicForm topic={topic} />
            </li>
          ))}
        </ul>
      </div>
    </ClientMessages>
  );
}
