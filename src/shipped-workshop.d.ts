/** The shipped workshop as the build checked it (vite.config.ts, shippedWorkshop; src/scenario/shipped.ts). */
declare module 'virtual:shipped-workshop' {
  const shipped: import('./scenario/shipped').CheckedFile;
  export default shipped;
}
