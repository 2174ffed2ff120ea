import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { provisions } from "../catalogue/provisions";
import { searchProvisions } from "./search";

describe("searchProvisions, as properties", () => {
  it("never throws, and returns catalogue provisions best first", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (phrase) => {
        const found = searchProvisions(phrase);
        for (let i = 1; i < found.length; i++) {
          expect(found[i - 1]?.score).toBeGreaterThanOrEqual(found[i]?.score ?? 0);
        }
        for (const m of found) expect(provisions).toContain(m.provision);
      }),
    );
  });

  it("finds every provision by its own title and by each alias, whatever the case and punctuation", () => {
    for (const p of provisions) {
      for (const name of [p.title, ...p.aliases]) {
        const shouted = `  ${name.toUpperCase().replace(/ /g, " - ")}  `;
        expect(
          searchProvisions(shouted).map((m) => m.provision.id),
          name,
        ).toContain(p.id);
      }
    }
  });
});
