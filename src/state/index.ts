/**
 * The app's state: the store, its persistence, share links and the results of the engine for the
 * scenarios on screen. The only module that imports zustand.
 */
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { sessionStatusOf, type SessionStatus } from './session-guard';
import type { WorkbenchActions, WorkbenchState, WorkbenchStore } from './store';

export * from './store';
export * from './results';
export * from './paths';
export * from './view';
export { memoPerOwner } from './memo';
export { readSavedSession, readSession, writeSession, MAX_SESSION_CHARS, MAX_RESCUED, RESCUE_PREFIX, SESSION_KEY } from './persistence';
export type { Revision, SessionRead, UnreadableReason, WriteFailure, WriteOutcome } from './persistence';
export { openSavedSession, startSessionGuard, sessionGuardOf, QUIET_STATUS } from './session-guard';
export type { OpenedSession, ReloadBrings, RescueFailure, RescueNotice, SessionGuard, SessionStatus } from './session-guard';
// The codec (./share, with fflate) is imported where a link is made or opened, and loads then.
export { shareValueFrom, SHARE_PARAM, LEGACY_SHARE_PARAM, SHARE_LINK_SAFE_LENGTH } from './share-fragment';

/** Reads a slice of the store in a React component. */
export function useWorkbench<T>(store: WorkbenchStore, selector: (state: WorkbenchState & WorkbenchActions) => T): T {
  return useStore(store, selector);
}

/** Like useWorkbench for a selector that builds an array or object: equal element by element counts as unchanged. */
export function useWorkbenchShallow<T>(store: WorkbenchStore, selector: (state: WorkbenchState & WorkbenchActions) => T): T {
  return useStore(store, useShallow(selector));
}

/** Reads what the app tells the user about the browser copy of the session (unreadable, not saved, changed in another tab). */
export function useSessionStatus(store: WorkbenchStore): SessionStatus {
  return useStore(sessionStatusOf(store));
}
