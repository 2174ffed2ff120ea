import { describe, expectTypeOf, it } from "vitest";
import type {
  Action,
  AgendaItem,
  Decision,
  DecisionKind,
  Due,
  ParseMinutesResult,
  Participant,
} from "./index";
import { parseMinutes } from "./index";

describe("public types", () => {
  it("parseMinutes returns an item and issues", () => {
    expectTypeOf(parseMinutes).parameter(0).toEqualTypeOf<string>();
    expectTypeOf(parseMinutes("")).toEqualTypeOf<ParseMinutesResult>();
    expectTypeOf<ParseMinutesResult["item"]>().toEqualTypeOf<AgendaItem>();
  });

  it("never requires a name", () => {
    expectTypeOf<Participant>().toEqualTypeOf<{ name?: string | undefined; role?: string | undefined }>();
  });

  it("keeps the contract's field names", () => {
    expectTypeOf<AgendaItem["decisions"]>().toEqualTypeOf<Decision[]>();
    expectTypeOf<Decision["clauses"][number]["kind"]>().toEqualTypeOf<DecisionKind>();
    expectTypeOf<Action["due"]>().toEqualTypeOf<Due | undefined>();
    expectTypeOf<AgendaItem["questions"][number]["answer"]>().toExtend<
      { text: string; by?: Participant | undefined } | undefined
    >();
    expectTypeOf<AgendaItem["documents"][number]["size"]>().toExtend<
      { bytes: number; display: string } | undefined
    >();
    expectTypeOf<AgendaItem["notes"][number]>().toExtend<{ kind: string; text: string }>();
  });

  it("code lists are unions of kebab-case codes", () => {
    expectTypeOf<"noted">().toExtend<DecisionKind>();
    expectTypeOf<"recommended-to-other-body">().toExtend<DecisionKind>();
    expectTypeOf<Due["kind"]>().toEqualTypeOf<"date" | "next-meeting" | "named-meeting" | "relative">();
  });
});
