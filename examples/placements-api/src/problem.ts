// RFC 9457 "Problem Details for HTTP APIs": every error answer is `application/problem+json` with a
// type, title, status and detail, plus (for validation) which fields were wrong. Values the client sent
// are never echoed back: they may be a child's personal data. `instance` names the occurrence (RFC 9457
// s3.1.5) by the request's random id, which is also the audit row's `request_id`, never by the path
// (a path holds a child's identifier).
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

/** A problem of one of this API's kinds (`slug` names the kind: `not-found`, `too-large`...). */
export function problem(
  status: number,
  slug: string,
  title: string,
  detail: string,
  errors?: readonly FieldProblem[],
): Problem {
  const p: Problem = { type: `${PROBLEM_TYPE_BASE}${slug}`, title, status, detail };
  return errors ? { ...p, errors } : p;
}

/** The `instance` of a problem: the request's id as a URN (RFC 4122 s3), never the path. */
export function instanceOf(requestId: string): string {
  return `urn:uuid:${requestId}`;
}

// A field name is echoed in a problem only when it looks like a field name: an unknown property is a key
// the client chose, and a key that is not an identifier may be a value put in the wrong place.
const FIELD_NAME = /^[A-Za-z][A-Za-z0-9_]{0,39}$/;

function escapePointerToken(name: string): string {
  return name.replaceAll("~", "~0").replaceAll("/", "~1");
}

function unknownFieldProblem(e: ErrorObject): FieldProblem {
  const name = String(e.params["additionalProperty"]);
  if (!FIELD_NAME.test(name)) {
    return { pointer: e.instancePath, field: "(not shown)", detail: "has a field this record does not have" };
  }
  return {
    pointer: `${e.instancePath}/${escapePointerToken(name)}`,
    field: name,
    detail: "is not a field of this record",
  };
}

function oneFieldProblem(e: ErrorObject): FieldProblem {
  if (e.keyword === "additionalProperties") return unknownFieldProblem(e);
  let pointer = e.instancePath;
  let detail = e.message ?? "is not valid";
  if (e.keyword === "required") {
    pointer = `${e.instancePath}/${String(e.params["missingProperty"])}`;
    detail = "is required";
  } else if (e.keyword === "enum" || e.keyword === "const" || e.keyword === "oneOf") {
    detail = "is not one of the allowed codes";
  }
  return { pointer, field: pointer.split("/").pop() || "(body)", detail };
}

/** At most this many field problems are listed: a body of 30,000 unknown keys gets 50 lines, not 30,000. */
export const MAX_FIELD_PROBLEMS = 50;

/** The field problems of an Ajv run, in the client's terms: where, and what is expected (never the value). */
export function fieldProblems(errors: readonly ErrorObject[] | null | undefined): FieldProblem[] {
  const seen = new Set<string>();
  const out: FieldProblem[] = [];
  for (const e of errors ?? []) {
    const p = oneFieldProblem(e);
    const key = `${p.pointer}\u0000${p.detail}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(p);
    if (out.length === MAX_FIELD_PROBLEMS) break;
  }
  return out;
}

/** 422: the body is JSON of the right fields, but not a valid (or possible) record. */
export function validationProblem(errors: readonly FieldProblem[]): Problem {
  const names = [...new Set(errors.map((e) => e.field))].join(", ");
  return problem(
    422,
    "validation",
    "The request body is not a valid record",
    `Check these fields: ${names}.`,
    errors,
  );
}

/** 400: the body has fields the record does not have (the write schemas are closed). */
export function unknownFieldsProblem(errors: readonly FieldProblem[]): Problem {
  return problem(
    400,
    "unknown-fields",
    "The request body has fields this record does not have",
    "Send only the fields of the published write schema (GET /schemas/{name}.json); nothing was stored.",
    errors,
  );
}
