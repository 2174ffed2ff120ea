// Item 11: no token or a bad one is a 401 problem with a `WWW-Authenticate` challenge, a valid token
// without the scope is a 403. Tokens come from the issuer the harness starts on loopback; the bad ones
// are made here with jose the way an attacker would make them.
import { generateKeyPair, SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { configFromEnv } from "../src/config.ts";
import { DEV_AUDIENCE, startDevIssuer } from "../src/dev-issuer.ts";
import { startServer } from "../src/server.ts";
import { child, type Harness, START_TIMEOUT_MS, startHarness } from "./harness.ts";

let h: Harness;
let kid: string;

beforeAll(async () => {
  h = await startHarness();
  const jwks = (await (await fetch(h.issuer.jwksUrl)).json()) as { keys: { kid: string }[] };
  kid = jwks.keys[0]?.kid ?? "";
}, START_TIMEOUT_MS);
afterAll(async () => {
  await h.close();
}, START_TIMEOUT_MS);

function b64url(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString("base64url");
}

/** A token with every claim right, signed by whoever holds `key` with `alg`, under the issuer's key id. */
function malloryToken(alg: string, key: Parameters<SignJWT["sign"]>[0]): Promise<string> {
  return new SignJWT({ scope: "placements:read placements:write" })
    .setProtectedHeader({ alg, kid })
    .setIssuer(h.issuer.issuer)
    .setAudience(DEV_AUDIENCE)
    .setSubject("mallory")
    .setExpirationTime("1h")
    .sign(key);
}

async function foreignToken(): Promise<string> {
  // Signed by a key the issuer never published.
  return malloryToken("ES256", (await generateKeyPair("ES256")).privateKey);
}

async function hmacWithPublicKey(): Promise<string> {
  // The classic algorithm confusion: HS256 keyed with the issuer's public key.
  const jwk = ((await (await fetch(h.issuer.jwksUrl)).json()) as { keys: Record<string, string>[] }).keys[0];
  return malloryToken("HS256", new TextEncoder().encode(JSON.stringify(jwk)));
}

function unsignedToken(): string {
  const now = Math.floor(Date.now() / 1000);
  const claims = {
    iss: h.issuer.issuer,
    aud: DEV_AUDIENCE,
    sub: "mallory",
    exp: now + 3600,
    scope: "placements:read",
  };
  return `${b64url({ alg: "none" })}.${b64url(claims)}.`;
}

describe("authentication: bearer tokens from the issuer's JWKS", () => {
  it("answers a request without credentials 401 with a challenge and no error code (RFC 6750 s3.1)", async () => {
    for (const res of [await h.get("/children", null), await h.request("/children", { token: null })]) {
      expect(res.status).toBe(401);
      expect(res.type).toBe("application/problem+json");
      expect(res.headers.get("www-authenticate")).toBe('Bearer realm="placements-api"');
    }
    const basic = await fetch(`${h.server.url}/children`, {
      headers: { authorization: "Basic dXNlcjpwYXNz" },
    });
    expect(basic.status).toBe(401);
    expect(basic.headers.get("www-authenticate")).toBe('Bearer realm="placements-api"');
  });

  it("refuses every kind of bad token with 401 invalid_token and stores nothing", async () => {
    const bad: Record<string, string> = {
      garbage: "not-a-token",
      expired: await h.issuer.mint({ expiresIn: -300 }),
      "wrong audience": await h.issuer.mint({ audience: "another-api" }),
      "wrong issuer": await h.issuer.mint({ issuer: "https://login.example.org" }),
      "no subject": await h.issuer.mint({ subject: null }),
      "a subject that is not a string": await h.issuer.mint({
        subject: null,
        claims: { sub: 42 as unknown as string },
      }),
      "not yet valid": await h.issuer.mint({ claims: { nbf: Math.floor(Date.now() / 1000) + 3600 } }),
      "foreign key": await foreignToken(),
      "alg none": unsignedToken(),
      "HS256 with the public key": await hmacWithPublicKey(),
      "too long": `${"a".repeat(9000)}.b.c`,
    };
    for (const [kind, token] of Object.entries(bad)) {
      const res = await h.post("/children", child("A1"), token);
      expect([kind, res.status]).toEqual([kind, 401]);
      expect(res.type).toBe("application/problem+json");
      expect(res.headers.get("www-authenticate")).toBe(
        'Bearer realm="placements-api", error="invalid_token"',
      );
      expect(res.text).not.toContain(token.slice(0, 40));
    }
    expect((await h.get("/children/A1")).status).toBe(404);
  });

  it("answers a valid token without the scope 403 insufficient_scope, naming the scope", async () => {
    const reader = await h.issuer.mint({ scope: "placements:read" });
    const write = await h.post("/children", child("A2"), reader);
    expect(write.status).toBe(403);
    expect(write.type).toBe("application/problem+json");
    expect(write.headers.get("www-authenticate")).toBe(
      'Bearer realm="placements-api", error="insufficient_scope", scope="placements:write"',
    );
    expect((await h.get("/children/A2")).status).toBe(404);
    const writer = await h.issuer.mint({ scope: "placements:write" });
    expect((await h.get("/children", writer)).status).toBe(403);
    expect((await h.get("/audit", reader)).status).toBe(403);
  });

  it("takes scopes from `scope` or from an `scp` array, and lets the right token through", async () => {
    expect((await h.get("/children", await h.issuer.mint({ scope: "openid placements:read" }))).status).toBe(
      200,
    );
    const scp = await h.issuer.mint({ scope: "", claims: { scp: ["placements:read"] } });
    expect((await h.get("/children", scp)).status).toBe(200);
  });

  it("refuses a token once it has expired, though it was accepted (and remembered) before", async () => {
    const token = await h.issuer.mint({ scope: "placements:read", expiresIn: 60 });
    expect((await h.get("/children", token)).status).toBe(200);
    expect((await h.get("/children", token)).status).toBe(200);
    // Two minutes on: past exp and the 30 s clock tolerance. Only Date is faked; timers run as usual.
    vi.useFakeTimers({ toFake: ["Date"], now: Date.now() + 120_000 });
    try {
      const late = await h.get("/children", token);
      expect(late.status).toBe(401);
      expect(late.body.detail).toBe("The token has expired.");
    } finally {
      vi.useRealTimers();
    }
  });

  it("serves the write schemas without a token: they hold no personal data", async () => {
    expect((await h.get("/schemas/LookedAfterChild.json", null)).status).toBe(200);
  });

  it("answers 503, not 401, when the issuer's keys cannot be fetched", async () => {
    const gone = await startDevIssuer();
    const token = await gone.mint();
    const { issuer, jwksUrl } = gone;
    await gone.close();
    const server = await startServer({
      dbPath: `${h.dir}/other.db`,
      auth: { issuer, audience: DEV_AUDIENCE, jwksUrl, algorithms: ["ES256"] },
      log: () => undefined,
    });
    try {
      const res = await fetch(`${server.url}/children`, { headers: { authorization: `Bearer ${token}` } });
      expect(res.status).toBe(503);
      expect(res.headers.get("content-type")).toBe("application/problem+json");
    } finally {
      await server.close();
    }
  });
});

describe("configuration", () => {
  it("discovers the key set from the issuer's OpenID metadata", async () => {
    const config = await configFromEnv({
      PLACEMENTS_ISSUER: h.issuer.issuer,
      PLACEMENTS_AUDIENCE: DEV_AUDIENCE,
    });
    expect(config.auth.jwksUrl).toBe(h.issuer.jwksUrl);
    expect(config.auth.algorithms).toEqual(["RS256", "ES256"]);
  });

  it("refuses to start without an issuer, with plain http off this machine, or with a symmetric algorithm", async () => {
    await expect(configFromEnv({})).rejects.toThrow(/PLACEMENTS_ISSUER, PLACEMENTS_AUDIENCE/);
    const env = { PLACEMENTS_ISSUER: "http://idp.example.org", PLACEMENTS_AUDIENCE: "a" };
    await expect(configFromEnv(env)).rejects.toThrow(/PLACEMENTS_ISSUER/);
    const hs = {
      PLACEMENTS_ISSUER: h.issuer.issuer,
      PLACEMENTS_AUDIENCE: "a",
      PLACEMENTS_JWT_ALGORITHMS: "HS256",
    };
    await expect(configFromEnv(hs)).rejects.toThrow(/PLACEMENTS_JWT_ALGORITHMS/);
  });

  it("refuses discovery metadata that names another issuer", async () => {
    const env = { PLACEMENTS_ISSUER: `${h.issuer.issuer}/`, PLACEMENTS_AUDIENCE: DEV_AUDIENCE };
    await expect(configFromEnv(env)).rejects.toThrow(/another issuer/);
  });
});
