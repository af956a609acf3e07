/**
 * npm start: the https dev server (office-addin-dev-certs) on https://localhost:3000, then
 * - Windows / macOS with desktop Excel: sideloads manifest.xml into Excel (office-addin-debugging);
 * - elsewhere: prints how to sideload in Excel on the web, and the URL of the browser preview.
 * Ctrl+C stops everything.
 */
const { spawn } = require("node:child_process");
const net = require("node:net");
const path = require("node:path");

const PORT = Number(process.env.PORT ?? 3000);
const root = path.join(__dirname, "..");
const bin = (name) => path.join(root, "node_modules", ".bin", process.platform === "win32" ? `${name}.cmd` : name);

async function ensureCerts() {
  try {
    const certs = require("office-addin-dev-certs");
    await certs.ensureCertificatesAreInstalled();
    return "https";
  } catch (e) {
    const fs = require("node:fs");
    const dir = path.join(require("node:os").homedir(), ".office-addin-dev-certs");
    if (fs.existsSync(path.join(dir, "localhost.crt"))) {
      console.log("开发证书已生成，但无法加入系统信任（需要管理员权限）；浏览器会提示证书不受信任，可继续访问。");
      return "https";
    }
    console.log(`无法生成开发证书（${e.message}），改用 http 提供预览页；Office 加载项本身需要 https。`);
    return "http";
  }
}

function waitForPort(port, timeoutMs = 180000) {
  const start = Date.now();
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const s = net.connect(port, "127.0.0.1", () => {
        s.end();
        resolve();
      });
      s.on("error", () => {
        if (Date.now() - start > timeoutMs) reject(new Error("开发服务器未能启动"));
        else setTimeout(attempt, 500);
      });
    };
    attempt();
  });
}

async function main() {
  const scheme = await ensureCerts();
  const args = ["serve", "--mode", "development", ...(scheme === "http" ? ["--env", "http"] : [])];
  const server = spawn(bin("webpack"), args, { cwd: root, stdio: "inherit", env: { ...process.env, PORT: String(PORT) } });
  const stop = () => {
    server.kill("SIGINT");
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  server.on("exit", (code) => process.exit(code ?? 0));
  await waitForPort(PORT);
  const base = `${scheme}://localhost:${PORT}`;
  if (process.platform === "win32" || process.platform === "darwin") {
    console.log("\n正在把加载项旁加载到桌面版 Excel…");
    spawn(
      bin("office-addin-debugging"),
      ["start", path.join(root, "manifest.xml"), "desktop", "--no-debug", "--dev-server-port", String(PORT)],
      { cwd: root, stdio: "inherit" },
    );
  }
  console.log(`
  ─────────────────────────────────────────────────────────────
  开发服务器已启动：${base}

  浏览器预览（无需 Excel）：${base}/preview.html
    真实的任务窗格 + 浏览器中的工作簿，可打开示例或自己的 .xlsx。

  在 Excel 网页版中旁加载：
    1. 打开 https://www.office.com ，新建或打开一个 Excel 工作簿；
    2. 开始 → 加载项 → 更多加载项 → 我的加载项 → 上传我的加载项；
    3. 选择本目录的 manifest.xml，功能区会出现“绩效指标”选项卡。
    （首次使用请先在浏览器中打开 ${base}/taskpane.html 并信任开发证书。）

  按 Ctrl+C 停止。
  ─────────────────────────────────────────────────────────────
`);
}

main().catch((e) => {
  console.error(`无法启动：${e.message}`);
  process.exit(1);
});
