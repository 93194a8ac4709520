// The public surface of @nyckeltal/widgets. Explicit exports only.
export {};
