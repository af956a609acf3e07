import { createContext, useContext, useSyncExternalStore } from "react";
import type { PaneState, Session } from "./session";

export const SessionContext = createContext<Session | null>(null);

export function useSession(): { session: Session; state: PaneState } {
  const session = useContext(SessionContext);
  if (!session) throw new Error("SessionContext missing");
  const state = useSyncExternalStore(session.subscribe, session.getState);
  return { session, state };
}
