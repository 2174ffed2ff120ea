import type { ErrorObject } from "ajv";
import { describe, expect, it } from "vitest";
import { fieldProblems, MAX_FIELD_PROBLEMS } from "./problem.ts";

const unknown = (name: string): ErrorObject => ({
  keyword: "additionalProperties",
  instancePath: "",
  schemaPath: "#/additionalProperties",
  params: { additionalProperty: name },
});

describe("fieldProblems", () => {
  it("names an unknown field that looks like a field name, escaped as a JSON Pointer", () => {
    expect(fieldProblems([unknown("nickname")])).toEqual([
      { pointer: "/nickname", field: "nickname", detail: "is not a field of this record" },
    ]);
  });

  it("does not repeat a key that is not a field name: it may be a value sent in the wrong place", () => {
    for (const key of ["2012-05-14", "Jane Smith", "a/b", "x".repeat(41), "__proto__ "]) {
      const [p] = fieldProblems([unknown(key)]);
      expect(JSON.stringify(p)).not.toContain(key);
      expect(p).toEqual({
        pointer: "",
        field: "(not shown)",
        detail: "has a field this record does not have",
      });
    }
  });

  it("says what is expected, never the value", () => {
    const errors: ErrorObject[] = [
      { keyword: "required", instancePath: "", schemaPath: "#/required", params: { missingProperty: "sex" } },
      { keyword: "enum", instancePath: "/ethnicity", schemaPath: "#/enum", params: { allowedValues: [] } },
    ];
    expect(fieldProblems(errors)).toEqual([
      { pointer: "/sex", field: "sex", detail: "is required" },
      { pointer: "/ethnicity", field: "ethnicity", detail: "is not one of the allowed codes" },
    ]);
  });
});

describe("fieldProblems on a hostile body", () => {
  it("lists at most MAX_FIELD_PROBLEMS, the first ones, once each", () => {
    const errors = Array.from({ length: 40_000 }, (_, i) => unknown(`k${i % 20_000}`));
    const problems = fieldProblems(errors);
    expect(problems).toHaveLength(MAX_FIELD_PROBLEMS);
    expect(problems.map((p) => p.field).slice(0, 3)).toEqual(["k0", "k1", "k2"]);
    expect(fieldProblems(errors.slice(0, 10).concat(errors.slice(0, 10)))).toHaveLength(10);
  });
});
