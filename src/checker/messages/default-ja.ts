/** default.ts for the Japanese send handler (webpack.config.js swaps it in): the Japanese catalogue alone. */
export { ja as defaultCatalogue } from "./ja";
