/**
 * The catalogue the checker and the Smart Alert speak unless told otherwise. Each send handler
 * bundle speaks one language and carries that catalogue and no other: webpack.config.js builds the
 * German, French and Japanese handlers with this module replaced by default-de.ts, default-fr.ts or
 * default-ja.ts (NormalModuleReplacementPlugin). The pane and the command line pick one at run time
 * from index.ts instead.
 */
export { en as defaultCatalogue } from "./en";
