import { describe, expect, it } from "vitest";
import * as z from "zod";
import { IsoDate } from "../dates/iso-date";
import { toJsonSchema } from "../json-schema/to-json-schema";
import { findPersonalDataLeaks } from "./leaks";
import { personal, personalDataLevelOf, specialCategory } from "./personal-data";
import { pseudonymise, pseudonymiseFields, redact } from "./redact";

const Carer = z.object({ name: personal(z.string()), relationship: z.string() });
const Child = z.object({
  childId: personal(z.string()),
  dateOfBirth: personal(IsoDate).optional(),
  ethnicity: specialCategory(z.string()),
  sex: z.enum(["M", "F", "U"]),
  carers: z.array(Carer).optional(),
  contact: z.discriminatedUnion("kind", [
    z.object({ kind: z.literal("phone"), number: personal(z.string()) }),
    z.object({ kind: z.literal("none") }),
  ]),
});
type Child = z.infer<typeof Child>;

const child: Child = {
  childId: "C-7781",
  dateOfBirth: "2012-05-04",
  ethnicity: "WBRI",
  sex: "F",
  carers: [{ name: "Aunt Jo", relationship: "aunt" }],
  contact: { kind: "phone", number: "07700 900123" },
};

describe("marking", () => {
  it("records the level on the schema and in JSON Schema", () => {
    expect(personalDataLevelOf(Child.shape.childId)).toBe("personal");
    expect(personalDataLevelOf(Child.shape.ethnicity)).toBe("special-category");
    expect(personalDataLevelOf(Child.shape.sex)).toBeUndefined();
    const json = toJsonSchema(Child) as { properties: Record<string, { personalData?: string }> };
    expect(json.properties["childId"]?.personalData).toBe("personal");
    expect(json.properties["ethnicity"]?.personalData).toBe("special-category");
  });

  it("keeps the inner schema's title when marking", () => {
    const json = toJsonSchema(personal(IsoDate)) as { title?: string; personalData?: string };
    expect(json.personalData).toBe("personal");
  });
});

describe("redact", () => {
  it("drops marked fields at any depth and leaves the input alone", () => {
    const before = structuredClone(child);
    expect(redact(Child, child)).toEqual({
      sex: "F",
      carers: [{ relationship: "aunt" }],
      contact: { kind: "phone" },
    });
    expect(child).toEqual(before);
  });

  it("can replace instead of dropping, and keep special-category fields", () => {
    const out = redact(Child, child, { replacement: "[redacted]", levels: ["personal"] });
    expect(out.childId).toBe("[redacted]");
    expect(out.ethnicity).toBe("WBRI");
    expect(out.carers?.[0]?.name).toBe("[redacted]");
  });

  it("still finds marked fields in a record that does not validate", () => {
    const bad = { ...child, sex: "?", contact: { kind: "phone", number: "07700 900123", extra: 1 } };
    const out = redact(Child, bad) as Record<string, unknown>;
    expect(out["childId"]).toBeUndefined();
    expect((out["contact"] as Record<string, unknown>)["number"]).toBeUndefined();
  });
});

describe("pseudonymise", () => {
  it("is a stable keyed HMAC-SHA-256", () => {
    // RFC 4231 test case 2: key "Jefe", data "what do ya want for nothing?"
    expect(pseudonymise("what do ya want for nothing?", "Jefe")).toBe(
      "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
    );
    expect(pseudonymise("C-7781", "k1")).toBe(pseudonymise("C-7781", "k1"));
    expect(pseudonymise("C-7781", "k1")).not.toBe(pseudonymise("C-7781", "k2"));
    expect(pseudonymise("C-7781", "k1", 16)).toHaveLength(16);
    expect(() => pseudonymise("x", "")).toThrow(RangeError);
  });

  it("replaces personal fields by tokens and drops special-category ones", () => {
    const out = pseudonymiseFields(Child, child, "secret");
    expect(out.childId).toBe(pseudonymise("C-7781", "secret"));
    expect(out.ethnicity).toBeUndefined();
    expect(out.sex).toBe("F");
  });
});

describe("findPersonalDataLeaks", () => {
  it("finds a message that names a personal value, and says where without repeating it", () => {
    const leaks = findPersonalDataLeaks(Child, child, [
      "Child C-7781 has no placement",
      "Sex is F",
      { message: "Born 2012-05-04" },
    ]);
    expect(leaks).toEqual([
      { messageIndex: 0, fieldPath: ["childId"], level: "personal" },
      { messageIndex: 2, fieldPath: ["dateOfBirth"], level: "personal" },
    ]);
    expect(JSON.stringify(leaks)).not.toContain("C-7781");
  });

  it("ignores values too short to be meaningful", () => {
    expect(findPersonalDataLeaks(Child, { ...child, childId: "C1" }, ["C1 appears by chance"])).toEqual([]);
  });
});

describe("personal() on a code list", () => {
  it("keeps the code list's methods on the marked schema", async () => {
    const { defineCodeList } = await import("../code-list/define-code-list");
    const Colour = defineCodeList([{ code: "R", label: "Red", source: "test" }] as const, {
      id: "test.Colour",
      title: "Colour",
    });
    const marked = personal(Colour);
    expect(marked.labelOf("R")).toBe("Red");
    expect(marked.has("R")).toBe(true);
    expect(personalDataLevelOf(marked)).toBe("personal");
  });
});
