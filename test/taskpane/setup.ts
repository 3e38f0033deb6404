/**
 * What Fluent UI v9 needs from a browser that jsdom lacks. Imported first by every pane test
 * (the project's jest config is shared, so the shims live here rather than in setupFiles).
 */
import { configure } from "@testing-library/react";

const scope = globalThis as unknown as Record<string, unknown>;

// Waits (findBy…, waitFor) give up after 5 s instead of Testing Library's 1 s: on a loaded machine,
// with the jest workers side by side, a pane that downloads a policy and checks again took longer
// ("opening the pane downloads the policy…" failed so once). What the tests assert is unchanged.
configure({ asyncUtilTimeout: 5000 });

scope.RECIPIENT_GUARD_VERSION = "0.0.0-test";

if (typeof window !== "undefined") {
  if (typeof window.matchMedia !== "function") {
    window.matchMedia = (query: string): MediaQueryList =>
      ({
        matches: false,
        media: query,
        onchange: null,
        addListener: () => undefined,
        removeListener: () => undefined,
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
        dispatchEvent: () => false,
      }) as MediaQueryList;
  }
  if (typeof scope.ResizeObserver !== "function") {
    scope.ResizeObserver = class {
      observe(): void {}
      unobserve(): void {}
      disconnect(): void {}
    };
  }

  // Tabster (Fluent's focus manager) treats an element as visible only when it has an offsetParent
  // and the body has a size; jsdom does no layout, so without this every element is "hidden" to it
  // and keyboard navigation (Tab, focus trapping, focus restore) cannot be tested.
  Object.defineProperty(HTMLElement.prototype, "offsetParent", {
    configurable: true,
    get(this: HTMLElement) {
      const hidden = (e: HTMLElement | null): boolean =>
        e !== null &&
        (Boolean(e.hidden) || window.getComputedStyle(e).display === "none" || hidden(e.parentElement));
      return hidden(this) ? null : this.parentElement;
    },
  });
  HTMLBodyElement.prototype.getBoundingClientRect = () =>
    ({
      x: 0,
      y: 0,
      top: 0,
      left: 0,
      right: 350,
      bottom: 800,
      width: 350,
      height: 800,
      toJSON: () => ({}),
    }) as DOMRect;
}

export {};
