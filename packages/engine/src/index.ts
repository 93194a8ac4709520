// The public surface of @nyckeltal/engine. Explicit exports only.
export {};
