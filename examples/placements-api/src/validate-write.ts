// A write body, checked in order: the closed write schema (any system could run it), then the domain's
// checks. Unknown fields are a 400 (the client sent something this API does not take), the rest a 422
// (the record is not valid or not possible).
import type { ValidateFunction } from "ajv";
import { checkRecord, type RecordName } from "./domain-checks.ts";
import { fieldProblems, type Problem, unknownFieldsProblem, validationProblem } from "./problem.ts";
import { compileWriteValidators } from "./schemas.ts";

export type WriteCheck =
  | { readonly ok: true; readonly record: Record<string, unknown> }
  | { readonly ok: false; readonly problem: Problem };

const validators: Record<RecordName, ValidateFunction> = compileWriteValidators();

export function validateWrite(name: RecordName, body: unknown, today: string): WriteCheck {
  const valid = validators[name];
  if (!valid(body)) {
    const errors = valid.errors ?? [];
    const unknown = errors.filter((e) => e.keyword === "additionalProperties");
    if (unknown.length > 0) return { ok: false, problem: unknownFieldsProblem(fieldProblems(unknown)) };
    return { ok: false, problem: validationProblem(fieldProblems(errors)) };
  }
  const domain = checkRecord(name, body, today);
  return domain.ok ? domain : { ok: false, problem: validationProblem(domain.problems) };
}
