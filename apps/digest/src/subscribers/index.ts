// Subscribers: addresses, the store's subscriber list, CSV import, signed unsubscribe links.
export * from "./address.ts";
export * from "./import.ts";
export * from "./repository.ts";
export * from "./unsubscribe.ts";
