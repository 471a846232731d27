import { emailAddressSchema, emailDomain, normaliseEmail } from "@/lib/auth/email-address";
import { inCatalan, validationIn } from "../support/translator";
import { safeNextPath } from "@/lib/auth/schema";

describe("normaliseEmail", () => {
  it("trims, lower-cases and composes Unicode the same way everywhere", () => {
    expect(normaliseEmail("  Nuria.Camps@Example.ORG ")).toBe("nuria.camps@example.org");
    expect(normaliseEmail("nu\u0301ria@example.org")).toBe("núria@example.org");
  });

  it("is the transform of the form schema, with Catalan messages", () => {
    expect(emailAddressSchema.parse(" A@B.Cat ")).toBe("a@b.cat");
    const empty = emailAddressSchema.safeParse("   ");
    expect(empty.success).toBe(false);
    expect(inCatalan(empty.error!.issues[0].message)).toBe("Escriviu una adreça electrònica.");
    // the same message in the page's language
    expect(validationIn("es")(empty.error!.issues[0].message)).toBe("Escriba una dirección electrónica.");
    const wrong = emailAddressSchema.safeParse("no-és-una-adreça");
    expect(inCatalan(wrong.error!.issues[0].message)).toMatch(/^Escriviu una adreça electrònica vàlida/);
    expect(inCatalan(emailAddressSchema.safeParse(`${"a".repeat(250)}@b.cat`).error!.issues[0].message)).toBe(
      "L'adreça és massa llarga.",
    );
  });

  it("gives the domain of an address", () => {
    expect(emailDomain("laura@ajgirona.cat")).toBe("ajgirona.cat");
  });
});

describe("safeNextPath", () => {
  it("accepts only paths of this app in the same language", () => {
    expect(safeNextPath("/ca/secretaria", "ca")).toBe("/ca/secretaria");
    expect(safeNextPath("/es/secretaria", "ca")).toBeUndefined();
    expect(safeNextPath("//evil.example.com/ca/x", "ca")).toBeUndefined();
    expect(safeNextPath("https://evil.example.com/ca/", "ca")).toBeUndefined();
    expect(safeNextPath("/ca/\\evil", "ca")).toBeUndefined();
    expect(safeNextPath(undefined, "ca")).toBeUndefined();
  });
});
