/** The task pane's entry point (dist/taskpane/taskpane.js, loaded after office.js). */
import { startPane } from "./start";

const container = document.getElementById("root");
if (container) void startPane(container);
