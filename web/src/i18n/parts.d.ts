// One part of a language's dictionary, made from src/i18n/{nl,en}.json by the Vite plugin in
// vite.config.ts (`core`: the frame and the log-in pages; `rest`: every other key).
declare module 'virtual:sk-dictionary/*' {
  const messages: Record<string, string>;
  export default messages;
}
