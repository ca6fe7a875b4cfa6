/** Browser-side file helpers of the pane: reading a chosen file, offering one for download. */
import { type Download } from "../app/host";

/** The bytes of a chosen file (FileReader where Blob.arrayBuffer is missing). */
export function readFileBytes(file: Blob): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === "function") return file.arrayBuffer().then((b) => new Uint8Array(b));
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error("FileReader failed"));
    reader.readAsArrayBuffer(file);
  });
}

export function readFileText(file: Blob): Promise<string> {
  return readFileBytes(file).then((bytes) => new TextDecoder("utf-8").decode(bytes));
}

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Saves a file through the browser's download (an object URL on a temporary link). */
export function downloadFile(file: Download): void {
  const url = URL.createObjectURL(new Blob([file.bytes as Uint8Array<ArrayBuffer>], { type: XLSX_TYPE }));
  const link = document.createElement("a");
  link.href = url;
  link.download = file.fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
