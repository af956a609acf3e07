import { messageParent, onOfficeReady, receiveFromParent } from "../excel/office-host";
import type { Notice } from "./commands";

/** The dialog the ribbon commands show: a title, the counts, a close button (Esc closes too). The text comes by message. */
function show(message: string): void {
  let notice: Notice;
  try {
    notice = JSON.parse(message) as Notice;
  } catch {
    return;
  }
  const { title, intent, lines } = notice;
  document.title = title;
  const h = document.getElementById("title") as HTMLElement;
  h.textContent = title;
  h.className = intent;
  const body = document.getElementById("message") as HTMLElement;
  for (const line of lines.flatMap((l) => l.split("\n"))) {
    const para = document.createElement("p");
    para.textContent = line; // text only: nothing passed in is ever rendered as HTML
    body.appendChild(para);
  }
  const close = () => {
    if (!messageParent("close")) window.close();
  };
  const button = document.getElementById("close") as HTMLButtonElement;
  button.addEventListener("click", close);
  document.addEventListener("keydown", (e) => e.key === "Escape" && close());
  button.focus();
}

onOfficeReady(() => receiveFromParent(show));
