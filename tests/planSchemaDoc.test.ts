import fs from "node:fs";
import path from "node:path";
import { planJsonSchema } from "../scripts/export-plan-schema";

test("docs/plan.schema.json is the schema the code validates with (regenerate: npm run plan-schema)", () => {
  const committed = fs.readFileSync(path.join(__dirname, "..", "docs", "plan.schema.json"), "utf8");
  expect(committed).toBe(planJsonSchema());
});
