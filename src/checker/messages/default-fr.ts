/** default.ts for the French send handler (webpack.config.js swaps it in): the French catalogue alone. */
export { fr as defaultCatalogue } from "./fr";
