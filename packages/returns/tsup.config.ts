import { packageBuildConfig } from "../../tsup.shared";

export default packageBuildConfig(
  { index: "src/index.ts" },
  { external: ["zod", "@childrens-social-care/core"] },
);
