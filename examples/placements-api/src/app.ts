import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { Store } from "./db.ts";
import { domainProblems, episodeInContext } from "./domain-checks.ts";
import type { Logger } from "./log.ts";
import { placementsOf } from "./placements.ts";
import { fieldProblems, PROBLEM_TYPE_BASE, type Problem, validationProblem } from "./problem.ts";
import { compileValidators } from "./schemas.ts";

const validators = compileValidators(["LookedAfterChild", "CareEpisode"]);

function problem(
  status: ContentfulStatusCode,
  slug: string,
  title: string,
  detail: string,
  instance: string,
): Problem {
  return { type: `${PROBLEM_TYPE_BASE}${slug}`, title, status, detail, instance };
}

/** The API over a store. Every write is validated against the published JSON Schemas first. */
export function createApp(store: Store, log: Logger): Hono {
  const app = new Hono();

  app.use("*", async (c, next) => {
    const started = performance.now();
    await next();
    // The matched route's pattern, never the concrete path: a path can hold a child's identifier.
    log({
      time: new Date().toISOString(),
      method: c.req.method,
      route: c.req.routePath,
      status: c.res.status,
      ms: Math.round((performance.now() - started) * 10) / 10,
    });
  });

  const send = (p: Problem) =>
    new Response(JSON.stringify(p), {
      status: p.status,
      headers: { "content-type": "application/problem+json" },
    });

  app.use(
    "*",
    bodyLimit({
      maxSize: 256 * 1024,
      onError: (c) =>
        send(problem(413, "too-large", "Request body too large", "Send at most 256 KiB.", c.req.path)),
    }),
  );

  /** Reads a JSON body, or answers with the problem that stops it. */
  async function jsonBody(req: Request, instance: string): Promise<{ body: unknown } | { error: Response }> {
    if (!(req.headers.get("content-type") ?? "").toLowerCase().startsWith("application/json")) {
      return {
        error: send(
          problem(
            415,
            "unsupported-media-type",
            "Send JSON",
            "Set Content-Type: application/json.",
            instance,
          ),
        ),
      };
    }
    try {
      return { body: await req.json() };
    } catch {
      return {
        error: send(
          problem(400, "malformed-json", "Malformed JSON", "The body is not valid JSON.", instance),
        ),
      };
    }
  }

  app.post("/children", async (c) => {
    const read = await jsonBody(c.req.raw, "/children");
    if ("error" in read) return read.error;
    const valid = validators.LookedAfterChild;
    if (!valid(read.body)) return send(validationProblem("/children", fieldProblems(valid.errors)));
    const crossField = domainProblems("LookedAfterChild", read.body);
    if (crossField.length) return send(validationProblem("/children", crossField));
    const child = read.body as { childId: string };
    if (!store.insertChild(child.childId, child)) {
      return send(
        problem(
          409,
          "conflict",
          "Child already recorded",
          "A child with this identifier exists.",
          "/children",
        ),
      );
    }
    return c.json(child, 201, { location: `/children/${encodeURIComponent(child.childId)}` });
  });

  app.get("/children", (c) => {
    const limit = Number(c.req.query("limit") ?? 100);
    const offset = Number(c.req.query("offset") ?? 0);
    if (!Number.isInteger(limit) || limit < 1 || limit > 1000 || !Number.isInteger(offset) || offset < 0) {
      return send(
        problem(400, "bad-query", "Bad paging", "limit must be 1 to 1000 and offset 0 or more.", "/children"),
      );
    }
    return c.json({ total: store.countChildren(), limit, offset, items: store.listChildren(limit, offset) });
  });

  app.get("/children/:childId", (c) => {
    const child = store.getChild(c.req.param("childId"));
    if (!child)
      return send(problem(404, "not-found", "No such child", "No child has this identifier.", "/children"));
    return c.json(child);
  });

  app.post("/children/:childId/episodes", async (c) => {
    const childId = c.req.param("childId");
    const instance = "/children/{childId}/episodes";
    if (!store.getChild(childId)) {
      return send(
        problem(404, "not-found", "No such child", "Record the child before their episodes.", instance),
      );
    }
    const read = await jsonBody(c.req.raw, instance);
    if ("error" in read) return read.error;
    const valid = validators.CareEpisode;
    if (!valid(read.body)) return send(validationProblem(instance, fieldProblems(valid.errors)));
    const crossField = domainProblems("CareEpisode", read.body);
    if (crossField.length) return send(validationProblem(instance, crossField));
    const episode = read.body as { childId: string; startDate: string };
    if (episode.childId !== childId) {
      return send(
        validationProblem(instance, [
          { pointer: "/childId", field: "childId", detail: "must be the child named in the path" },
        ]),
      );
    }
    const conflicts = episodeInContext(store.getChild(childId), store.listEpisodes(childId), episode);
    if (conflicts.length) return send(validationProblem(instance, conflicts));
    const id = store.insertEpisode(childId, episode.startDate, episode);
    return c.json({ id, ...episode }, 201);
  });

  app.get("/children/:childId/episodes", (c) => {
    const childId = c.req.param("childId");
    if (!store.getChild(childId)) {
      return send(problem(404, "not-found", "No such child", "No child has this identifier.", "/children"));
    }
    return c.json({ items: store.listEpisodes(childId) });
  });

  app.get("/children/:childId/placements", (c) => {
    const childId = c.req.param("childId");
    if (!store.getChild(childId)) {
      return send(problem(404, "not-found", "No such child", "No child has this identifier.", "/children"));
    }
    return c.json({ items: placementsOf(store.listEpisodes(childId)) });
  });

  app.notFound((c) => send(problem(404, "not-found", "Not found", "There is no such resource.", c.req.path)));
  app.onError((_error, c) =>
    // Never the error's message: it could carry a value from the request.
    send(problem(500, "internal", "Internal error", "The request could not be completed.", c.req.routePath)),
  );
  return app;
}
