"use server";

import "server-only";

import { LOCALES, type Locale } from "@/lib/i18n/locales";
import { signOut } from "./auth";

/** The header's "Surt": ends this session (an already ended one is no error) and goes to the home page. */
export async function signOutAction(locale: string) {
  const home: Locale = (LOCALES as readonly string[]).includes(locale) ? (locale as Locale) : "ca";
  await signOut({ redirectTo: `/${home}` });
}
