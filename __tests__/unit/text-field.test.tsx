/** @jest-environment jsdom */
import { render, screen } from "@testing-library/react";
import { TextField } from "@/components/TextField";

describe("TextField", () => {
  it("ties its help and its error to the input for screen readers", () => {
    render(
      <TextField
        name="email"
        label="Adreça electrònica"
        help="La vostra adreça de treball"
        error="Escriviu una adreça vàlida."
      />,
    );
    const input = screen.getByLabelText("Adreça electrònica");
    expect(input).toHaveAttribute("aria-invalid", "true");
    expect(input).toHaveAccessibleDescription("La vostra adreça de treball Escriviu una adreça vàlida.");
  });

  it("is not marked invalid without an error", () => {
    render(<TextField name="email" label="Adreça electrònica" />);
    expect(screen.getByLabelText("Adreça electrònica")).not.toHaveAttribute("aria-invalid");
  });
});
