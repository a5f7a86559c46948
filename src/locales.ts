// Translations other than English, kept out of the main entry: import only the ones you use.
export {};
