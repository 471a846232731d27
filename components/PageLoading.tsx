import { getTranslations } from "next-intl/server";

/**
 * What a signed-in area shows while its next page is being prepared (the areas' loading.tsx): a
 * light outline of a page, and "S'està carregant…" for screen readers and for whoever waits.
 */
export async function PageLoading() {
  const t = await getTranslations("shell");
  return (
    <div role="status" aria-live="polite" className="space-y-6">
      <p className="text-sm text-muted">{t("loading")}</p>
      <div aria-hidden="true" className="animate-pulse space-y-4 motion-reduce:animate-none">
        <div className="h-8 w-2/3 rounded bg-gray-200" />
        <div className="h-4 w-1/2 rounded bg-gray-200" />
        <div className="h-32 rounded-lg border border-line bg-white" />
        <div className="h-32 rounded-lg border border-line bg-white" />
      </div>
    </div>
  );
}
