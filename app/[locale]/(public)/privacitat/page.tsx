import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageHeader } from "@/components/PageHeader";
import { env } from "@/lib/env";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "privacy" });
  return { title: t("title") };
}

// The notice is written in Catalan, the network's working language; it is the text of record.
export default async function PrivacyPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("privacy");
  const contact = env().CONTACT_EMAIL;
  return (
    <article className="max-w-3xl space-y-6 leading-relaxed" lang="ca">
      <PageHeader
        title={t("title")}
        lead="Com tractem les dades personals de les persones que participen en el programa de mentoria de l'XMESS."
      />
      <section>
        <h2 className="text-xl font-semibold">Qui és responsable del tractament</h2>
        <p className="mt-2">
          La Xarxa de Municipis per l&apos;Economia Social i Solidària (XMESS), a través de la secretaria tècnica del
          programa de mentoria. Per a qualsevol qüestió sobre les vostres dades podeu escriure a{" "}
          <a href={`mailto:${contact}`}>{contact}</a>.
        </p>
      </section>
      <section>
        <h2 className="text-xl font-semibold">Quines dades tractem</h2>
        <ul className="mt-2 list-disc space-y-1 pl-6">
          <li>
            Dades d&apos;identificació i contacte professional: nom, adreça electrònica de treball, càrrec, municipi i,
            si ho voleu, telèfon.
          </li>
          <li>
            Les dades de participació: sol·licituds, disponibilitat com a persona mentora, propostes, acords, trobades,
            comunicacions amb la secretaria, valoracions i fitxes.
          </li>
          <li>
            Dades tècniques necessàries per a la seguretat: sessions d&apos;accés, registre d&apos;accions i registre de
            correus enviats.
          </li>
        </ul>
      </section>
      <section>
        <h2 className="text-xl font-semibold">Per a què les fem servir</h2>
        <p className="mt-2">
          Per gestionar el programa de mentoria: rebre sol·licituds, proposar parelles de mentoria, fer-ne el seguiment,
          enviar els avisos i recordatoris de cada fase, avaluar el programa i publicar les fitxes de les mentories. La
          base jurídica és el vostre consentiment en participar-hi i l&apos;interès públic en la cooperació entre
          municipis. No fem cap decisió automatitzada: les propostes de parelles les fa la secretaria.
        </p>
      </section>
      <section>
        <h2 className="text-xl font-semibold">Qui hi té accés</h2>
        <p className="mt-2">
          La secretaria del programa. Cada acompanyament només el veuen les dues persones que hi participen i la
          secretaria; una persona mentora només veu una sol·licitud quan se li n&apos;adreça una proposta. Les fitxes
          publicades són públiques, i només hi figuren els camps pensats per ser-ho. Els correus s&apos;envien a través
          d&apos;un proveïdor de correu electrònic que actua com a encarregat del tractament.
        </p>
      </section>
      <section>
        <h2 className="text-xl font-semibold">Quant de temps les conservem</h2>
        <ul className="mt-2 list-disc space-y-1 pl-6">
          <li>Els enllaços d&apos;entrada caduquen als pocs minuts i s&apos;esborren un cop fets servir.</li>
          <li>
            Les sessions es tanquen al cap de {env().SESSION_IDLE_DAYS} dies sense activitat, i com a molt als{" "}
            {env().SESSION_MAX_AGE_DAYS} dies. Des del vostre perfil podeu tancar la sessió a tots els dispositius.
          </li>
          <li>
            Les dades de cada convocatòria es conserven mentre dura i durant els {env().RETENTION_YEARS} anys següents
            al seu tancament, per avaluar el programa; després se n&apos;esborren els textos personals (disponibilitat,
            resums de trobades, comunicacions, comentaris de les valoracions) i els correus. Les xifres i les fitxes
            publicades es mantenen com a memòria del programa.
          </li>
          <li>
            Si demaneu la supressió, la secretaria esborra o anonimitza totes les vostres dades personals;
            l&apos;historial del programa es manté sense identitat.
          </li>
        </ul>
      </section>
      <section>
        <h2 className="text-xl font-semibold">Els vostres drets</h2>
        <p className="mt-2">
          Podeu accedir a les vostres dades, rectificar-les, demanar-ne la supressió o la limitació, oposar-vos al
          tractament i demanar-ne la portabilitat escrivint a <a href={`mailto:${contact}`}>{contact}</a>. Des del
          vostre perfil podeu descarregar totes les dades que en conservem (en format JSON) i deixar de rebre els
          recordatoris no imprescindibles. Si considereu que no s&apos;han respectat els vostres drets, podeu
          adreçar-vos a l&apos;Autoritat Catalana de Protecció de Dades (apdcat.gencat.cat).
        </p>
      </section>
    </article>
  );
}
