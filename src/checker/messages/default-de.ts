/** default.ts for the German send handler (webpack.config.js swaps it in): the German catalogue alone. */
export { de as defaultCatalogue } from "./de";
