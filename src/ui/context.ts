/**
 * The store and the translator, handed down through React context.
 */
import { createContext, useContext } from 'react';
import { translatorFor, type Translator } from '../i18n';
import { useWorkbench, useWorkbenchShallow, type WorkbenchActions, type WorkbenchState, type WorkbenchStore } from '../state';

/** The app's store, provided at the root. */
export const StoreContext = createContext<WorkbenchStore | null>(null);

/** Returns the app's store. */
export function useAppStore(): WorkbenchStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('StoreContext is missing');
  return store;
}

/** Reads a slice of the app's state. */
export function useApp<T>(selector: (state: WorkbenchState & WorkbenchActions) => T): T {
  return useWorkbench(useAppStore(), selector);
}

/** Reads an array or object built from the store, unchanged while its elements are the same. */
export function useAppShallow<T>(selector: (state: WorkbenchState & WorkbenchActions) => T): T {
  return useWorkbenchShallow(useAppStore(), selector);
}

/** Returns the translator of the current language and calendar of years. */
export function useTranslator(): Translator {
  const locale = useApp((s) => s.locale);
  const yearCalendar = useApp((s) => s.yearCalendar);
  return translatorFor(locale, yearCalendar);
}
