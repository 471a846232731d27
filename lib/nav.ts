// The main navigation of each kind of person (hrefs without the locale). Plain data, used by the
// header on the server and in the browser.

export type NavViewer = { role: "SECRETARIAT" | "TECHNICIAN"; isMentor: boolean };
export type NavItem = { href: string; key: string; exact?: boolean };

export function navItems(viewer: NavViewer | null): NavItem[] {
  if (!viewer) return [];
  if (viewer.role === "SECRETARIAT") {
    return [
      { href: "/secretaria", key: "dashboard", exact: true },
      { href: "/secretaria/convocatories", key: "editions" },
      { href: "/secretaria/acompanyaments", key: "mentorships" },
      { href: "/secretaria/comunicacions", key: "communications" },
      { href: "/secretaria/fitxes", key: "fitxes" },
      { href: "/secretaria/correus", key: "emails" },
      { href: "/secretaria/registre", key: "audit" },
      { href: "/secretaria/persones", key: "people" },
      { href: "/secretaria/municipis", key: "municipalities" },
      { href: "/secretaria/ambits", key: "topics" },
      { href: "/perfil", key: "profile" },
    ];
  }
  // A mentor's tasks come first; a mentee's application and mentorship.
  if (viewer.isMentor) {
    return [
      { href: "/inici", key: "home" },
      { href: "/propostes", key: "proposals" },
      { href: "/acompanyaments", key: "mentorship" },
      { href: "/disponibilitat", key: "availability" },
      { href: "/perfil", key: "profile" },
    ];
  }
  return [
    { href: "/inici", key: "home" },
    { href: "/sollicitud", key: "application" },
    { href: "/acompanyaments", key: "mentorship" },
    { href: "/perfil", key: "profile" },
  ];
}

/** Where a person's own space starts. */
export const homeHref = (viewer: Pick<NavViewer, "role">) => (viewer.role === "SECRETARIAT" ? "/secretaria" : "/inici");
