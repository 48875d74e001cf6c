/**
 * The one implementation behind every RDS-API snapshot collector (DB
 * snapshots, and the cluster snapshots of RDS, Neptune and DocumentDB): the
 * manual snapshots the account owns in the region, each with its restore
 * attribute. Whether a snapshot is public is read from that attribute
 * ("all"), the detailed configuration, never from a summary; when the
 * attribute call fails, who may restore is a recorded failure, never an
 * empty list. Automated snapshots cannot be shared and are encrypted exactly
 * when their database is, so only manual ones are listed.
 */
import { RDSClient } from '@aws-sdk/client-rds';
import { setField, setFields, type ReadersOf } from '../../answers.js';
import type { Call, CallTable } from '../../calls.js';
import type { CollectContext, ResourceDraft } from '../../context.js';
import { defineCollector, type Collector } from '../../define.js';
import { listResources, listedId } from '../../listing.js';
import { inWindow } from '../../window.js';

/** One kind of snapshot: how to list it, name it, map it and ask who may restore it. D is its catalog data, S the listed item, A the attribute answer, P a listing page. */
export interface SnapshotKind<D extends { restoreAttributeValues: string[] }, S, A, P> {
  readonly type: string;
  readonly calls: CallTable;
  readonly list: Call;
  readonly attributes: Call;
  /** What listing failures call one item and its identifier element: `a cluster snapshot`, `DBClusterSnapshotIdentifier`. */
  readonly item: readonly [what: string, idElement: string];
  pages(rds: RDSClient): AsyncIterable<P>;
  items(page: P): readonly S[] | undefined;
  /** Whether a listed snapshot is this kind's (a listing that cannot be filtered on the server lists other services' snapshots too). */
  keep(snapshot: S): boolean;
  id(snapshot: S): string | undefined;
  draft(ctx: CollectContext, id: string, snapshot: S): ResourceDraft<D>;
  fields(snapshot: S): ReadersOf<D>;
  readAttributes(rds: RDSClient, id: string): Promise<A>;
  restore(answer: A, id: string): D['restoreAttributeValues'];
}

export function snapshotCollector<D extends { restoreAttributeValues: string[] }, S, A, P>(kind: SnapshotKind<D, S, A, P>): Collector {
  return defineCollector({
    type: kind.type,
    scope: 'regional',
    calls: [kind.calls],
    async collect(ctx) {
      const rds = ctx.clients.get(RDSClient, ctx.region);
      const snapshots = await listResources(ctx, kind.list, () => kind.pages(rds), (page) => kind.items(page));
      await inWindow(snapshots.filter((snapshot) => kind.keep(snapshot)), async (snapshot) => {
        const id = listedId(ctx, kind.id(snapshot), kind.list, kind.item[0], kind.item[1]);
        if (id === undefined) return;
        const draft = kind.draft(ctx, id, snapshot);
        setFields(draft, kind.fields(snapshot), kind.list.label);
        const attributes = await ctx.call(kind.attributes, () => kind.readAttributes(rds, id));
        setField(draft, 'restoreAttributeValues', attributes, (answer) => kind.restore(answer, id), kind.attributes.label);
        ctx.emit(draft.build());
      });
    },
  });
}
