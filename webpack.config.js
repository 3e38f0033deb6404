// Builds every bundle of the project. Node bundles: the CLI and the checker as a library (for the
// benchmark and the evaluation harness).
const path = require("node:path");
const webpack = require("webpack");
const { version } = require("./package.json");

const tsRule = {
  test: /\.tsx?$/,
  loader: "ts-loader",
  exclude: /node_modules/,
  options: { transpileOnly: true },
};

const shared = (mode) => ({
  mode,
  devtool: mode === "production" ? false : "source-map",
  resolve: { extensions: [".ts", ".tsx", ".js"] },
  module: { rules: [tsRule] },
  performance: { hints: false },
});

module.exports = (_env, argv) => {
  const mode = argv.mode || "production";
  return [
    {
      ...shared(mode),
      name: "cli",
      target: "node20",
      entry: { "recipient-guard": "./src/cli/bin.ts" },
      output: { path: path.resolve(__dirname, "dist/cli"), filename: "[name].js", clean: true },
      optimization: { minimize: false },
      plugins: [
        new webpack.BannerPlugin({ banner: "#!/usr/bin/env node", raw: true }),
        new webpack.DefinePlugin({ RECIPIENT_GUARD_VERSION: JSON.stringify(version) }),
      ],
    },
    {
      ...shared(mode),
      name: "lib",
      target: "node20",
      entry: { checker: "./src/checker/index.ts" },
      output: {
        path: path.resolve(__dirname, "dist/lib"),
        filename: "[name].cjs",
        library: { type: "commonjs2" },
        clean: true,
      },
      optimization: { minimize: false },
    },
  ];
};
