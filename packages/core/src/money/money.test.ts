import { describe, expect, it } from "vitest";
import { expectSchemaAgreement } from "../testing/schema-agreement";
import { formatMoney, Money } from "./money";

describe("Money", () => {
  it("formats whole pence as pounds", () => {
    expect(formatMoney({ amountPence: 300000, currency: "GBP" })).toBe("£3,000");
    expect(formatMoney({ amountPence: 1250, currency: "GBP" })).toBe("£12.50");
    expect(formatMoney({ amountPence: 5, currency: "GBP" })).toBe("£0.05");
  });
  it("agrees with its JSON Schema", () => {
    expectSchemaAgreement(Money, {
      cases: [
        { amountPence: 300000, currency: "GBP" },
        { amountPence: 3000.5, currency: "GBP" },
        { amountPence: -1, currency: "GBP" },
        { amountPence: 1, currency: "USD" },
        { amountPence: 1, currency: "GBP", extra: true },
      ],
    });
  });
});
