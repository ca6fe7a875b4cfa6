/**
 * Writes docs/plan.schema.json, the JSON Schema of a plan file, from the zod schema the code validates with.
 *   node scripts/run-ts.js scripts/export-plan-schema.ts
 */
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { planSchema } from "../src/core/plan/schema";

export function planJsonSchema(): string {
  const schema = z.toJSONSchema(planSchema, { io: "input" });
  return `${JSON.stringify({ title: "chitieu plan file", ...schema }, null, 2)}\n`;
}

if (process.argv[1] === __filename) {
  const out = path.join(__dirname, "..", "docs", "plan.schema.json");
  fs.writeFileSync(out, planJsonSchema());
  process.stdout.write(`wrote ${out}\n`);
}
