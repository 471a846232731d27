import type { ReactNode } from "react";
import { Forbidden } from "@/components/Forbidden";
import { requirePermission } from "@/lib/auth/guards";

export default async function SecretariatLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const viewer = await requirePermission(locale, "programme:manage");
  if (!viewer) return <Forbidden />;
  return children;
}
