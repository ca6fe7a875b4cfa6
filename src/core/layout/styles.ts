/** How the summary looks: Times New Roman 13 as official reports use, number formats, colours. */
import { type CellStyle, type StyleName } from "./types";

export const FONT = "Times New Roman";
export const SIZE = 13;

const base = { name: FONT, size: SIZE };

/** Yes/no readings are 1 and 0, shown as words. */
export function yesNoFormat(yes: string, no: string): string {
  const q = (s: string) => `"${s.replace(/"/g, "")}"`;
  return `[=1]${q(yes)};[=0]${q(no)};General`;
}

export function styleTable(yes: string, no: string): Record<StyleName, CellStyle> {
  const cell = { font: base, border: true, vertical: "top" as const, wrap: true };
  return {
    title: { font: { ...base, size: 15, bold: true }, horizontal: "center", vertical: "middle", wrap: true },
    subtitle: { font: { ...base, bold: true }, horizontal: "center", vertical: "middle", wrap: true },
    info: { font: { ...base, italic: true }, horizontal: "left", vertical: "top", wrap: true },
    header: {
      font: { ...base, bold: true },
      fill: "DDEBF7",
      horizontal: "center",
      vertical: "middle",
      wrap: true,
      border: true,
    },
    section: { font: { ...base, bold: true }, horizontal: "left", vertical: "middle" },
    text: cell,
    textCenter: { ...cell, horizontal: "center" },
    integer: { ...cell, numFmt: "#,##0", horizontal: "right", wrap: false },
    amount: { ...cell, numFmt: "#,##0.0", horizontal: "right", wrap: false },
    percent: { ...cell, numFmt: "0.0%", horizontal: "right", wrap: false },
    yesNo: { ...cell, numFmt: yesNoFormat(yes, no), horizontal: "center", wrap: false },
    status: { ...cell, font: { ...base, bold: true }, horizontal: "center" },
    link: { ...cell, font: { ...base, color: "0563C1", underline: true } },
    note: { ...cell, font: { ...base, size: 11, italic: true } },
    marker: { font: { ...base, size: 8, color: "FFFFFF" } },
  };
}

/** Colours of the Đánh giá words (fill, font). */
export const STATUS_COLOURS = {
  good: { fill: "C6EFCE", fontColor: "006100" },
  bad: { fill: "FFC7CE", fontColor: "9C0006" },
  none: { fill: "E7E6E6", fontColor: "3A3838" },
};

export const DATA_BAR_COLOUR = "5B9BD5";
