// Lingui's Vite plugin compiles a .po catalog into a module exporting its messages.
declare module '*.po' {
  export const messages: Record<string, unknown>;
}
