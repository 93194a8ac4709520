// The public surface of @nyckeltal/cli. Explicit exports only.
export {};
