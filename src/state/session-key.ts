/** The browser-storage key of the autosaved session; the suffix is the session format's version. Imports nothing (vite.config.ts reads it). */
export const SESSION_KEY = 'sme-credit-simulator:session:v1';
