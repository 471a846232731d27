"use client";

import Link from "next/link";
import type { ReactNode } from "react";
import { localizeHref } from "@/lib/i18n/locale-path";
import { useLocalePath } from "@/lib/i18n/use-locale-path";
import { homeHref } from "@/lib/nav";
import { useViewer } from "./ViewerContext";

/**
 * On a public page: what people who are not signed in see (`signedOut`), or for a signed-in
 * person a link to their own space (`homeLabel`; nothing when it is omitted).
 */
export function SignedInSwitch({
  signedOut,
  homeLabel,
  homeClassName,
}: {
  signedOut: ReactNode;
  homeLabel?: string;
  homeClassName?: string;
}) {
  const { viewer } = useViewer();
  const { locale } = useLocalePath();
  if (!viewer) return signedOut;
  if (!homeLabel) return null;
  return (
    <Link href={localizeHref(homeHref(viewer), locale)} className={homeClassName}>
      {homeLabel}
    </Link>
  );
}
