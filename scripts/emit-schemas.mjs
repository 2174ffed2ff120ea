#!/usr/bin/env node
// Build step of every published package (run after tsup, from the package directory): writes each
// public schema as JSON Schema draft 2020-12 (input side) to dist/schemas/<Name>.json, with an `$id`,
// and an index of them all to dist/schemas/index.json. A public schema is an export of the package's
// entry that is a Zod schema registered with an id (`.meta({ id })`); the file is named after the export.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const pkgDir = process.cwd();
const pkg = JSON.parse(readFileSync(join(pkgDir, "package.json"), "utf8"));
const short = pkg.name.split("/").pop();
const entry = await import(pathToFileURL(join(pkgDir, "dist", "index.js")).href);
// Resolve zod and core as the package itself does, so the registry is the one its schemas use.
const { z } = await import(pathToFileURL(join(pkgDir, "node_modules", "zod", "index.js")).href).catch(
  () => import("zod"),
);
const core = pkg.name === "@childrens-social-care/core" ? entry : await import("@childrens-social-care/core");

const outDir = join(pkgDir, "dist", "schemas");
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });

const index = [];
for (const [name, value] of Object.entries(entry).sort(([a], [b]) => (a < b ? -1 : 1))) {
  if (!(value instanceof z.ZodType)) continue;
  const meta = z.globalRegistry.get(value);
  if (!meta?.id) continue;
  const id = `urn:childrens-social-care:${short}:${name}`;
  const schema = core.toJsonSchema(value, { id });
  const file = `${name}.json`;
  writeFileSync(join(outDir, file), `${JSON.stringify(schema, null, 2)}\n`);
  index.push({ name, id, title: meta.title ?? name, description: meta.description, file });
}
writeFileSync(
  join(outDir, "index.json"),
  `${JSON.stringify({ package: pkg.name, version: pkg.version, draft: "2020-12", io: "input", schemas: index }, null, 2)}\n`,
);
console.log(`${pkg.name}: ${index.length} JSON Schemas written to dist/schemas`);
