/**
 * The checker suite (checker.test.ts) again, with every near-form table a VariantTable: the
 * built-in index's, built first in this file, and every policy's. Its cases must pass whichever
 * table the protected index picks (near-forms.test.ts compares the two directly).
 */
import { setVariantTableMinForms } from "../src/checker/protected-index";

setVariantTableMinForms(0);
require("./checker.test");
