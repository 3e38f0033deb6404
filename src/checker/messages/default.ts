/**
 * The catalogue the checker and the Smart Alert speak unless told otherwise. A bundle in another
 * language replaces this one module (for example with webpack's NormalModuleReplacementPlugin, to
 * `./de`), so that it carries that language's catalogue and no other; the pane and the command
 * line pick one at run time from index.ts instead.
 */
export { en as defaultCatalogue } from "./en";
