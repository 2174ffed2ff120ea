import { describe, expect, it } from "vitest";
import {
  closeObjects,
  compileWriteValidators,
  publishedSchema,
  WRITE_SCHEMAS,
  writeSchema,
} from "./schemas.ts";

/** Every object schema (with `properties`) in a schema tree. */
function objectSchemas(schema: unknown): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node !== null && typeof node === "object") {
      if ("properties" in node) out.push(node as Record<string, unknown>);
      Object.values(node).forEach(walk);
    }
  };
  walk(schema);
  return out;
}

describe("write schemas", () => {
  it("close every object of the published schemas with additionalProperties: false", () => {
    for (const name of WRITE_SCHEMAS) {
      const objects = objectSchemas(writeSchema(name));
      expect(objects.length).toBeGreaterThan(0);
      for (const o of objects) expect(o["additionalProperties"]).toBe(false);
      // The published schema itself stays open: it describes records wherever they are read.
      expect(objectSchemas(publishedSchema(name)).some((o) => o["additionalProperties"] === undefined)).toBe(
        true,
      );
    }
  });

  it("leave episodes out of a child: they are written at /children/{childId}/episodes", () => {
    const root = (writeSchema("LookedAfterChild")["$defs"] as Record<string, { properties: object }>)[
      "placements.LookedAfterChild"
    ];
    expect(Object.keys(root?.properties ?? {})).not.toContain("episodes");
    expect(Object.keys(root?.properties ?? {})).toContain("dateOfBirth");
  });

  it("refuse an unknown field, a prototype key and episodes, and accept a plain record", () => {
    const v = compileWriteValidators();
    const child = { childId: "C1", sex: "F", dateOfBirth: "2012-05-14", ethnicity: "WBRI" };
    expect(v.LookedAfterChild(child)).toBe(true);
    expect(v.LookedAfterChild({ ...child, nickname: "x" })).toBe(false);
    expect(
      v.LookedAfterChild(
        JSON.parse(
          '{"childId":"C1","sex":"F","dateOfBirth":"2012-05-14","ethnicity":"WBRI","__proto__":{"x":1}}',
        ),
      ),
    ).toBe(false);
    expect(v.LookedAfterChild({ ...child, episodes: [] })).toBe(false);
  });

  it("closeObjects keeps an explicit additionalProperties", () => {
    const schema = {
      properties: { a: {} },
      additionalProperties: { type: "string" },
      $defs: { b: { properties: {} } },
    };
    closeObjects(schema);
    expect(schema.additionalProperties).toEqual({ type: "string" });
    expect(schema.$defs.b).toEqual({ properties: {}, additionalProperties: false });
  });
});
