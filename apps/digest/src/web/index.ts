// The web endpoint (`briefing serve`): one-click unsubscribe and the briefing archive over node:http.
export * from "./body.ts";
export * from "./pages.ts";
export * from "./server.ts";
