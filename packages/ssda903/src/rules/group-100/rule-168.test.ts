import { describe, expect, it } from "vitest";
import { conformanceTests, flagsOf } from "../../testing/run-rule";
import { rule168 } from "./rule-168";

describe("rule 168", () => {
  it("accepts UPNs, temporary UPNs and UN1-UN5; flags I/O/S check letters, wrong lengths and UN6", () => {
    const Header = [
      "A123456789012",
      "A12345678901B",
      "UN5",
      "UN6",
      "I123456789012",
      "S123456789012",
      "A12345678901",
      "a123456789012",
      null,
    ].map((UPN, i) => ({ CHILD: String(i), UPN }));
    expect(flagsOf(rule168, { Header })).toEqual({ Header: [3, 4, 5, 6, 7] });
  });
  conformanceTests(rule168);
});
