/** @jest-environment jsdom */
import "./setup";
import { act, screen } from "@testing-library/react";
import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import type { Root } from "react-dom/client";
import { environmentOf, startPane } from "../../src/taskpane/start";
import { isDarkColor, themeFor } from "../../src/taskpane/theme";
import type { OfficeApi } from "../../src/taskpane/office-api";
import { entry, FakeHost } from "./fake-host";
import { fakeOffice } from "../office/fake-office";
import { statusSays } from "./render-app";

jest.setTimeout(20_000);

let container: HTMLElement;
let root: Root | undefined;
let consoleSpies: jest.SpyInstance[];

beforeEach(() => {
  container = document.createElement("div");
  container.id = "root";
  document.body.appendChild(container);
  consoleSpies = [jest.spyOn(console, "error"), jest.spyOn(console, "warn")];
});

afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  container.remove();
  // The pane writes nothing to the console in any of these states.
  for (const spy of consoleSpies) {
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
  }
});

/** A message being written, from the project's one Office fake. */
const composeItem = () =>
  (fakeOffice({ mailbox: "1.15" }).pane() as { context: { mailbox: { item: { to: unknown } } } }).context
    .mailbox.item;
const recipientsApi = () => composeItem().to;
const office = (
  item: unknown,
  extra: Partial<OfficeApi["context"]> = {},
  onReady?: OfficeApi["onReady"],
): OfficeApi => ({
  AsyncResultStatus: { Succeeded: "succeeded" },
  context: { mailbox: item === undefined ? undefined : { item }, ...extra },
  onReady: onReady ?? (() => Promise.resolve({ host: "Outlook" })),
});

async function start(scope: object, options: Parameters<typeof startPane>[2] = {}) {
  await act(async () => {
    root = await startPane(container, scope as typeof globalThis, options);
  });
}

function expectOutsideOffice() {
  expect(screen.getByRole("heading", { level: 1, name: "Recipient Guard" })).toBeTruthy();
  expect(screen.getByText(/checks every To, Cc and Bcc address when you press Send/)).toBeTruthy();
  expect(screen.getByRole("heading", { name: "Open it in Outlook" })).toBeTruthy();
  expect(container.textContent).toContain("start a new message");
  expect(container.textContent).toContain("Check recipients");
  expect(screen.queryByRole("tab")).toBeNull();
}

describe("start-up", () => {
  test("without Office at all: the open-this-in-Outlook page", async () => {
    await start({});
    expectOutsideOffice();
  });

  test("Office is loaded but this is not Outlook (no mailbox)", async () => {
    await start({ Office: office(undefined) });
    expectOutsideOffice();
  });

  test("Outlook, but reading a message rather than writing one", async () => {
    await start({ Office: office({ itemType: "message", to: [{ emailAddress: "a@example.org" }] }) });
    expectOutsideOffice();
  });

  test("Office never becomes ready: the outside page after the wait, not an endless spinner", async () => {
    await start(
      { Office: office(undefined, {}, () => new Promise(() => undefined)) },
      { readyTimeoutMs: 50 },
    );
    expectOutsideOffice();
  });

  test("composing in Outlook: the review pane over the host", async () => {
    const host = new FakeHost({ to: [entry("ops@army.ml")] });
    const created: OfficeApi[] = [];
    const o = office(composeItem(), { officeTheme: { bodyBackgroundColor: "#1f1f1f" } });
    await start({ Office: o }, { createHost: (x) => (created.push(x), host) });
    expect(created).toEqual([o]);
    expect(screen.getByRole("tab", { name: "Review" })).toBeTruthy();
    await statusSays("1 of 1 recipient needs your attention.");
  });

  test("environmentOf tells compose from everything else", () => {
    expect(environmentOf(undefined).kind).toBe("outside-office");
    expect(environmentOf(office(composeItem())).kind).toBe("compose");
    expect(environmentOf(office({ itemType: "appointment", requiredAttendees: recipientsApi() })).kind).toBe(
      "outside-office",
    );
    const throwing = {
      get context(): never {
        throw new Error("not in Office");
      },
    } as unknown as OfficeApi;
    expect(environmentOf(throwing).kind).toBe("outside-office");
  });
});

describe("theme follows Office", () => {
  test("a dark body background gives the dark theme, anything else the light one", () => {
    expect(themeFor({ bodyBackgroundColor: "#262626" })).toBe(webDarkTheme);
    expect(themeFor({ bodyBackgroundColor: "#1F1F1F" })).toBe(webDarkTheme);
    expect(themeFor({ bodyBackgroundColor: "rgb(32, 32, 32)" })).toBe(webDarkTheme);
    expect(themeFor({ bodyBackgroundColor: "#ffffff" })).toBe(webLightTheme);
    expect(themeFor({ bodyBackgroundColor: "#e6e6e6" })).toBe(webLightTheme);
    expect(themeFor(undefined)).toBe(webLightTheme);
    expect(themeFor({ bodyBackgroundColor: "not a colour" })).toBe(webLightTheme);
    expect(isDarkColor("#000")).toBe(true);
  });
});
