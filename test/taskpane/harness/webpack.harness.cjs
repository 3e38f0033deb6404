// Bundles the development-only harness page (harness.tsx + harness.html) outside dist/: it is never
// shipped. Used by shoot.mjs; the output folder comes from HARNESS_OUT (default: the OS temp folder).
const path = require("node:path");
const os = require("node:os");
const webpack = require("webpack");

const ROOT = path.resolve(__dirname, "..", "..", "..");

module.exports = {
  mode: "production",
  context: ROOT,
  target: ["web", "es2017"],
  entry: { harness: "./test/taskpane/harness/harness.tsx" },
  output: {
    path: process.env.HARNESS_OUT || path.join(os.tmpdir(), "recipient-guard-harness"),
    filename: "[name].js",
    clean: true,
  },
  resolve: { extensions: [".ts", ".tsx", ".js", ".mjs"] },
  module: {
    rules: [
      {
        test: /\.tsx?$/,
        loader: "ts-loader",
        exclude: /node_modules/,
        options: { transpileOnly: true, compilerOptions: { target: "ES2017" } },
      },
    ],
  },
  plugins: [
    new webpack.DefinePlugin({
      RECIPIENT_GUARD_VERSION: JSON.stringify("harness"),
      "process.env.NODE_ENV": JSON.stringify("production"),
    }),
  ],
  performance: { hints: false },
};
