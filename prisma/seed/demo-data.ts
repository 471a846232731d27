import "server-only";
// Demo data for a fresh installation. Addresses use the reserved domain example.org
// (RFC 2606); the README lists them.

export const TOPICS = [
  ["cooperativisme", "Cooperativisme"],
  ["contractacio-publica-responsable", "Contractació pública responsable"],
  ["mercat-social", "Mercat social"],
  ["finances-etiques", "Finances ètiques"],
  ["emprenedoria-social", "Emprenedoria social"],
  ["economia-comunitaria-bens-comuns", "Economia comunitària i béns comuns"],
  ["consum-responsable", "Consum responsable"],
  ["sobirania-alimentaria", "Sobirania alimentària"],
  ["habitatge-cooperatiu", "Habitatge cooperatiu"],
  ["insercio-sociolaboral", "Inserció sociolaboral"],
  ["moneda-social", "Moneda social"],
  ["plans-locals-ess", "Plans locals d'ESS"],
  ["comunicacio-sensibilitzacio", "Comunicació i sensibilització"],
  ["transicio-energetica-ecologica", "Transició energètica i ecològica"],
] as const;

// Population: Idescat, 1 January 2024 (rounded).
export const MUNICIPALITIES = [
  { name: "Barcelona", comarca: "Barcelonès", population: 1_702_547 },
  { name: "Santa Coloma de Gramenet", comarca: "Barcelonès", population: 124_014 },
  { name: "Sabadell", comarca: "Vallès Occidental", population: 221_090 },
  { name: "Terrassa", comarca: "Vallès Occidental", population: 227_010 },
  { name: "Manresa", comarca: "Bages", population: 79_983 },
  { name: "El Prat de Llobregat", comarca: "Baix Llobregat", population: 66_500 },
  { name: "Molins de Rei", comarca: "Baix Llobregat", population: 26_683 },
  { name: "Vilanova i la Geltrú", comarca: "Garraf", population: 69_573 },
  { name: "Reus", comarca: "Baix Camp", population: 110_188 },
  { name: "Olot", comarca: "Garrotxa", population: 37_950, emailDomains: ["olot.cat"] },
  { name: "Girona", comarca: "Gironès", population: 106_476, emailDomains: ["ajgirona.cat"] },
  { name: "Lleida", comarca: "Segrià", population: 143_776 },
] as const;

type DemoPerson = {
  email: string;
  name: string;
  position: string;
  municipality?: string;
  role: "TECHNICIAN" | "SECRETARIAT";
  isMentor?: boolean;
};

export const PEOPLE: DemoPerson[] = [
  {
    email: "secretaria@example.org",
    name: "Laia Puig i Ferrer",
    position: "Secretaria tècnica de l'XMESS",
    role: "SECRETARIAT",
  },
  {
    email: "marta.soler@example.org",
    name: "Marta Soler Vila",
    position: "Tècnica d'economia social",
    municipality: "Sabadell",
    role: "TECHNICIAN",
    isMentor: true,
  },
  {
    email: "jordi.vidal@example.org",
    name: "Jordi Vidal Casas",
    position: "Responsable de promoció econòmica",
    municipality: "Manresa",
    role: "TECHNICIAN",
    isMentor: true,
  },
  {
    email: "nuria.camps@example.org",
    name: "Núria Camps Oliver",
    position: "Tècnica de l'Àrea d'Economia Social",
    municipality: "Barcelona",
    role: "TECHNICIAN",
    isMentor: true,
  },
  {
    email: "pere.roca@example.org",
    name: "Pere Roca Serra",
    position: "Tècnic de desenvolupament local",
    municipality: "Santa Coloma de Gramenet",
    role: "TECHNICIAN",
    isMentor: true,
  },
  {
    email: "anna.ferrer@example.org",
    name: "Anna Ferrer Bosch",
    position: "Agent de desenvolupament local",
    municipality: "Olot",
    role: "TECHNICIAN",
  },
  {
    email: "marc.pujol@example.org",
    name: "Marc Pujol Riba",
    position: "Tècnic de promoció econòmica",
    municipality: "Molins de Rei",
    role: "TECHNICIAN",
  },
  {
    email: "clara.serra@example.org",
    name: "Clara Serra Mas",
    position: "Tècnica d'ocupació",
    municipality: "Reus",
    role: "TECHNICIAN",
  },
  {
    email: "joan.marti@example.org",
    name: "Joan Martí Prats",
    position: "Tècnic de comerç i consum",
    municipality: "Lleida",
    role: "TECHNICIAN",
  },
  {
    email: "laura.costa@example.org",
    name: "Laura Costa Puig",
    position: "Tècnica de promoció econòmica",
    municipality: "Vilanova i la Geltrú",
    role: "TECHNICIAN",
  },
  {
    email: "albert.riera@example.org",
    name: "Albert Riera Font",
    position: "Tècnic de desenvolupament econòmic",
    municipality: "El Prat de Llobregat",
    role: "TECHNICIAN",
  },
];

export const OFFERS = [
  {
    email: "marta.soler@example.org",
    capacity: 2,
    topics: ["cooperativisme", "finances-etiques", "mercat-social"],
    experience:
      "Deu anys impulsant el cooperativisme i el mercat social a Sabadell, amb un pla local d'ESS aprovat el 2019.",
  },
  {
    email: "jordi.vidal@example.org",
    capacity: 1,
    topics: ["emprenedoria-social", "insercio-sociolaboral", "plans-locals-ess"],
    experience:
      "Responsable del servei d'emprenedoria social de Manresa i de la redacció del pla local d'economia social.",
  },
  {
    email: "nuria.camps@example.org",
    capacity: 1,
    topics: ["contractacio-publica-responsable", "economia-comunitaria-bens-comuns", "comunicacio-sensibilitzacio"],
    experience:
      "Coordinació de la contractació pública responsable i dels projectes d'economia comunitària de Barcelona.",
  },
] as const;

type NeedSeed = readonly [slug: string, priority: "HIGH" | "MEDIUM" | "LOW", description: string];

export const APPLICATIONS: {
  email: string;
  stage: "NONE" | "EMERGING" | "DEVELOPING";
  currentPolicy: string;
  goals: string;
  needs: readonly NeedSeed[];
  preferred: readonly string[];
}[] = [
  {
    email: "anna.ferrer@example.org",
    stage: "EMERGING",
    currentPolicy: "Fem una fira anual d'entitats i donem suport puntual a dues cooperatives de la Garrotxa.",
    goals: "Dissenyar un programa estable de suport al cooperativisme i a les finances ètiques.",
    needs: [
      ["cooperativisme", "HIGH", "Volem acompanyar la creació de noves cooperatives de treball al municipi."],
      ["finances-etiques", "MEDIUM", "Necessitem conèixer com col·laborar amb entitats de finances ètiques."],
    ],
    preferred: ["marta.soler@example.org"],
  },
  {
    email: "marc.pujol@example.org",
    stage: "NONE",
    currentPolicy: "Encara no hi ha cap actuació específica d'economia social a l'ajuntament de Molins de Rei.",
    goals: "Posar en marxa un primer pla local d'economia social i una xarxa d'entitats.",
    needs: [
      ["plans-locals-ess", "HIGH", "Volem saber com redactar i aprovar un primer pla local d'economia social."],
      ["emprenedoria-social", "MEDIUM", "Voldríem oferir assessorament a projectes d'emprenedoria social."],
    ],
    preferred: [],
  },
  {
    email: "clara.serra@example.org",
    stage: "EMERGING",
    currentPolicy:
      "Tenim clàusules socials en alguns contractes, però sense un criteri comú a tot l'ajuntament de Reus.",
    goals: "Implantar la contractació pública responsable de manera transversal a l'ajuntament.",
    needs: [
      [
        "contractacio-publica-responsable",
        "HIGH",
        "Volem una guia interna de clàusules socials i reserva de contractes.",
      ],
    ],
    preferred: [],
  },
];

/** Last year's pair, whose mentorship is starting. */
export const PREVIOUS_PAIR = { mentor: "pere.roca@example.org", mentee: "albert.riera@example.org" } as const;
