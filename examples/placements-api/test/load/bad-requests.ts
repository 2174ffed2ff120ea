// The bad input mixed into the load: 21 kinds, each with the status it must get. None of them may
// store anything, and none may disturb the good requests around it.
import { generateKeyPair, SignJWT } from "jose";
import type { DevIssuer } from "../../src/dev-issuer.ts";
import { DEV_AUDIENCE } from "../../src/dev-issuer.ts";
import { child, episode } from "../harness.ts";
import type { Sent } from "./client.ts";

export interface BadKind {
  readonly name: string;
  readonly status: number;
  /** The request, for writer `w`'s `n`th bad request (ids are unique so nothing can collide). */
  readonly make: (w: number, n: number) => Sent;
}

export interface Tokens {
  readonly write: string;
  readonly read: string;
  readonly expired: string;
  readonly wrongAudience: string;
  readonly wrongIssuer: string;
  readonly foreignKey: string;
}

/** A child id no good request uses: bad writes name children that must never exist. */
export const badId = (w: number, n: number) => `X${w}-${n}`;
/** The child every "episode before birth" request names (recorded before the load, born 2015). */
export const ANCHOR = "ANCHOR";

export async function makeTokens(issuer: DevIssuer): Promise<Tokens> {
  const { privateKey } = await generateKeyPair("ES256");
  const foreignKey = await new SignJWT({ scope: "placements:read placements:write" })
    .setProtectedHeader({ alg: "ES256" })
    .setIssuer(issuer.issuer)
    .setAudience(DEV_AUDIENCE)
    .setSubject("mallory")
    .setExpirationTime("1h")
    .sign(privateKey);
  return {
    write: await issuer.mint({ scope: "placements:read placements:write", subject: "writer" }),
    read: await issuer.mint({ scope: "placements:read", subject: "reader" }),
    expired: await issuer.mint({ expiresIn: -600 }),
    wrongAudience: await issuer.mint({ audience: "another-api" }),
    wrongIssuer: await issuer.mint({ issuer: "https://login.example.org" }),
    foreignKey,
  };
}

const json = (
  token: string | null,
  path: string,
  body: string | Uint8Array,
  type = "application/json",
): Sent => ({
  kind: "bad",
  method: "POST",
  path,
  headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), "content-type": type },
  body,
});
const get = (token: string, path: string): Sent => ({
  kind: "bad",
  method: "GET",
  path,
  headers: { authorization: `Bearer ${token}` },
});
const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString("base64url");

export function badKinds(t: Tokens): BadKind[] {
  const c = (w: number, n: number, extra: Record<string, unknown> = {}) =>
    JSON.stringify(child(badId(w, n), extra));
  const none = `${b64({ alg: "none" })}.${b64({ sub: "m", aud: DEV_AUDIENCE, exp: 4_000_000_000, scope: "placements:write" })}.`;
  return [
    { name: "no token", status: 401, make: (w, n) => json(null, "/children", c(w, n)) },
    { name: "garbage token", status: 401, make: (w, n) => json("abc.def.ghi", "/children", c(w, n)) },
    { name: "expired token", status: 401, make: (w, n) => json(t.expired, "/children", c(w, n)) },
    { name: "wrong audience", status: 401, make: (w, n) => json(t.wrongAudience, "/children", c(w, n)) },
    { name: "wrong issuer", status: 401, make: (w, n) => json(t.wrongIssuer, "/children", c(w, n)) },
    { name: "foreign key", status: 401, make: (w, n) => json(t.foreignKey, "/children", c(w, n)) },
    { name: "alg none", status: 401, make: (w, n) => json(none, "/children", c(w, n)) },
    { name: "read scope writes", status: 403, make: (w, n) => json(t.read, "/children", c(w, n)) },
    {
      name: "unknown field",
      status: 400,
      make: (w, n) => json(t.write, "/children", c(w, n, { nickname: "x" })),
    },
    {
      name: "prototype key",
      status: 400,
      make: (w, n) => json(t.write, "/children", c(w, n).replace(/}$/, ',"__proto__":{"x":1}}')),
    },
    { name: "malformed JSON", status: 400, make: (w, n) => json(t.write, "/children", c(w, n).slice(0, -1)) },
    {
      name: "invalid UTF-8",
      status: 400,
      make: (w, n) =>
        json(
          t.write,
          "/children",
          Buffer.concat([Buffer.from(c(w, n).slice(0, -1)), Buffer.from([0xff, 0x7d])]),
        ),
    },
    {
      name: "lone surrogate in body",
      status: 400,
      make: () => json(t.write, "/children", '{"childId":"\\ud800"}'),
    },
    { name: "lone surrogate in path", status: 400, make: () => get(t.write, "/children/%ED%A0%80") },
    { name: "huge offset", status: 400, make: () => get(t.read, "/children?offset=99999999999999999999") },
    { name: "oversize body", status: 413, make: () => json(t.write, "/children", " ".repeat(300 * 1024)) },
    { name: "not JSON", status: 415, make: (w, n) => json(t.write, "/children", c(w, n), "text/plain") },
    { name: "invalid code", status: 422, make: (w, n) => json(t.write, "/children", c(w, n, { sex: "X" })) },
    {
      name: "born in the future",
      status: 422,
      make: (w, n) => json(t.write, "/children", c(w, n, { dateOfBirth: "2999-01-01" })),
    },
    {
      name: "episode before birth",
      status: 422,
      make: () =>
        json(t.write, `/children/${ANCHOR}/episodes`, JSON.stringify(episode(ANCHOR, "1990-01-01"))),
    },
    {
      name: "episode of an unknown child",
      status: 404,
      make: (w, n) =>
        json(
          t.write,
          `/children/${badId(w, n)}/episodes`,
          JSON.stringify(episode(badId(w, n), "2020-01-01")),
        ),
    },
  ];
}
