import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import { Badge } from "@/components/admin";
import { Card } from "@/components/Card";
import { PageHeader } from "@/components/PageHeader";
import { requirePermission } from "@/lib/auth/guards";
import { listTopics } from "@/lib/topics/manage-topics";
import { TopicForm } from "./TopicForm";

export const metadata: Metadata = { title: "Àmbits" };

export default async function TopicsPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePermission(locale, "programme:manage", `/${locale}/secretaria/ambits`);
  const topics = await listTopics();
  return (
    <div className="space-y-6">
      <PageHeader
        title="Àmbits"
        lead="Els temes de l'economia social que fan servir els formularis i el matching. Un àmbit desactivat ja no s'ofereix, però es conserva on ja s'ha fet servir."
      />
      <Card title="Afegeix un àmbit">
        <TopicForm />
      </Card>
      <ul className="space-y-3">
        {topics.map((topic) => (
          <li key={topic.id} className="rounded-lg border border-line bg-white p-4">
            <p className="mb-2">
              <span className="font-semibold">{topic.name}</span>{" "}
              {topic.active ? null : <Badge tone="red">Desactivat</Badge>}
            </p>
            <TopicForm topic={topic} />
          </li>
        ))}
      </ul>
    </div>
  );
}
