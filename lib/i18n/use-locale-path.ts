"use client";

import { usePathname } from "next/navigation";
import { splitLocale } from "./locale-path";

/** In client components: the current page's locale and its path without it. */
export const useLocalePath = () => splitLocale(usePathname() ?? "");
