/** A tiny store around the session reducer: the pane subscribes to it (useSyncExternalStore), the command does not. */
import { type SessionAction, sessionReducer, type SessionState } from "./session";

export type SessionStore = {
  get: () => SessionState;
  dispatch: (action: SessionAction) => void;
  subscribe: (listener: () => void) => () => void;
};

export function createStore(initial: SessionState): SessionStore {
  let state = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => state,
    dispatch: (action) => {
      state = sessionReducer(state, action);
      for (const l of [...listeners]) l();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
