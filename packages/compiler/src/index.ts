// The public surface of @nyckeltal/compiler. Explicit exports only.
export {};
