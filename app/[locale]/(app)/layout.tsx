import type { ReactNode } from "react";
import { requireViewer } from "@/lib/auth/guards";

export default async function SignedInLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  await requireViewer(locale);
  return children;
}
