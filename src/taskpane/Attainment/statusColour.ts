import { type Status } from "../../core/attainment/types";

/** The badge colour of a status; the status is always written beside it too (never colour alone). */
export function statusColour(status: Status): "success" | "danger" | "warning" {
  if (status === "achieved" || status === "on-track") return "success";
  if (status === "no-data") return "warning";
  return "danger";
}
