// What every handler shares: the request's id and principal, what the audit trail will record, and the
// one way to answer with a problem (so `instance` is always the request's id, never its path).
import { ChildId } from "@childrens-social-care/placements";
import type { Context, Env } from "hono";
import { type AuditAction, type AuditEntry, outcomeOf } from "./audit.ts";
import type { Principal, Verifier } from "./auth.ts";
import type { Store } from "./db.ts";
import { instanceOf, type Problem, problem } from "./problem.ts";
import { pathSegment } from "./query.ts";

export interface ApiEnv extends Env {
  Variables: {
    requestId: string;
    action: AuditAction;
    principal: Principal | undefined;
    childRef: number | null;
    episodeRef: number | null;
    /** Set when a write job already appended this request's audit row in its own transaction. */
    audited: boolean;
  };
}

export type ApiContext = Context<ApiEnv>;

/** Answers with a problem; `headers` adds e.g. `WWW-Authenticate` or `Connection: close`. */
export function sendProblem(c: ApiContext, p: Problem, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify({ ...p, instance: instanceOf(c.get("requestId")) }), {
    status: p.status,
    headers: { "content-type": "application/problem+json", ...headers },
  });
}

export type PathId =
  | { readonly ok: true; readonly childId: string }
  | { readonly ok: false; readonly response: Response };

/**
 * The child ID in `/children/{childId}...`, decoded strictly from the raw URL: a percent-encoding that
 * is not UTF-8, or a value that cannot be a child ID, is a 400 that does not repeat it.
 */
export function childIdFromPath(c: ApiContext): PathId {
  const id = pathSegment(c.req.url, 1);
  if (id?.isWellFormed() && ChildId.safeParse(id).success) return { ok: true, childId: id };
  const p = problem(
    400,
    "bad-identifier",
    "The path does not hold a child ID",
    "A child ID is 1 to 10 characters of text, percent-encoded as UTF-8.",
  );
  return { ok: false, response: sendProblem(c, p) };
}

export function notFound(c: ApiContext, detail = "No child has this identifier."): Response {
  return sendProblem(c, problem(404, "not-found", "No such child", detail));
}

/** What the route handlers need: the store, the token verifier, and today's date. */
export interface RouteDeps {
  readonly store: Store;
  readonly verify: Verifier;
  readonly today: () => string;
}

/** The audit row of this request with the outcome `status`, for a write job to append in its transaction. */
export function auditEntryOf(c: ApiContext, status: number): AuditEntry {
  const principal = c.get("principal");
  return {
    requestId: c.get("requestId"),
    actor: principal?.subject ?? null,
    client: principal?.client ?? null,
    action: c.get("action"),
    childRef: c.get("childRef"),
    episodeRef: c.get("episodeRef"),
    status,
    outcome: outcomeOf(status),
  };
}

/** A read or write body problem, closing the connection when the body could not be drained. */
export function bodyProblem(
  c: ApiContext,
  read: { problem: Problem; close?: boolean | undefined },
): Response {
  return sendProblem(c, read.problem, read.close ? { connection: "close" } : {});
}
