import { setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth/guards";
import { getEdition } from "@/lib/editions/queries";

/** The start of an edition's secretariat page: the language, the permission, the edition (or 404). */
export async function editionPage(params: Promise<{ locale: string; id: string }>) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const viewer = await requirePermission(locale, "programme:manage");
  const edition = await getEdition(viewer, id);
  if (!edition) notFound();
  return { locale, id, viewer, edition };
}
