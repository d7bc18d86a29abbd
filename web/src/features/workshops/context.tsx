/** The open workshop, its member's secret and commands, for every component of the page. */
import { createContext, useContext } from "react";
import type { WorkshopCommands, WorkshopData } from "./queries.ts";

export interface WorkshopContextValue {
  id: string;
  secret: string;
  workshop: WorkshopData;
  commands: WorkshopCommands;
  isFacilitator: boolean;
  /** False once the workshop is closed: everything stays readable, nothing can change. */
  isOpen: boolean;
}

export const WorkshopContext = createContext<WorkshopContextValue | null>(null);

export function useWorkshop(): WorkshopContextValue {
  const value = useContext(WorkshopContext);
  if (!value) throw new Error("useWorkshop needs a <WorkshopContext.Provider> above it");
  return value;
}
