"use server";

import { signOut } from "@/lib/auth/auth";

export async function signOutAction(locale: string) {
  await signOut({ redirectTo: `/${locale === "es" ? "es" : "ca"}` });
}
