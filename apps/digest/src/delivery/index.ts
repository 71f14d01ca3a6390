// Delivery: messages per subscriber, transports (SMTP, .eml outbox), the exactly-once delivery loop.
export * from "./deliver.ts";
export * from "./errors.ts";
export * from "./message.ts";
export * from "./progress.ts";
export * from "./transport.ts";
