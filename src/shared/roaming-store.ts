import type { SettingsStore } from "./policy-store";

/** The part of Office.js's RoamingSettings we use. */
export interface RoamingSettingsLike {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  saveAsync(callback?: (result: { status: unknown; error?: { message?: unknown } }) => void): void;
}

/** A SettingsStore over Office's roaming settings; null where the runtime has none. */
export function roamingSettingsStore(
  settings: RoamingSettingsLike | undefined | null,
  succeeded: unknown,
): SettingsStore | null {
  if (!settings || typeof settings.get !== "function") return null;
  return {
    get: (name) => settings.get(name),
    set: (name, value) => settings.set(name, value),
    remove: (name) => settings.remove(name),
    save: () =>
      new Promise<void>((resolve, reject) => {
        settings.saveAsync((result) => {
          if (result && result.status === succeeded) resolve();
          else {
            const detail =
              result && result.error && typeof result.error.message === "string"
                ? result.error.message
                : "no reason given";
            reject(new Error(`Outlook could not save the settings: ${detail}`));
          }
        });
      }),
  };
}
