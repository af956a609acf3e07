/* eslint-disable @typescript-eslint/no-require-imports */
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { HelpPagesPlugin } = require("./scripts/help-pages");

const DEV_URL = "https://localhost:3000/";

/** Pages: each its own bundle (no shared chunks), so each page's size is what it really loads. */
const PAGES = [
  { name: "taskpane", entry: "./src/taskpane/index.tsx", template: "./src/taskpane/taskpane.html" },
  { name: "commands", entry: "./src/commands/commands.ts", template: "./src/commands/commands.html" },
  { name: "notify", entry: "./src/commands/notify.ts", template: "./src/commands/notify.html" },
  { name: "preview", entry: "./src/preview/index.tsx", template: "./src/preview/preview.html" },
];

module.exports = async (env = {}, argv = {}) => {
  const dev = argv.mode !== "production";
  /** @type {import('webpack').Configuration} */
  const config = {
    devtool: dev ? "eval-source-map" : "source-map",
    entry: Object.fromEntries(PAGES.map((p) => [p.name, p.entry])),
    output: {
      path: env.outDir ? path.resolve(env.outDir) : path.resolve(__dirname, "dist"),
      filename: "[name].js",
      chunkFilename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: { transpileOnly: true, configFile: "tsconfig.json", compilerOptions: { module: "es2020", sourceMap: true } },
          },
        },
        { test: /\.css$/, use: ["style-loader", "css-loader"] },
        // the engine (recognise + rules) loads on demand: a page importing only countBySeverity from
        // core/lint gets it from core/finding, not the whole engine
        { test: /src[\\/]core[\\/]lint\.ts$/, sideEffects: false },
        // rule docs: each a lazy chunk of its Markdown, for the why under a finding
        { test: /\.md$/, type: "asset/source" },
      ],
    },
    optimization: { splitChunks: false },
    performance: { hints: false },
    plugins: [
      new HelpPagesPlugin(),
      ...PAGES.map((p) => new HtmlWebpackPlugin({ filename: `${p.name}.html`, template: p.template, chunks: [p.name] })),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "assets/samples", to: "samples" },
          { from: "assets/templates", to: "templates", noErrorOnMissing: true },
          { from: "manifest.xml", to: "manifest.xml" },
        ],
      }),
    ],
    devServer: {
      static: { directory: path.resolve(__dirname, "dist") },
      headers: { "Access-Control-Allow-Origin": "*" },
      port: Number(process.env.PORT ?? 3000),
      host: "localhost",
      hot: false,
      client: { overlay: { warnings: false } },
      server: env.http ? "http" : { type: "https", options: await httpsOptions() },
    },
  };
  return config;
};

/** office-addin-dev-certs' certificate; when it cannot be trusted here (no sudo), its files are still used. */
async function httpsOptions() {
  try {
    return await require("office-addin-dev-certs").getHttpsServerOptions();
  } catch {
    const fs = require("node:fs");
    const dir = path.join(require("node:os").homedir(), ".office-addin-dev-certs");
    const files = { ca: "ca.crt", cert: "localhost.crt", key: "localhost.key" };
    if (Object.values(files).every((f) => fs.existsSync(path.join(dir, f)))) {
      return Object.fromEntries(Object.entries(files).map(([k, f]) => [k, fs.readFileSync(path.join(dir, f))]));
    }
    return {};
  }
}

module.exports.DEV_URL = DEV_URL;
