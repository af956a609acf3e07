import { messageParent, onOfficeReady } from "../excel/office-host";

/** The dialog the ribbon commands show: a title, the counts, a close button (Esc closes too). */
function show(): void {
  const p = new URLSearchParams(window.location.search);
  const title = p.get("t") ?? "";
  const intent = p.get("i") ?? "success";
  document.title = title;
  const h = document.getElementById("title") as HTMLElement;
  h.textContent = title;
  h.className = intent;
  const body = document.getElementById("message") as HTMLElement;
  for (const line of (p.get("m") ?? "").split("\n")) {
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

onOfficeReady(show);
