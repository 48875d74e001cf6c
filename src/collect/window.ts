/**
 * How many resources of one collector run are open at once. Calls are what
 * the schedule (pace.ts) limits; this only bounds how many are waiting for
 * it: every call a collector starts builds its SDK request pipeline before
 * it waits for a slot, so describing every listed bucket at once would park
 * thousands of them at the start of a large run, costing memory and garbage
 * collection while the slots stay just as full with a window of resources.
 */
export const OPEN_RESOURCES = 32;

/** `each` over `items`, at most `open` in progress; results in the items' order. */
export async function inWindow<T, R>(items: readonly T[], each: (item: T) => Promise<R>, open = OPEN_RESOURCES): Promise<R[]> {
  const results: R[] = [];
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      results[i] = await each(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(open, items.length) }, worker));
  return results;
}

/** Items in batches of `size`, for the Describe calls that take a few names at once (ECS's DescribeServices 10, DescribeClusters 100; OpenSearch's DescribeDomains 5). */
export function batchesOf<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
