// Runs the TypeScript examples in a package README as tests, so documentation cannot drift from the
// code. Every ```ts block is compiled (types stripped by esbuild) and run as an ES module against the
// built packages; a line of the form `expression; // => value` also asserts that the expression deeply
// equals `value` (a JavaScript literal). Blocks fenced as ```ts no-run are skipped (e.g. fragments).
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { transformSync } from "esbuild";

/** One runnable example from a README. */
export interface ReadmeExample {
  readonly line: number;
  readonly code: string;
}

/** The runnable ```ts blocks of a Markdown file, with the line each starts on. */
export function readmeExamples(markdown: string): ReadmeExample[] {
  const out: ReadmeExample[] = [];
  const lines = markdown.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const fence = /^```(ts|typescript)(\s.*)?$/.exec(lines[i] ?? "");
    if (!fence || fence[2]?.includes("no-run")) continue;
    const start = i + 1;
    const body: string[] = [];
    for (i = start; i < lines.length && lines[i] !== "```"; i++) body.push(lines[i] ?? "");
    out.push({ line: start + 1, code: body.join("\n") });
  }
  return out;
}

const ASSERTION = /^(\s*)(.+?);\s*\/\/ => (.+)$/;

/** Rewrites `expr; // => value` lines into assertions. */
export function withAssertions(code: string): string {
  return code
    .split("\n")
    .map((line) => {
      const m = ASSERTION.exec(line);
      return m ? `${m[1]}__expect(${m[2]}, ${m[3]});` : line;
    })
    .join("\n");
}

/** Compiles and runs one example from a package directory; rejects when it throws or an assertion fails. */
export async function runReadmeExample(
  example: ReadmeExample,
  packageDir: string,
  name: string,
): Promise<void> {
  const js = transformSync(withAssertions(example.code), {
    loader: "ts",
    format: "esm",
    target: "es2022",
  }).code;
  const dir = join(packageDir, ".vitest", "readme");
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${name}-line-${example.line}.mjs`);
  writeFileSync(file, `import { deepStrictEqual as __expect } from "node:assert/strict";\n${js}`);
  await import(`${pathToFileURL(file).href}?t=${Date.now()}`);
}

/** Reads a README and returns its examples (for `it.each`). */
export function examplesOf(readmePath: string): ReadmeExample[] {
  return readmeExamples(readFileSync(readmePath, "utf8"));
}
