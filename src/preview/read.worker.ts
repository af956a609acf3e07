/** The preview's .xlsx reading in a Web Worker: see ./read-protocol. */
import { type ReadMessage, type ReadRequest, serveRead } from "./read-protocol";

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<ReadRequest>) => void) | null;
  postMessage(message: ReadMessage): void;
};

scope.onmessage = (e) => serveRead(e.data, (m) => scope.postMessage(m));
