// A development token issuer on loopback, standing in for the council's identity provider: it makes an
// ES256 key pair when it starts (the private key never leaves the process), publishes the public key as
// a JSON Web Key Set with OpenID Provider metadata pointing at it, and signs access tokens (RFC 9068)
// for the API's audience. The tests start one of their own; `npm run dev-issuer` starts one for trying
// the API by hand. Not for production: anyone who can run it can mint tokens.
import { randomUUID } from "node:crypto";
import { createServer, type Server } from "node:http";
import { exportJWK, generateKeyPair, type JWTPayload, SignJWT } from "jose";

export const DEV_AUDIENCE = "placements-api";

export interface TokenRequest {
  /** The token's `sub`; null leaves it out (a token the API must refuse: it names nobody). */
  readonly subject?: string | null;
  readonly scope?: string;
  readonly audience?: string;
  /** Another issuer to name in `iss` (signed with this issuer's key: a token a test must see refused). */
  readonly issuer?: string;
  /** Seconds until expiry; negative for a token that has already expired. */
  readonly expiresIn?: number;
  readonly claims?: JWTPayload;
}

export interface DevIssuer {
  readonly issuer: string;
  readonly jwksUrl: string;
  /** Signs an access token with the issuer's key. */
  mint(request?: TokenRequest): Promise<string>;
  close(): Promise<void>;
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve((server.address() as { port: number }).port));
  });
}

export async function startDevIssuer(options: { port?: number } = {}): Promise<DevIssuer> {
  const { publicKey, privateKey } = await generateKeyPair("ES256");
  const kid = randomUUID();
  const jwks = JSON.stringify({ keys: [{ ...(await exportJWK(publicKey)), kid, alg: "ES256", use: "sig" }] });
  let metadata = "";
  const server = createServer((req, res) => {
    const body =
      req.url === "/jwks.json" ? jwks : req.url === "/.well-known/openid-configuration" ? metadata : null;
    res.writeHead(body === null ? 404 : 200, { "content-type": "application/json" }).end(body ?? "{}");
  });
  const port = await listen(server, options.port ?? 0);
  const issuer = `http://127.0.0.1:${port}`;
  const jwksUrl = `${issuer}/jwks.json`;
  metadata = JSON.stringify({ issuer, jwks_uri: jwksUrl });
  return {
    issuer,
    jwksUrl,
    mint: (request = {}) => {
      const now = Math.floor(Date.now() / 1000);
      const jwt = new SignJWT({
        scope: request.scope ?? "placements:read placements:write",
        ...request.claims,
      })
        .setProtectedHeader({ alg: "ES256", kid, typ: "at+jwt" })
        .setIssuer(request.issuer ?? issuer)
        .setAudience(request.audience ?? DEV_AUDIENCE)
        .setIssuedAt(now)
        .setExpirationTime(now + (request.expiresIn ?? 3600))
        .setJti(randomUUID());
      if (request.subject !== null) jwt.setSubject(request.subject ?? "dev-user");
      return jwt.sign(privateKey);
    },
    close: () =>
      new Promise((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const issuer = await startDevIssuer({ port: Number(process.env["ISSUER_PORT"] ?? 3904) });
  const token = (scope: string) =>
    issuer.mint({ scope, subject: "dev-user", claims: { client_id: "dev-cli" } });
  process.stdout.write(
    [
      `dev issuer at ${issuer.issuer} (Ctrl-C to stop). Start the API with:`,
      `  PLACEMENTS_ISSUER=${issuer.issuer} PLACEMENTS_AUDIENCE=${DEV_AUDIENCE} PLACEMENTS_JWT_ALGORITHMS=ES256 npm start`,
      "Tokens for one hour:",
      `  export READ_TOKEN=${await token("placements:read")}`,
      `  export WRITE_TOKEN=${await token("placements:read placements:write")}`,
      `  export AUDIT_TOKEN=${await token("placements:audit")}`,
      "",
    ].join("\n"),
  );
}
