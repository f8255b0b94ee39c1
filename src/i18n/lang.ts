// Languages and the URL scheme: Vietnamese at the root, English under /en/, same slugs.
export const LANGS = ['vi', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** BCP 47 locale used for numbers, dates and sorting. */
export const LOCALE: Record<Lang, string> = { vi: 'vi-VN', en: 'en' };

/** The site path of a route in a language: `href('en', '/ke-hoach/')` → `/en/ke-hoach/`. */
export function href(lang: Lang, route: string): string {
  const path = route.startsWith('/') ? route : `/${route}`;
  return lang === 'vi' ? path : `/en${path}`;
}

/** The route of a site path without its language prefix, and the language it is in. */
export function routeOf(pathname: string): { lang: Lang; route: string } {
  if (pathname === '/en' || pathname.startsWith('/en/')) {
    return { lang: 'en', route: pathname.slice(3) || '/' };
  }
  return { lang: 'vi', route: pathname || '/' };
}

export function otherLang(lang: Lang): Lang {
  return lang === 'vi' ? 'en' : 'vi';
}

/** `getStaticPaths` entries for a page that exists once per language. */
export function langPaths(): { params: { lang: string | undefined }; props: { lang: Lang } }[] {
  return LANGS.map((lang) => ({ params: { lang: lang === 'vi' ? undefined : lang }, props: { lang } }));
}

/** Cross product of languages and per-item params, for detail pages. */
export function langItemPaths<P extends Record<string, string>, T>(
  items: readonly T[],
  params: (item: T) => P,
): { params: P & { lang: string | undefined }; props: { lang: Lang; item: T } }[] {
  return LANGS.flatMap((lang) =>
    items.map((item) => ({
      params: { ...params(item), lang: lang === 'vi' ? undefined : lang },
      props: { lang, item },
    })),
  );
}
