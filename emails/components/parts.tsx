import { Button, Section, Text } from "@react-email/components";
import type { ReactNode } from "react";
import { brand, button, paragraph } from "./EmailLayout";

export function P({ children }: { children: ReactNode }) {
  return <Text style={paragraph}>{children}</Text>;
}

export function Small({ children }: { children: ReactNode }) {
  return <Text style={{ ...paragraph, fontSize: 13, color: brand.muted }}>{children}</Text>;
}

export function Action({ href, children }: { href: string; children: ReactNode }) {
  return (
    <Section style={{ margin: "20px 0" }}>
      <Button href={href} style={button}>
        {children}
      </Button>
    </Section>
  );
}

export function Facts({ items }: { items: [string, ReactNode][] }) {
  return (
    <Section style={{ backgroundColor: brand.background, padding: "8px 16px", borderRadius: 6, margin: "12px 0" }}>
      {items.map(([label, value]) => (
        <Text key={label} style={{ margin: "6px 0", fontSize: 14 }}>
          <strong>{label}:</strong> {value}
        </Text>
      ))}
    </Section>
  );
}
