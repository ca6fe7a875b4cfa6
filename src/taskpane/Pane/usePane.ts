/** The pane's state: the session store (src/app) bound to React, the plans on offer, and the actions. */
import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from "react";
import { type CellPosition, type OpenedFile } from "../../app/host";
import { offeredPlans, planForWorkbooks, planFromFile } from "../../app/plans";
import { initialSession, type SessionState } from "../../app/session";
import { createStore } from "../../app/store";
import { type Slot } from "../../app/slots";
import { userMessage } from "../../app/userMessage";
import {
  assignSelectedCell,
  attainment,
  type Attainment,
  chooseTarget,
  createSummary,
  findCells,
  openFiles,
  openSession,
  saveWorkingMapping,
  showCell,
  type WorkflowOptions,
} from "../../app/workflow";
import { type Message } from "../../core/i18n/messages";
import { type Plan } from "../../core/plan/schema";
import { useServices } from "../hostContext";
import { useText } from "../i18n";

export type PaneActions = {
  choosePlan: (id: string) => void;
  loadPlanFile: (text: string, fileName: string) => void;
  openFiles: (files: readonly OpenedFile[]) => Promise<void>;
  findCells: () => Promise<void>;
  useSelectedCell: () => Promise<void>;
  chooseTarget: (slot: Slot | null) => void;
  showCell: (at: CellPosition, slot?: Slot) => Promise<void>;
  selectCell: (at: CellPosition) => Promise<void>;
  remove: (slot: Slot) => void;
  acceptSuggestion: (slot: Slot) => void;
  saveMapping: () => Promise<void>;
  createSummary: () => Promise<void>;
  dismiss: () => void;
  failed: (e: unknown) => void;
  /** Shows one of the core's messages as a failure (e.g. an address that names no cell). */
  tell: (text: Message) => void;
};

export type PaneModel = {
  state: SessionState;
  plans: Plan[];
  attainment: Attainment | null;
  busy: boolean;
  actions: PaneActions;
};

export function usePane(): PaneModel {
  const { host, today, deliver } = useServices();
  const { lang } = useText();
  const [plans, setPlans] = useState<Plan[]>(() => offeredPlans());
  const [store] = useState(() => createStore(initialSession(plans[0] as Plan)));
  const state = useSyncExternalStore(store.subscribe, store.get, store.get);
  const options: WorkflowOptions = useMemo(() => ({ language: lang, today }), [lang, today]);

  useEffect(() => {
    // Excel: the open workbook and its saved mapping, once, when the pane opens.
    if (host.kind === "excel")
      void openSession(store, host, (workbooks) => planForWorkbooks(workbooks, plans));
    // Only on mount: `plans` here are the built-in ones.
  }, [host, store]);

  const report = useMemo(
    () => (state.workbooks.length > 0 ? attainment(state, today()) : null),
    // The report depends only on these parts of the session.
    [state.plan, state.workbooks, state.entries, today],
  );

  const choosePlan = useCallback(
    (id: string) => {
      const plan = plans.find((p) => p.id === id);
      if (plan) store.dispatch({ type: "planChosen", plan });
    },
    [plans, store],
  );

  const actions: PaneActions = {
    choosePlan,
    loadPlanFile(text, fileName) {
      try {
        const plan = planFromFile(text, fileName);
        setPlans((now) => [...now.filter((p) => p.id !== plan.id), plan]);
        store.dispatch({ type: "planChosen", plan });
      } catch (e) {
        store.dispatch({ type: "failed", message: userMessage(e) });
      }
    },
    async openFiles(files) {
      if (host.kind !== "browser") return;
      await openFiles(store, host, files);
      const chosen = planForWorkbooks(store.get().workbooks, plans);
      if (chosen.id !== store.get().plan.id) store.dispatch({ type: "planChosen", plan: chosen });
    },
    async findCells() {
      await findCells(store, options);
    },
    async useSelectedCell() {
      await assignSelectedCell(store, host);
    },
    chooseTarget(slot) {
      chooseTarget(store, slot);
    },
    async showCell(at, slot) {
      if (slot) chooseTarget(store, slot);
      await showCell(store, host, at);
    },
    async selectCell(at) {
      await showCell(store, host, at);
    },
    remove(slot) {
      store.dispatch({ type: "removed", slot });
    },
    acceptSuggestion(slot) {
      store.dispatch({ type: "suggestionAccepted", slot });
    },
    async saveMapping() {
      await saveWorkingMapping(store, host);
    },
    async createSummary() {
      const written = await createSummary(store, host, options);
      if (written?.download) deliver(written.download);
    },
    dismiss() {
      store.dispatch({ type: "dismissed" });
    },
    failed(e) {
      store.dispatch({ type: "failed", message: userMessage(e) });
    },
    tell(text) {
      store.dispatch({ type: "failed", message: text });
    },
  };

  return { state, plans, attainment: report, busy: state.activity.kind === "busy", actions };
}
