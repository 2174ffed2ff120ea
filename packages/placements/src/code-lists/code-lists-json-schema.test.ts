import { expectSchemaAgreement } from "@childrens-social-care/core/testing";
import { describe, it } from "vitest";
import * as codeLists from "./index";

// Every code list is published as JSON Schema (oneOf of consts with titles); Ajv must accept exactly the
// codes Zod accepts.
describe.each(Object.entries(codeLists))("%s JSON Schema agrees with Zod", (_name, list) => {
  it("on every code and on values that are not codes", () => {
    expectSchemaAgreement(list, {
      cases: [
        ...list.options,
        "",
        " ",
        "zz",
        `${list.options[0]} `,
        list.options[0]?.toLowerCase(),
        null,
        1,
        {},
      ],
    });
  });
});
