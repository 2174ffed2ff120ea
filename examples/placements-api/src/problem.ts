// RFC 9457 "Problem Details for HTTP APIs": every error answer is `application/problem+json` with a
// type, title, status and detail, plus (for validation) which fields were wrong. Values the client
// sent are never echoed back: they may be a child's personal data.
import type { ErrorObject } from "ajv";

export interface FieldProblem {
  /** JSON Pointer (RFC 6901) to the field in the request body, e.g. `/startDate`. */
  readonly pointer: string;
  /** The field's name, the last part of the pointer. */
  readonly field: string;
  readonly detail: string;
}

export interface Problem {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly instance?: string;
  readonly errors?: readonly FieldProblem[];
}

export const PROBLEM_TYPE_BASE = "https://github.com/childrens-social-care/childrens-social-care/problems/";

/** The field problems of an Ajv run, in the client's terms: where, and what is expected (never the value). */
export function fieldProblems(errors: readonly ErrorObject[] | null | undefined): FieldProblem[] {
  const out: FieldProblem[] = [];
  for (const e of errors ?? []) {
    let pointer = e.instancePath;
    let detail = e.message ?? "is not valid";
    if (e.keyword === "required") {
      pointer = `${e.instancePath}/${String(e.params["missingProperty"])}`;
      detail = "is required";
    } else if (e.keyword === "additionalProperties") {
      pointer = `${e.instancePath}/${String(e.params["additionalProperty"])}`;
      detail = "is not a field of this record";
    } else if (e.keyword === "enum" || e.keyword === "const" || e.keyword === "oneOf") {
      detail = "is not one of the allowed codes";
    }
    const field = pointer.split("/").pop() || "(body)";
    if (!out.some((p) => p.pointer === pointer && p.detail === detail)) out.push({ pointer, field, detail });
  }
  return out;
}

export function validationProblem(instance: string, errors: FieldProblem[]): Problem {
  const names = [...new Set(errors.map((e) => e.field))].join(", ");
  return {
    type: `${PROBLEM_TYPE_BASE}validation`,
    title: "The request body is not a valid record",
    status: 422,
    detail: `Check these fields: ${names}.`,
    instance,
    errors,
  };
}
