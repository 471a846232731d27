import { Body, Container, Head, Hr, Html, Preview, Section, Text } from "@react-email/components";
import type { ReactNode } from "react";
import { emailT, type EmailLocale } from "./i18n";

export const brand = {
  green: "#0b5d4b",
  ink: "#1b1f23",
  muted: "#4a5560",
  background: "#f4f6f5",
};

/** `locale`: the language the email's words are in (its `lang`); Catalan where a template has no other yet. */
type Props = { preview: string; children: ReactNode; footer?: ReactNode; locale?: EmailLocale };

export function EmailLayout({ preview, children, footer, locale = "ca" }: Props) {
  const t = emailT(locale);
  return (
    <Html lang={locale}>
      <Head />
      <Preview>{preview}</Preview>
      <Body style={{ backgroundColor: brand.background, fontFamily: "Arial, Helvetica, sans-serif", color: brand.ink }}>
        <Container style={{ maxWidth: 560, margin: "0 auto", padding: "24px 0" }}>
          <Section style={{ backgroundColor: brand.green, padding: "16px 24px", borderRadius: "6px 6px 0 0" }}>
            <Text style={{ color: "#ffffff", fontSize: 18, fontWeight: 700, margin: 0 }}>{t("layout.brand")}</Text>
          </Section>
          <Section style={{ backgroundColor: "#ffffff", padding: "8px 24px 24px", borderRadius: "0 0 6px 6px" }}>
            {children}
          </Section>
          <Hr style={{ borderColor: "#d5dbd8", margin: "24px 0 12px" }} />
          <Text style={{ fontSize: 12, color: brand.muted, lineHeight: "18px" }}>
            {t("layout.footer")}
            {footer ? <> {footer}</> : null}
          </Text>
        </Container>
      </Body>
    </Html>
  );
}

export const paragraph = { fontSize: 15, lineHeight: "23px", margin: "12px 0" } as const;

export const button = {
  backgroundColor: brand.green,
  color: "#ffffff",
  padding: "12px 20px",
  borderRadius: 6,
  fontSize: 15,
  fontWeight: 700,
  textDecoration: "none",
  display: "inline-block",
} as const;
