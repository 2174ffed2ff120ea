import fc from "fast-check";
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

describe("rule 168 (properties)", () => {
  const digits = (n: number) =>
    fc.string({ unit: fc.constantFrom(..."0123456789"), minLength: n, maxLength: n });
  const letter = fc.constantFrom(..."ABCDEFGHJKLMNPQRTUVWXYZ");
  it("passes every well-formed permanent and temporary UPN", () => {
    fc.assert(
      fc.property(
        letter,
        digits(11),
        fc.oneof(digits(1), fc.constantFrom(..."ABCDEFGHIJKLMNOPQRSTUVWXYZ")),
        (first, middle, last) => {
          const Header = [{ CHILD: "1", UPN: `${first}${middle}${last}` }];
          return Object.keys(flagsOf(rule168, { Header })).length === 0;
        },
      ),
    );
  });
  it("flags a UPN starting with I, O or S, or of the wrong length", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("I", "O", "S"),
        digits(12),
        fc.nat({ max: 12 }),
        digits(1),
        (first, rest, cut, extra) => {
          // A wrong length: cut short to 0-12 characters, or one character too long.
          const wrongLength = cut === 12 ? `A${rest}${extra}` : `A${rest}`.slice(0, cut);
          const bad = [`${first}${rest}`, wrongLength];
          const Header = bad.map((UPN, i) => ({ CHILD: String(i), UPN }));
          return JSON.stringify(flagsOf(rule168, { Header })) === JSON.stringify({ Header: [0, 1] });
        },
      ),
    );
  });
});
