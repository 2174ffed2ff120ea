// The server's settings, from the environment, checked before it listens: a missing issuer or audience
// stops it (there is no unauthenticated mode), and the key set must come over HTTPS unless it is on this
// machine (the dev issuer). Without PLACEMENTS_JWKS_URL the key set's address is discovered from the
// issuer's OpenID Provider metadata (OpenID Connect Discovery 1.0 s4), whose `issuer` must be the
// configured issuer exactly (s4.3).
import * as z from "zod";
import { ASYMMETRIC_ALGORITHMS, type AuthOptions } from "./auth.ts";

const LOOPBACK = new Set(["127.0.0.1", "localhost", "[::1]"]);

const TrustedUrl = z.url({ protocol: /^https?$/ }).refine((value) => {
  const url = new URL(value);
  return url.protocol === "https:" || LOOPBACK.has(url.hostname);
}, "must use https (plain http only on this machine)");

const Env = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3903),
  PLACEMENTS_DB: z.string().min(1).default("data/placements.db"),
  PLACEMENTS_ISSUER: TrustedUrl,
  PLACEMENTS_AUDIENCE: z.string().min(1),
  PLACEMENTS_JWKS_URL: TrustedUrl.optional(),
  PLACEMENTS_JWT_ALGORITHMS: z
    .string()
    .default("RS256,ES256")
    .transform((s) => s.split(",").map((a) => a.trim()))
    .pipe(z.array(z.enum(ASYMMETRIC_ALGORITHMS)).min(1)),
});

export interface ServerConfig {
  readonly port: number;
  readonly dbPath: string;
  readonly auth: AuthOptions;
}

const ProviderMetadata = z.object({ issuer: z.string(), jwks_uri: TrustedUrl });

/** The `jwks_uri` of an OpenID provider, from its discovery document. */
export async function discoverJwksUrl(issuer: string): Promise<string> {
  const url = `${issuer.replace(/\/$/, "")}/.well-known/openid-configuration`;
  const res = await fetch(url, { signal: AbortSignal.timeout(5000) });
  if (!res.ok) throw new Error(`The issuer's discovery document answered ${res.status}.`);
  const metadata = ProviderMetadata.parse(await res.json());
  if (metadata.issuer !== issuer) throw new Error("The discovery document names another issuer.");
  return metadata.jwks_uri;
}

/** Reads the environment; throws with every setting at fault named (never a value: a URL may hold a key). */
export async function configFromEnv(env: NodeJS.ProcessEnv): Promise<ServerConfig> {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    const names = [...new Set(parsed.error.issues.map((i) => i.path.join(".")))].join(", ");
    throw new Error(`Check these settings: ${names}. See examples/placements-api/README.md.`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    dbPath: e.PLACEMENTS_DB,
    auth: {
      issuer: e.PLACEMENTS_ISSUER,
      audience: e.PLACEMENTS_AUDIENCE,
      jwksUrl: e.PLACEMENTS_JWKS_URL ?? (await discoverJwksUrl(e.PLACEMENTS_ISSUER)),
      algorithms: e.PLACEMENTS_JWT_ALGORITHMS,
    },
  };
}
