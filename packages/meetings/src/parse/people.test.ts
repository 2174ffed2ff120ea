import { describe, expect, it } from "vitest";
import { addParticipant, isPersonName, ParticipantList, peopleIn } from "./people";
import { speakersIn } from "./speakers";

const people = (subject: string) => peopleIn(subject, 0).map((p) => p.participant);

describe("people in a subject", () => {
  it("tells names from roles", () => {
    expect(isPersonName("Steve Liddicott")).toBe(true);
    expect(isPersonName("Councillor T Henderson")).toBe(true);
    expect(isPersonName("Ms Beasley-Murray")).toBe(true);
    expect(isPersonName("Luke")).toBe(false);
    expect(isPersonName("Luke", true)).toBe(true);
    expect(isPersonName("Head of Service")).toBe(false);
    expect(isPersonName("Improvement Delivery Lead")).toBe(false);
  });

  it("reads names with roles, several people, and role-only participants", () => {
    expect(
      people(
        "Susannah Beasley-Murray, Director of Supporting Families, and Sheleena Powtoo, Improvement Delivery Lead",
      ),
    ).toEqual([
      { name: "Susannah Beasley-Murray", role: "Director of Supporting Families" },
      { name: "Sheleena Powtoo", role: "Improvement Delivery Lead" },
    ]);
    expect(people("The Director of Children’s Services")).toEqual([
      { role: "Director of Children’s Services" },
    ]);
    expect(people("Jane Smith and John Doe")).toEqual([{ name: "Jane Smith" }, { name: "John Doe" }]);
    expect(people("the Head of Service and the Team Manager")).toEqual([
      { role: "Head of Service" },
      { role: "Team Manager" },
    ]);
    expect(people("The five main priorities")).toEqual([]);
  });

  it("finds presenters by verb, and passive 'presented by'", () => {
    const s = (t: string) => speakersIn(t, t.toLowerCase(), 0);
    expect(
      s("The report was presented by Jane Smith, Head of Fostering.")?.people.map((p) => p.participant),
    ).toEqual([{ name: "Jane Smith", role: "Head of Fostering" }]);
    expect(s("Ms Beasley-Murray informed the sub-committee of the pledge.")?.presenting).toBe(false);
    expect(s("The government had acted quickly and gave guidance.")).toBeUndefined();
    expect(s("It was explained that the service gave support.")).toBeUndefined();
  });

  it("does not repeat a participant met again by surname or role", () => {
    const items = [{ name: "Susannah Beasley-Murray", role: "Director of Supporting Families" }];
    const list = new ParticipantList(items);
    addParticipant(list, { name: "Ms Beasley-Murray" });
    addParticipant(list, { role: "Head of Service" });
    addParticipant(list, { role: "head of service" });
    addParticipant(list, { role: "Director of Supporting Families" });
    addParticipant(list, { name: "Luke" });
    addParticipant(list, { name: "Luke", role: "young person" });
    expect(items).toEqual([
      { name: "Susannah Beasley-Murray", role: "Director of Supporting Families" },
      { role: "Head of Service" },
      { name: "Luke", role: "young person" },
    ]);
  });
});
