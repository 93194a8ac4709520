/**
 * A byte count for people: bytes, kB or MB with one decimal. Used wherever a size is
 * reported (KPI0001 for oversize files), so every tool writes sizes alike.
 *
 * @example
 * formatBytes(25 * 1024 * 1024); // '25.0 MB'
 */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} kB`;
  return `${bytes} bytes`;
}
