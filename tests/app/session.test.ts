import { saveMappingCopy } from "../../src/adapters/xlsx/saveMapping";
import { readWorkbook } from "../../src/adapters/xlsx/readWorkbook";
import { detect } from "../../src/core/detect/detect";
import { DEFAULT_MIN_CONFIDENCE } from "../../src/core/detect/types";
import { builtInPlan } from "../../src/core/plan/catalogue";
import {
  initialSession,
  mappingFile,
  sessionReducer,
  type SessionState,
  unmatchedSlots,
} from "../../src/app/session";
import { requiredSlots, slotKey } from "../../src/app/slots";
import { attainment } from "../../src/app/workflow";
import { type AppFixture, sheetPerAgency } from "./support/fixture";

const plan = builtInPlan("lai-chau-3414");
let fx: AppFixture;

beforeAll(async () => {
  fx = await sheetPerAgency();
}, 60_000);

function detected(): SessionState {
  return sessionReducer(initialSession(plan, [fx.model]), {
    type: "detected",
    detection: detect(plan, [fx.model]),
    minConfidence: DEFAULT_MIN_CONFIDENCE,
  });
}

describe("the session reducer", () => {
  test("a workbook without a saved mapping starts with no entries and every needed value unmatched", () => {
    const state = initialSession(plan, [fx.model]);
    expect(state.entries).toEqual([]);
    expect(state.saved).toBeNull();
    expect(unmatchedSlots(state).map(slotKey)).toEqual(requiredSlots(plan, null).map(slotKey));
  });

  test("detection fills the entries with proposals at or above the threshold, the rest become suggestions", () => {
    const detection = detect(plan, [fx.model]);
    const state = detected();
    const above = detection.mappings.filter((p) => p.confidence >= DEFAULT_MIN_CONFIDENCE);
    expect(state.entries.map(slotKey).sort()).toEqual(above.map(slotKey).sort());
    expect(state.entries.every((e) => e.origin === "detected" && !e.confirmed)).toBe(true);
    expect(state.suggestions.every((s) => s.confidence < DEFAULT_MIN_CONFIDENCE)).toBe(true);
    expect(state.detectedYear).toBe(detection.reportYear);
    // Detection on this generated layout finds the cells the generator recorded.
    const truth = new Map(fx.mapping.map((m) => [slotKey(m), `${m.sheet}!${m.cell}`]));
    const right = state.entries.filter((e) => truth.get(slotKey(e)) === `${e.sheet}!${e.cell}`);
    expect(right.length).toBeGreaterThan(state.entries.length * 0.9);
  });

  test("assigning a cell replaces the slot's entry with a confirmed manual one that the mapping file carries", () => {
    const before = detected();
    const slot = before.entries[0];
    if (!slot) throw new Error("detection found nothing");
    const at = { workbook: fx.fileName, sheet: slot.sheet, cell: "Z99" };
    const after = sessionReducer(before, { type: "assigned", slot, at });
    const entry = after.entries.find((e) => slotKey(e) === slotKey(slot));
    expect(entry).toMatchObject({ cell: "Z99", origin: "manual", confirmed: true });
    expect(after.entries).toHaveLength(before.entries.length);
    expect(after.dirty).toBe(true);
    expect(mappingFile(after).mappings).toContainEqual(
      expect.objectContaining({ input: slot.input, unit: slot.unit, sheet: slot.sheet, cell: "Z99" }),
    );
  });

  test("running detection again keeps a person's confirmed choice and does not propose its cell again", () => {
    const first = detected();
    const [a, b] = first.entries;
    if (!a || !b) throw new Error("detection found too little");
    // b's cell is given to a by hand: detection must neither move a back nor give b that cell again.
    const manual = sessionReducer(first, {
      type: "assigned",
      slot: a,
      at: { workbook: b.workbook, sheet: b.sheet, cell: b.cell },
    });
    const again = sessionReducer(manual, {
      type: "detected",
      detection: detect(plan, [fx.model]),
      minConfidence: DEFAULT_MIN_CONFIDENCE,
    });
    expect(again.entries.find((e) => slotKey(e) === slotKey(a))).toMatchObject({
      cell: b.cell,
      origin: "manual",
    });
    const onThatCell = again.entries.filter((e) => e.sheet === b.sheet && e.cell === b.cell);
    expect(onThatCell.map(slotKey)).toEqual([slotKey(a)]);
  });

  test("removing an entry makes its slot unmatched", () => {
    const before = detected();
    const slot = before.entries.find((e) => e.year === undefined) ?? before.entries[0];
    if (!slot) throw new Error("detection found nothing");
    expect(unmatchedSlots(before).map(slotKey)).not.toContain(slotKey(slot));
    const after = sessionReducer(before, { type: "removed", slot });
    expect(after.entries.map(slotKey)).not.toContain(slotKey(slot));
    expect(unmatchedSlots(after).map(slotKey)).toContain(slotKey(slot));
  });

  test("a mapping saved in the workbook (the CLI's format) is loaded as saved, confirmed where it was", async () => {
    const state = detected();
    const [first, ...rest] = state.entries;
    if (!first) throw new Error("detection found nothing");
    const entries = [{ ...first, confirmed: true }, ...rest.map((e) => ({ ...e, confirmed: false }))].map(
      ({ input, unit, year, sheet, cell, confirmed }) => ({
        input,
        unit,
        ...(year !== undefined ? { year } : {}),
        sheet,
        cell,
        confirmed,
      }),
    );
    const { bytes } = await saveMappingCopy(
      fx.bytes,
      plan,
      entries,
      { savedBy: "test", savedAt: "2025-11-20T00:00:00Z" },
      fx.fileName,
    );
    const reopened = initialSession(plan, [await readWorkbook(bytes, fx.fileName)]);
    expect(reopened.saved).not.toBeNull();
    expect(reopened.entries.map(slotKey).sort()).toEqual(state.entries.map(slotKey).sort());
    expect(reopened.entries.every((e) => e.origin === "saved")).toBe(true);
    expect(reopened.entries.filter((e) => e.confirmed).map(slotKey)).toEqual([slotKey(first)]);
    expect(reopened.dirty).toBe(false);
  });

  test("attainment is a report for a good mapping and a message, not an exception, for a bad one", () => {
    const good = attainment(detected(), new Date("2025-11-26"));
    expect(good.kind).toBe("report");
    if (good.kind === "report") expect(good.report.indicators.length).toBeGreaterThan(0);
    const state = detected();
    const slot = state.entries[0];
    if (!slot) throw new Error("detection found nothing");
    const broken = sessionReducer(state, {
      type: "assigned",
      slot,
      at: { workbook: fx.fileName, sheet: "Không có trang này", cell: "A1" },
    });
    const bad = attainment(broken, new Date("2025-11-26"));
    expect(bad.kind).toBe("error");
    if (bad.kind === "error") expect(bad.message.vi).toContain("Không có trang này");
  });

  test("choosing another plan starts over from the workbooks' saved mapping for that plan", () => {
    const state = sessionReducer(detected(), { type: "planChosen", plan: builtInPlan("quoc-gia-348") });
    expect(state.plan.id).toBe("quoc-gia-348");
    expect(state.entries).toEqual([]);
    expect(state.detectionRun).toBe(false);
  });
});
