/** The task pane's entry point (dist/taskpane/taskpane.js, loaded after office.js). */
import { protectWholeDotgovRegistry } from "../checker/full-registry";
import { startPane } from "./start";

// The pane carries every registered .gov domain; the send handler only the federal ones.
protectWholeDotgovRegistry();

const container = document.getElementById("root");
if (container) void startPane(container);
