import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule553 } from "./rule-553";

describe("rule 553", () => {
  it("flags an order with no record, and a ceased record while the order is open", () => {
    const Episodes = [
      { CHILD: "1", LS: "E1", DEC: null },
      { CHILD: "2", LS: "E1", DEC: null },
      { CHILD: "3", LS: "E1", DEC: "01/03/2024" },
      { CHILD: "4", LS: "C2", DEC: null },
    ];
    const PlacedAdoption = [
      { CHILD: "2", DATE_PLACED: "01/01/2024", DATE_PLACED_CEASED: null, REASON_PLACED_CEASED: "RD1" },
      {
        CHILD: "3",
        DATE_PLACED: "01/01/2024",
        DATE_PLACED_CEASED: "01/03/2024",
        REASON_PLACED_CEASED: "RD1",
      },
    ];
    expect(flagsOf(rule553, { Episodes, PlacedAdoption })).toEqual({ Episodes: [0], PlacedAdoption: [0] });
  });
  conformanceTests(rule553);
});
