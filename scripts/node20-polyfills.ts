// vitest 5 prints failed tests with Map.groupBy, which Node 21 added; this repository
// targets Node 20. Without this, a failing test crashes the reporter and hides why it failed.
type GroupBy = <K, T>(items: Iterable<T>, key: (item: T, index: number) => K) => Map<K, T[]>;

const mapWithGroupBy = Map as unknown as { groupBy?: GroupBy };
if (typeof mapWithGroupBy.groupBy !== 'function') {
  mapWithGroupBy.groupBy = <K, T>(items: Iterable<T>, key: (item: T, index: number) => K) => {
    const groups = new Map<K, T[]>();
    let index = 0;
    for (const item of items) {
      const k = key(item, index++);
      const group = groups.get(k);
      if (group) group.push(item);
      else groups.set(k, [item]);
    }
    return groups;
  };
}

const objectWithGroupBy = Object as unknown as { groupBy?: unknown };
if (typeof objectWithGroupBy.groupBy !== 'function') {
  objectWithGroupBy.groupBy = <T>(items: Iterable<T>, key: (item: T, index: number) => PropertyKey) => {
    const groups: Record<PropertyKey, T[]> = Object.create(null);
    let index = 0;
    for (const item of items) {
      const k = key(item, index++);
      const group = groups[k];
      if (group) group.push(item);
      else groups[k] = [item];
    }
    return groups;
  };
}
