/**
 * Where CloudTrail puts digest files (AWS, "CloudTrail digest file
 * structure"):
 *
 *   <prefix/>AWSLogs/<account>/CloudTrail-Digest/<region>/YYYY/MM/DD/
 *     <account>_CloudTrail-Digest_<region>_<trail>_<home region>_<YYYYMMDDTHHmmssZ>.json.gz
 *
 * and, for an organization trail, under AWSLogs/<o-id>/<account>/. The time
 * in the name is the digest's end time, so a folder's keys sort in time order.
 */

/** The trail's AWSLogs/ folder under its optional key prefix. */
export function logsRoot(keyPrefix: string | undefined): string {
  const prefix = (keyPrefix ?? '').replace(/^\/+|\/+$/g, '');
  return prefix === '' ? 'AWSLogs/' : `${prefix}/AWSLogs/`;
}

/** The folder of one account's digests in one region; `owner` is `<account>` or `<o-id>/<account>`. */
export function digestFolder(root: string, owner: string, region: string): string {
  return `${root}${owner}/CloudTrail-Digest/${region}/`;
}

/** The folder holding one account's per-region digest folders. */
export function digestRegionsFolder(root: string, owner: string): string {
  return `${root}${owner}/CloudTrail-Digest/`;
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Recognizes the digest files of one trail in one account and region and
 * reads their end time; other trails' digests (a shared bucket) and backfill
 * digests (`…_backfill.json.gz`) do not match. The trail name is matched
 * whole, so trail "a" never takes trail "a_b"'s files.
 */
export function digestNameMatcher(account: string, region: string, trail: string): (key: string) => string | undefined {
  const name = new RegExp(`(?:^|/)${escapeRegExp(account)}_CloudTrail-Digest_${escapeRegExp(region)}_${escapeRegExp(trail)}_[a-z0-9-]+_(\\d{4})(\\d{2})(\\d{2})T(\\d{2})(\\d{2})(\\d{2})Z\\.json\\.gz$`);
  return (key) => {
    const m = name.exec(key);
    return m === null ? undefined : `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z`;
  };
}

/** The `YYYY/MM/DD` day folder of an ISO time. */
export function dayFolder(iso: string): string {
  return `${iso.slice(0, 4)}/${iso.slice(5, 7)}/${iso.slice(8, 10)}`;
}

/** The day folder a key under `folder` sits in, or undefined for a key outside the layout. */
export function dayOfKey(folder: string, key: string): string | undefined {
  const day = key.slice(folder.length, folder.length + 10);
  return /^\d{4}\/\d{2}\/\d{2}$/.test(day) ? day : undefined;
}

/** An organization's folder under AWSLogs/: `o-` and 10 to 32 lower-case letters or digits. */
export const ORGANIZATION_FOLDER = /^o-[a-z0-9]{10,32}$/;

/** An account's folder: twelve digits. */
export const ACCOUNT_FOLDER = /^\d{12}$/;
