import { describe, it } from "vitest";
import { examplesOf, runReadmeExample } from "../../../scripts/readme-examples";

const dir = new URL("..", import.meta.url).pathname;

describe("README examples run and their `// =>` results hold", () => {
  it.each(examplesOf(`${dir}README.md`))("block at line $line", (example) =>
    runReadmeExample(example, dir, "README"),
  );
});
