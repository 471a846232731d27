import NextLink from "next/link";
import { useLocale } from "next-intl";
import type { ComponentProps } from "react";
import { localizeHref } from "./locale-path";

/**
 * A link to a page of the app written without its locale ("/fitxes/1"): it points to the page
 * in the language of the current request ("/ca/fitxes/1"). Server components only; it replaces
 * next-intl's navigation Link, whose client part (and next-intl's client provider) would
 * otherwise be in every page's JavaScript.
 *
 * Not async: `useLocale` reads the request's configuration, which is resolved once per request,
 * so a page's tens of links render in the same pass instead of each waiting on its own promise.
 */
export function Link({ href, ...rest }: Omit<ComponentProps<typeof NextLink>, "href"> & { href: string }) {
  return <NextLink href={localizeHref(href, useLocale())} {...rest} />;
}
