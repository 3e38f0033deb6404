/**
 * Which rules decide what a valid organisation policy is in this build: a short hash of the
 * checker's sources and of the packages it validates domains with, set by webpack's DefinePlugin
 * (policyRulesId in webpack.config.js). Undefined where webpack did not build the code (jest).
 */
declare const RECIPIENT_GUARD_POLICY_RULES: string | undefined;
