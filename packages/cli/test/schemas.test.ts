import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createAjv } from "@childrens-social-care/core/testing";
import { describe, expect, it } from "vitest";
import { publicModels } from "../src/models";
import { csc, workspace } from "./helpers";

describe("csc schemas", () => {
  it("writes every public schema with an $id and an index, each compiling under Ajv 2020", async () => {
    const dir = workspace({});
    const r = await csc(["schemas", "--out", "out"], { cwd: dir });
    expect(r.code).toBe(0);
    const index = JSON.parse(readFileSync(join(dir, "out", "index.json"), "utf8"));
    expect(index.schemas).toHaveLength(publicModels().length);
    const ajv = createAjv();
    for (const entry of index.schemas) {
      const schema = JSON.parse(readFileSync(join(dir, "out", entry.file), "utf8"));
      expect(schema.$id).toBe(entry.id);
      expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
      expect(() => ajv.compile(schema)).not.toThrow();
    }
    expect(existsSync(join(dir, "out", "core", "Upn.json"))).toBe(true);
    const again = await csc(["schemas", "--out", "out"], { cwd: dir });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("--force");
    expect((await csc(["schemas", "--out", "out", "--force"], { cwd: dir })).code).toBe(0);
  });

  it("covers every schema each package publishes in its own dist/schemas index", async () => {
    const { createRequire } = await import("node:module");
    const require = createRequire(import.meta.url);
    const names = new Set(publicModels().map((m) => `${m.packageName}:${m.name}`));
    const packages = ["core", "placements", "meetings", "kinship", "corporate-parenting", "reforms"];
    let total = 0;
    for (const pkg of packages) {
      const index = require(`@childrens-social-care/${pkg}/schemas/index.json`) as {
        schemas: { name: string; id: string }[];
      };
      expect(index.schemas.length, pkg).toBeGreaterThan(0);
      for (const entry of index.schemas) {
        expect(names.has(`@childrens-social-care/${pkg}:${entry.name}`), entry.id).toBe(true);
        total += 1;
      }
    }
    expect(total).toBe(publicModels().length);
  });

  it("lists schemas, and refuses to write into a file", async () => {
    const list = await csc(["schemas", "--list"]);
    expect(list.code).toBe(0);
    expect(list.stdout).toContain("core.Upn");
    const dir = workspace({ "taken.json": "{}" });
    const r = await csc(["schemas", "--out", "taken.json"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(readFileSync(join(dir, "taken.json"), "utf8")).toBe("{}");
  });
});
