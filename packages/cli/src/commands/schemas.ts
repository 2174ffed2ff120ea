import { existsSync, mkdirSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { toJsonSchema } from "@childrens-social-care/core";
import { ExitCode } from "../exit-codes";
import type { CliIo } from "../io";
import { publicModels } from "../models";

/**
 * `csc schemas --out <dir>`: writes every public schema of every package as JSON Schema draft 2020-12
 * (input side) to `<dir>/<package>/<Name>.json`, with an `$id`, and an `index.json`. `--list` prints
 * the names instead.
 */
export function runSchemas(options: { out?: string; list?: boolean; force?: boolean }, io: CliIo): ExitCode {
  const models = publicModels();
  if (options.list || !options.out) {
    for (const m of models) io.stdout.write(`${m.name.padEnd(32)} ${m.id.padEnd(40)} ${m.title ?? ""}\n`);
    if (!options.out && !options.list)
      io.stderr.write("\nPass --out <dir> to write the JSON Schema files.\n");
    return ExitCode.Clean;
  }
  const outDir = resolve(io.cwd, options.out);
  if (existsSync(outDir) && !isDirectory(outDir)) {
    io.stderr.write(`csc schemas: ${options.out} exists and is not a folder.\n`);
    return ExitCode.UsageOrInput;
  }
  // Never replace files without being asked: the folder may hold someone's edited copies.
  const clashes = [
    ...models.map((m) => `${m.packageName.split("/").pop()}/${m.name}.json`),
    "index.json",
  ].filter((f) => existsSync(join(outDir, f)));
  if (clashes.length && !options.force) {
    io.stderr.write(
      `csc schemas: ${clashes.length} of the files already exist in ${options.out} (e.g. ${clashes[0]}); nothing written (use --force to replace them).\n`,
    );
    return ExitCode.UsageOrInput;
  }
  const index: { name: string; id: string; package: string; file: string; title?: string }[] = [];
  for (const m of models) {
    const pkgDir = m.packageName.split("/").pop() as string;
    mkdirSync(join(outDir, pkgDir), { recursive: true });
    const id = `urn:childrens-social-care:${pkgDir}:${m.name}`;
    const file = `${pkgDir}/${m.name}.json`;
    writeFileSync(join(outDir, file), `${JSON.stringify(toJsonSchema(m.schema, { id }), null, 2)}\n`);
    index.push({ name: m.name, id, package: m.packageName, file, ...(m.title ? { title: m.title } : {}) });
  }
  writeFileSync(
    join(outDir, "index.json"),
    `${JSON.stringify({ draft: "2020-12", io: "input", schemas: index }, null, 2)}\n`,
  );
  io.stdout.write(`Wrote ${index.length} JSON Schemas and index.json to ${options.out}\n`);
  return ExitCode.Clean;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
