/** A cell detection proposes for one input of one unit (and year, for a yearly series). */
export type Proposal = {
  workbook: string;
  input: string;
  unit: string;
  year?: number;
  sheet: string;
  cell: string;
  /** 0–1: how sure detection is; summaries use proposals at or above DEFAULT_MIN_CONFIDENCE. */
  confidence: number;
  /** Why: which label, which header, which unit clue (Vietnamese). */
  reason: string;
  reasonEn: string;
};

export type Unmatched = { input: string; unit: string; year?: number };

export type Detection = {
  mappings: Proposal[];
  unmatched: Unmatched[];
  /** The latest year found in the workbooks' headers and labels; yearly inputs are expected up to it. */
  reportYear: number | null;
};

/** Proposals below this are shown to the person but not used by a summary made without a mapping. */
export const DEFAULT_MIN_CONFIDENCE = 0.6;
