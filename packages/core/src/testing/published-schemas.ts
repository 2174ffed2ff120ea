import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import * as z from "zod";
import { publicSchemasOf } from "../json-schema/public-schemas";
import { toJsonSchema } from "../json-schema/to-json-schema";
import { createAjv } from "./create-ajv";

/**
 * Checks what a package publishes in `dist/schemas` (written at build time by the repository's
 * emit-schemas script) against the package's exports: the index lists exactly the exported schemas
 * that have an id, and each file compiles under Ajv 2020, carries its `$id`, and equals the JSON
 * Schema generated from the Zod schema now. Returns the problems found (empty when all is well); a
 * missing build is a problem, not a pass.
 */
export function checkPublishedSchemas(exports: Record<string, unknown>, schemasDir: string): string[] {
  const indexFile = join(schemasDir, "index.json");
  if (!existsSync(indexFile)) return [`${indexFile} does not exist: build the package first`];
  const index = JSON.parse(readFileSync(indexFile, "utf8")) as {
    schemas: { name: string; id: string; file: string }[];
  };
  const problems: string[] = [];
  const exported = publicSchemasOf(exports).map(([name]) => name);
  const listed = index.schemas.map((s) => s.name).sort();
  for (const name of exported)
    if (!listed.includes(name)) problems.push(`${name} is exported but not published`);
  for (const name of listed)
    if (!exported.includes(name)) problems.push(`${name} is published but not exported`);
  const ajv = createAjv();
  for (const entry of index.schemas) {
    const schema = exports[entry.name];
    if (!(schema instanceof z.ZodType)) continue;
    const json = JSON.parse(readFileSync(join(schemasDir, entry.file), "utf8"));
    if (json.$id !== entry.id) problems.push(`${entry.file}: $id is ${json.$id}, the index says ${entry.id}`);
    const fresh = JSON.parse(JSON.stringify(toJsonSchema(schema, { id: entry.id })));
    if (JSON.stringify(json) !== JSON.stringify(fresh))
      problems.push(`${entry.file} is stale: rebuild the package`);
    try {
      ajv.compile(json);
    } catch (error) {
      problems.push(
        `${entry.file} does not compile: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }
  return problems;
}
