// Bearer tokens (RFC 6750) that are JWT access tokens (RFC 9068) from the council's OAuth 2.0 / OpenID
// Connect provider, verified with `jose` against the provider's JSON Web Key Set. What is pinned, and why
// (RFC 8725, JWT best current practices):
// - the algorithms, from configuration and never from the token's header (no `none`, no HMAC with a
//   public key as the secret);
// - the issuer and the audience, so a token for another API of the same provider is refused;
// - expiry: `exp` is required and checked, with a small clock tolerance;
// - a subject: the audit trail records who acted.
// Scopes come from `scope` (a space-separated string, RFC 9068 s2.2.3 / RFC 8693 s4.2) or `scp` (the
// array or string some providers use instead).
import { createRemoteJWKSet, errors, type JWTPayload, jwtVerify } from "jose";
import { type TokenCache, tokenCache } from "./token-cache.ts";

/** The scopes a token needs: to read records, to write them, and to read the audit trail. */
export const SCOPES = {
  read: "placements:read",
  write: "placements:write",
  audit: "placements:audit",
} as const;
export type ScopeName = keyof typeof SCOPES;

/** The algorithms this API can be configured to accept: asymmetric signatures only. */
export const ASYMMETRIC_ALGORITHMS = [
  "RS256",
  "RS384",
  "RS512",
  "PS256",
  "PS384",
  "PS512",
  "ES256",
  "ES384",
  "ES512",
  "EdDSA",
  "Ed25519",
] as const;

export interface AuthOptions {
  readonly issuer: string;
  readonly audience: string;
  readonly jwksUrl: string;
  readonly algorithms: readonly string[];
  /** Seconds of clock difference tolerated on `exp` and `nbf`. */
  readonly clockToleranceSeconds?: number;
}

/** Who made a request, as the audit trail records it. */
export interface Principal {
  readonly subject: string;
  readonly client?: string | undefined;
  readonly scopes: ReadonlySet<string>;
}

export type Verdict =
  | { readonly ok: true; readonly principal: Principal }
  | {
      readonly ok: false;
      readonly status: 401 | 503;
      readonly error?: "invalid_token";
      readonly reason: string;
    };

export type Verifier = (authorization: string | undefined) => Promise<Verdict>;

// The token problems jose reports; anything else (the key set could not be fetched or read) is the
// server's problem, a 503, not the client's.
const TOKEN_ERRORS = new Set<string>([
  errors.JWTClaimValidationFailed.code,
  errors.JWTExpired.code,
  errors.JOSEAlgNotAllowed.code,
  errors.JOSENotSupported.code,
  errors.JWSInvalid.code,
  errors.JWTInvalid.code,
  errors.JWKInvalid.code,
  errors.JWKSNoMatchingKey.code,
  errors.JWKSMultipleMatchingKeys.code,
  errors.JWSSignatureVerificationFailed.code,
]);

const BEARER = /^Bearer +([A-Za-z0-9\-._~+/]+=*) *$/i;
/** A JWT access token is a few KiB at most; a longer one is refused before any work. */
const MAX_TOKEN_LENGTH = 8192;

function scopesOf(payload: JWTPayload): Set<string> {
  const out = new Set<string>();
  const add = (v: unknown) => {
    const list = typeof v === "string" ? v.split(" ") : Array.isArray(v) ? v : [];
    for (const s of list) if (typeof s === "string" && s !== "") out.add(s);
  };
  add(payload["scope"]);
  add(payload["scp"]);
  return out;
}

function principalOf(payload: JWTPayload): Principal {
  const client = payload["client_id"] ?? payload["azp"];
  return {
    subject: payload.sub as string,
    client: typeof client === "string" ? client : undefined,
    scopes: scopesOf(payload),
  };
}

function failure(error: unknown): Verdict {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === "string" && TOKEN_ERRORS.has(code)) {
    const reason =
      code === errors.JWTExpired.code ? "The token has expired." : "The token is not valid here.";
    return { ok: false, status: 401, error: "invalid_token", reason };
  }
  return { ok: false, status: 503, reason: "The token could not be checked now; try again later." };
}

type Keys = ReturnType<typeof createRemoteJWKSet>;

async function verifyToken(token: string, keys: Keys, options: AuthOptions, cache: TokenCache<Principal>) {
  const cached = cache.get(token);
  if (cached) return { ok: true, principal: cached } as const;
  const tolerance = options.clockToleranceSeconds ?? 30;
  try {
    const { payload } = await jwtVerify(token, keys, {
      issuer: options.issuer,
      audience: options.audience,
      algorithms: [...options.algorithms],
      requiredClaims: ["exp", "sub"],
      clockTolerance: tolerance,
    });
    // `sub` must name someone: the audit trail records it.
    if (typeof payload.sub !== "string" || payload.sub === "") {
      return {
        ok: false,
        status: 401,
        error: "invalid_token",
        reason: "The token names no subject.",
      } as const;
    }
    const principal = principalOf(payload);
    cache.set(token, principal, ((payload.exp as number) + tolerance) * 1000);
    return { ok: true, principal } as const;
  } catch (error) {
    return failure(error);
  }
}

/** A verifier for the configured provider. The key set is fetched when first needed and cached by jose. */
export function createVerifier(options: AuthOptions): Verifier {
  const keys = createRemoteJWKSet(new URL(options.jwksUrl), { timeoutDuration: 5000 });
  const cache = tokenCache<Principal>();
  return async (authorization) => {
    // No credentials, or another scheme's: a challenge without an error code (RFC 6750 s3.1).
    if (authorization === undefined || !/^bearer /i.test(authorization)) {
      return { ok: false, status: 401, reason: "Send a bearer token." };
    }
    const match = authorization.length <= MAX_TOKEN_LENGTH ? BEARER.exec(authorization) : null;
    if (!match?.[1]) {
      const reason = "Send `Authorization: Bearer <token>`.";
      return { ok: false, status: 401, error: "invalid_token", reason };
    }
    return verifyToken(match[1], keys, options, cache);
  };
}

/**
 * The `WWW-Authenticate` challenge of a refusal (RFC 6750 s3): no error code when no credentials were
 * sent, `invalid_token` for a bad token, `insufficient_scope` with the scope needed for 403.
 */
export function challenge(
  options: { error?: "invalid_token" | "insufficient_scope"; scope?: string } = {},
): string {
  const parts = ['Bearer realm="placements-api"'];
  if (options.error) parts.push(`error="${options.error}"`);
  if (options.scope) parts.push(`scope="${options.scope}"`);
  return parts.join(", ");
}
