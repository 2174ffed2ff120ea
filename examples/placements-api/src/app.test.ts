import { describe, expect, it } from "vitest";
import { createApp } from "./app.ts";
import type { Principal, Verifier } from "./auth.ts";
import { openStore, type Store } from "./db.ts";

const principal: Principal = {
  subject: "tester",
  client: "tests",
  scopes: new Set(["placements:read", "placements:write"]),
};
const allow: Verifier = async () => ({ ok: true, principal });
const CHILD = { childId: "C1", sex: "F", dateOfBirth: "2012-05-14", ethnicity: "WBRI" };

/** A store whose writes (audit rows included) fail, as on a full or read-only disk. */
function failingWrites(store: Store): Store {
  return { ...store, write: () => Promise.reject(new Error("disk I/O error")) };
}

describe("the app fails closed", () => {
  it("gives no record whose read it could not audit: 503 problem, nothing of the record", async () => {
    const store = openStore(":memory:");
    const app = createApp({ store, verify: allow, log: () => undefined });
    const created = await app.request("/children", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(CHILD),
    });
    expect(created.status).toBe(201);
    const broken = createApp({ store: failingWrites(store), verify: allow, log: () => undefined });
    const res = await broken.request("/children/C1");
    expect(res.status).toBe(503);
    expect(res.headers.get("content-type")).toBe("application/problem+json");
    expect(await res.text()).not.toMatch(/2012-05-14|WBRI/);
  });

  it("answers a problem when a write cannot be committed, without the error's text", async () => {
    const broken = createApp({
      store: failingWrites(openStore(":memory:")),
      verify: allow,
      log: () => undefined,
    });
    const res = await broken.request("/children", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(CHILD),
    });
    // The write fails (500), then so does the audit row of that failure: 503, try again later.
    expect(res.status).toBe(503);
    expect(res.headers.get("content-type")).toBe("application/problem+json");
    expect(await res.text()).not.toMatch(/disk I\/O|C1/);
  });
});
