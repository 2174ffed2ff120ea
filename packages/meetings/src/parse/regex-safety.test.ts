// Guards the parser's linear time: no regular expression in the package's code may nest quantifiers
// ("(a+)+", "(\s*x)*") or end with an unanchored repeated class ("[,.]+$"), the two shapes that make a
// backtracking engine take quadratic or exponential time. Loops replace them where needed.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const SRC = new URL("..", import.meta.url).pathname;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sourceFiles(join(dir, e.name))
      : e.name.endsWith(".ts") && !e.name.includes(".test")
        ? [join(dir, e.name)]
        : [],
  );
}

/** Regular expression literals in TypeScript source (those passed to replace/test/exec/regex/match). */
function regexLiterals(code: string): string[] {
  const out: string[] = [];
  const marker = /(?:\(|,\s*|=\s*|return\s+|\?\s*|:\s*)\/(?![/*])/g;
  for (let m = marker.exec(code); m; m = marker.exec(code)) {
    let i = m.index + m[0].length;
    let inClass = false;
    let body = "";
    for (; i < code.length && code[i] !== "\n"; i++) {
      const c = code[i];
      if (c === "\\") {
        body += c + (code[i + 1] ?? "");
        i++;
        continue;
      }
      if (c === "[") inClass = true;
      else if (c === "]") inClass = false;
      else if (c === "/" && !inClass) break;
      body += c;
    }
    if (code[i] === "/") out.push(body);
  }
  return out;
}

/** True when a group that contains a variable quantifier (+, *, {m,n}) is itself quantified. */
function nestsQuantifiers(re: string): boolean {
  const stack: boolean[] = [];
  let quantified = false;
  for (let i = 0; i < re.length; i++) {
    const c = re[i];
    if (c === "\\") {
      i++;
      continue;
    }
    if (c === "[") {
      while (i < re.length && re[i] !== "]") i += re[i] === "\\" ? 2 : 1;
      continue;
    }
    if (c === "(") {
      stack.push(quantified);
      quantified = false;
    } else if (c === ")") {
      const inner: boolean = quantified;
      quantified = stack.pop() ?? false;
      const next = re[i + 1];
      if (inner && (next === "+" || next === "*" || next === "{")) return true;
      quantified ||= inner;
    } else if (c === "+" || c === "*") {
      quantified = true;
    } else if (c === "{") {
      // "{2}" repeats a fixed number of times and cannot backtrack; "{1,3}" can.
      const close = re.indexOf("}", i);
      if (close > i && re.slice(i, close).includes(",")) quantified = true;
    }
  }
  return false;
}

describe("no regular expression can backtrack catastrophically", () => {
  const found = sourceFiles(SRC).flatMap((file) =>
    regexLiterals(readFileSync(file, "utf8")).map((re) => ({ file, re })),
  );

  it("finds the package's regular expressions (so the check is not vacuous)", () => {
    expect(found.length).toBeGreaterThan(15);
  });

  it("none nests quantifiers", () => {
    expect(found.filter(({ re }) => nestsQuantifiers(re))).toEqual([]);
  });

  it("none ends with an unanchored repeated class", () => {
    expect(found.filter(({ re }) => !re.startsWith("^") && /[+*]\$$/.test(re))).toEqual([]);
  });

  it("the checks catch the bad shapes", () => {
    expect(nestsQuantifiers("(a+)+")).toBe(true);
    expect(nestsQuantifiers("(\\s*x)*")).toBe(true);
    expect(nestsQuantifiers("^(\\d{4})?(-\\d{2}){0,2}$")).toBe(false);
    expect(nestsQuantifiers("^\\d{1,3}(\\.\\d{1,3})*$")).toBe(true);
  });
});
