/** The WorkbookHost the components use: given once at the top, never an Office global inside a component. */
import { createContext, useContext } from "react";
import { type Download, type WorkbookHost } from "../app/host";

export type PaneServices = {
  host: WorkbookHost;
  today: () => Date;
  /** Hands a file to the person (browser mode's download). */
  deliver: (file: Download) => void;
};

export const ServicesContext = createContext<PaneServices | null>(null);

export function useServices(): PaneServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error("useServices outside <App>");
  return services;
}
