import { existsSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { child, episode, type Harness, START_TIMEOUT_MS, startHarness } from "./harness.ts";

let h: Harness;
const post = (path: string, body: unknown, contentType = "application/json") =>
  h.request(path, {
    method: "POST",
    body: typeof body === "string" ? body : JSON.stringify(body),
    type: contentType,
  });
const get = (path: string) => h.get(path);

beforeAll(async () => {
  h = await startHarness();
}, START_TIMEOUT_MS);
afterAll(async () => {
  await h.close();
}, START_TIMEOUT_MS);

describe("placements API over a real SQLite file on a loopback port", () => {
  it("creates the database file on first start", () => {
    expect(existsSync(h.dbPath)).toBe(true);
  });

  it("records a child and reads it back", async () => {
    const created = await post("/children", child("C001"));
    expect(created.status).toBe(201);
    expect((await get("/children/C001")).body).toEqual(child("C001"));
  });

  it("answers a second record of the same child with 409 problem+json", async () => {
    const again = await post("/children", child("C001"));
    expect(again.status).toBe(409);
    expect(again.type).toBe("application/problem+json");
  });

  it("answers bad input with RFC 9457 problem+json naming the field, without echoing the value", async () => {
    const bad = await post("/children", { ...child("C002"), dateOfBirth: "14/05/2012", sex: "X" });
    expect(bad.status).toBe(422);
    expect(bad.type).toBe("application/problem+json");
    expect(bad.body).toMatchObject({
      status: 422,
      title: expect.any(String),
      type: expect.stringContaining("validation"),
    });
    const fields = bad.body.errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(["dateOfBirth", "sex"]));
    expect(JSON.stringify(bad.body)).not.toContain("14/05/2012");
    const missing = await post("/children", { childId: "C003" });
    expect(missing.body.errors.map((e: { pointer: string }) => e.pointer)).toEqual(
      expect.arrayContaining(["/sex", "/dateOfBirth", "/ethnicity"]),
    );
  });

  it("applies the cross-field checks the JSON Schema cannot express (end before start)", async () => {
    const res = await post(
      "/children/C001/episodes",
      episode("C001", "2024-06-03", { endDate: "2024-06-01", reasonEnded: "E11" }),
    );
    expect(res.status).toBe(422);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toContain("endDate");
  });

  it("answers malformed JSON with 400, and a body that is not JSON with 415", async () => {
    expect((await post("/children", "{ not json")).status).toBe(400);
    expect((await post("/children", "childId=C9", "application/x-www-form-urlencoded")).status).toBe(415);
  });

  it("records episodes and derives placements from them", async () => {
    await post("/children", child("C010"));
    const first = await post(
      "/children/C010/episodes",
      episode("C010", "2024-01-10", { endDate: "2024-03-01", reasonEnded: "X1", placementType: "U4" }),
    );
    expect(first.status).toBe(201);
    await post(
      "/children/C010/episodes",
      episode("C010", "2024-03-01", { reasonNewEpisode: "L", legalStatus: "C2" }),
    );
    const episodes = await get("/children/C010/episodes");
    expect(episodes.body.items).toHaveLength(2);
    const placements = await get("/children/C010/placements");
    expect(placements.body.items).toHaveLength(1);
    expect(placements.body.items[0]).toMatchObject({ startDate: "2024-01-10", episodeCount: 2 });
  });

  it("refuses an episode that overlaps one already recorded for the child", async () => {
    await post("/children", child("C020"));
    expect((await post("/children/C020/episodes", episode("C020", "2024-01-10"))).status).toBe(201);
    const overlap = await post("/children/C020/episodes", episode("C020", "2024-02-01"));
    expect(overlap.status).toBe(422);
    expect(overlap.body.errors.map((e: { field: string }) => e.field)).toContain("startDate");
    expect((await get("/children/C020/episodes")).body.items).toHaveLength(1);
  });

  it("refuses an episode for another child than the path names, and for an unknown child", async () => {
    expect((await post("/children/C010/episodes", episode("C001", "2024-05-01"))).status).toBe(422);
    expect((await post("/children/NOPE/episodes", episode("NOPE", "2024-05-01"))).status).toBe(404);
  });

  it("loses nothing with 50 concurrent writers", async () => {
    const ids = Array.from({ length: 50 }, (_, i) => `W${String(i).padStart(3, "0")}`);
    const results = await Promise.all(ids.map((id) => post("/children", child(id))));
    expect(results.map((r) => r.status)).toEqual(ids.map(() => 201));
    const episodes = await Promise.all(
      ids.map((id) => post(`/children/${id}/episodes`, episode(id, "2025-04-01"))),
    );
    expect(episodes.every((r) => r.status === 201)).toBe(true);
    const listed = await get("/children?limit=1000");
    const stored = new Set(listed.body.items.map((c: { childId: string }) => c.childId));
    for (const id of ids) expect(stored.has(id)).toBe(true);
    for (const id of ids.slice(0, 5))
      expect((await get(`/children/${id}/episodes`)).body.items).toHaveLength(1);
  });

  it("keeps the data across a restart", async () => {
    await h.restart();
    expect((await get("/children/C001")).status).toBe(200);
  });

  it("logs route patterns and statuses, never a child's identifier", () => {
    expect(h.logs.length).toBeGreaterThan(100);
    const text = JSON.stringify(h.logs);
    for (const id of ["C001", "C010", "W000", "NOPE"]) expect(text).not.toContain(id);
    expect(h.logs.some((l) => l.route === "/children/:childId/episodes" && l.status === 201)).toBe(true);
  });
});
