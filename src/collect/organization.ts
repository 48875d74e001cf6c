/**
 * The accounts of an AWS Organization, listed from its management account
 * (or a delegated administrator) through the guarded client pool. Only
 * ACTIVE accounts can be collected; suspended and closing ones are returned
 * too, so the caller can say which it left out and why.
 */
import { OrganizationsClient, paginateListAccounts } from '@aws-sdk/client-organizations';
import { AssayError } from '../diagnostics/error.js';
import { callTable, permissionsOf } from './calls.js';
import type { ClientPool } from './clients.js';
import { readPages } from './listing.js';
import { homeRegion, type Partition } from './partition.js';

export interface OrganizationAccount {
  readonly id: string;
  readonly name: string;
  /** ACTIVE, SUSPENDED, PENDING_CLOSURE … as Organizations reports it. */
  readonly status: string;
}

export const organizationCalls = callTable('Organizations', 'organizations', { ListAccounts: { iam: 'organizations:ListAccounts' } });

/**
 * Permissions the organization listing needs in the account Assay starts from, beyond a scan's:
 * its calls, and sts:AssumeRole, which the credential provider sends to enter each member account (outside the guarded pool).
 */
export const organizationPermissions: readonly string[] = [...permissionsOf([organizationCalls]), 'sts:AssumeRole'];

export async function listOrganizationAccounts(clients: ClientPool, partition: Partition): Promise<OrganizationAccount[]> {
  const client = clients.get(OrganizationsClient, homeRegion(partition));
  const listing = await readPages(organizationCalls.ListAccounts, paginateListAccounts({ client }, {}), (page) => page.Accounts);
  if (listing.failure !== undefined) {
    throw new AssayError('AWS_CREDENTIALS', `cannot list the organization's accounts (organizations:ListAccounts: ${listing.failure.code}: ${listing.failure.message})`, {
      hint: '--org runs from the management account or a delegated administrator; otherwise name the accounts with --accounts',
    });
  }
  return listing.items
    .filter((a) => a.Id !== undefined)
    // AWS replaces Status with State (from September 2026); read either.
    .map((a) => ({ id: a.Id ?? '', name: a.Name ?? '', status: a.State ?? a.Status ?? 'UNKNOWN' }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
