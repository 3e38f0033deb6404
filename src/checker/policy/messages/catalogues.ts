import type { Language } from "../../messages/catalogue";
import { POLICY_DE } from "./de";
import { POLICY_EN, type PolicyKey } from "./en";
import { POLICY_FR } from "./fr";
import { POLICY_JA } from "./ja";

export type { PolicyKey } from "./en";

/** Every policy catalogue, key for key the same as the English one (test/policy-messages.test.ts). */
export const POLICY_CATALOGUES: Readonly<Record<Language, Readonly<Record<PolicyKey, string>>>> = {
  en: POLICY_EN,
  de: POLICY_DE,
  fr: POLICY_FR,
  ja: POLICY_JA,
};
