/** The preview's .xlsx reading in a Web Worker: see ./read-protocol. */
import type { ReadMessage, ReadRequest } from "./read-protocol";
import { ReadServer } from "./read-server";

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<ReadRequest>) => void) | null;
  postMessage(message: ReadMessage): void;
};

const server = new ReadServer((m) => scope.postMessage(m));
scope.onmessage = (e) => server.handle(e.data);
