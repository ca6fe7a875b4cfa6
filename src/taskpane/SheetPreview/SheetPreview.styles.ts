import { makeStyles, tokens } from "@fluentui/react-components";

export const useSheetPreviewStyles = makeStyles({
  scroller: {
    maxHeight: "320px",
    overflow: "auto",
    border: `1px solid ${tokens.colorNeutralStroke1}`,
  },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  header: {
    position: "sticky",
    top: 0,
    backgroundColor: tokens.colorNeutralBackground3,
    fontWeight: tokens.fontWeightSemibold,
    padding: `0 ${tokens.spacingHorizontalXS}`,
  },
  rowHeader: { backgroundColor: tokens.colorNeutralBackground3, padding: `0 ${tokens.spacingHorizontalXS}` },
  cell: { padding: 0, border: `1px solid ${tokens.colorNeutralStroke2}` },
  cellButton: {
    display: "block",
    width: "100%",
    minWidth: "48px",
    maxWidth: "160px",
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
    textAlign: "left",
    border: "none",
    background: "none",
    color: "inherit",
    font: "inherit",
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    cursor: "pointer",
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  selected: {
    backgroundColor: tokens.colorBrandBackground2,
    outline: `2px solid ${tokens.colorBrandStroke1}`,
  },
});
