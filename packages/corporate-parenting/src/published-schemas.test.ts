// The build writes every public schema to dist/schemas (scripts/emit-schemas.mjs). These tests read
// what would be published: each file compiles under Ajv 2020, matches the schema it came from, and the
// index lists them all.
import { existsSync, readFileSync } from "node:fs";
import { toJsonSchema } from "@childrens-social-care/core";
import { createAjv } from "@childrens-social-care/core/testing";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import * as pkg from "./index";

const dir = new URL("../dist/schemas/", import.meta.url);

describe.runIf(existsSync(new URL("index.json", dir)))("published JSON Schemas", () => {
  const index = JSON.parse(readFileSync(new URL("index.json", dir), "utf8")) as {
    schemas: { name: string; id: string; file: string }[];
  };

  it("lists every exported schema with an id", () => {
    const exported = Object.entries(pkg)
      .filter(([, v]) => v instanceof z.ZodType && z.globalRegistry.get(v)?.id)
      .map(([k]) => k)
      .sort();
    expect(index.schemas.map((s) => s.name)).toEqual(exported);
  });

  it("each file compiles, carries its $id and equals the schema generated from Zod", () => {
    const ajv = createAjv();
    for (const entry of index.schemas) {
      const json = JSON.parse(readFileSync(new URL(entry.file, dir), "utf8"));
      expect(json.$id).toBe(entry.id);
      const schema = (pkg as unknown as Record<string, z.ZodType>)[entry.name] as z.ZodType;
      expect(json).toEqual(JSON.parse(JSON.stringify(toJsonSchema(schema, { id: entry.id }))));
      expect(() => ajv.compile(json)).not.toThrow();
    }
  });
});
