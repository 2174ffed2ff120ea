// The gate in front of every route: names the action for the audit trail, then (for a protected
// route) checks the bearer token and the scope the action needs. 401 without a valid token, 403 with a
// valid token that lacks the scope, each with its RFC 6750 challenge; 503 when the provider's keys
// cannot be fetched (the client's token may be fine).
import type { MiddlewareHandler } from "hono";
import type { AuditAction } from "./audit.ts";
import { challenge, SCOPES, type ScopeName, type Verifier } from "./auth.ts";
import { type ApiEnv, sendProblem } from "./context.ts";
import { problem } from "./problem.ts";

export function guard(verify: Verifier, action: AuditAction, scope?: ScopeName): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    c.set("action", action);
    if (scope === undefined) return next();
    const verdict = await verify(c.req.header("authorization"));
    if (!verdict.ok) {
      if (verdict.status === 503) {
        const p = problem(503, "auth-unavailable", "Tokens cannot be checked now", verdict.reason);
        return sendProblem(c, p, { "retry-after": "5" });
      }
      const p = problem(401, "unauthenticated", "Authentication required", verdict.reason);
      const header = verdict.error ? challenge({ error: verdict.error }) : challenge();
      return sendProblem(c, p, { "www-authenticate": header });
    }
    c.set("principal", verdict.principal);
    const needed = SCOPES[scope];
    if (!verdict.principal.scopes.has(needed)) {
      const p = problem(403, "forbidden", "Not allowed", `This needs a token with the scope ${needed}.`);
      return sendProblem(c, p, {
        "www-authenticate": challenge({ error: "insufficient_scope", scope: needed }),
      });
    }
    return next();
  };
}
