// Types for `import "cognito-challenge-ui/styles.css"`. The stylesheet exports nothing; this file
// exists so the import resolves for TypeScript too: TypeScript 6 checks side-effect imports
// (`noUncheckedSideEffectImports`) and an app without a bundler's `*.css` declarations would
// otherwise get "Cannot find module or type declarations" for it.
export {};
