/**
 * A digest file's signature (AWS, "Validating CloudTrail log file integrity
 * with custom implementations"): CloudTrail signs, with SHA256withRSA, the
 * string
 *
 *   <digestEndTime> \n <bucket>/<key> \n <hex SHA-256 of the inflated digest file> \n <previousDigestSignature>
 *
 * where the first digest of a chain has no previous signature and the
 * string carries the word `null` in its place. The signature travels as hex
 * in the object's metadata (`x-amz-meta-signature`); the public key comes
 * from ListPublicKeys as DER (PKCS#1 RSAPublicKey).
 */
import { createPublicKey, verify, type KeyObject } from 'node:crypto';
import type { Digest } from './digest.js';

export function stringToSign(digest: Pick<Digest, 'digestEndTime' | 'previousDigestSignature'>, bucket: string, key: string, digestSha256Hex: string): string {
  return `${digest.digestEndTime}\n${bucket}/${key}\n${digestSha256Hex}\n${digest.previousDigestSignature ?? 'null'}`;
}

/** The key object of a ListPublicKeys value: PKCS#1 as CloudTrail sends it, or SubjectPublicKeyInfo; undefined when it is neither. */
export function publicKeyFromDer(der: Uint8Array): KeyObject | undefined {
  for (const type of ['pkcs1', 'spki'] as const) {
    try {
      const key = createPublicKey({ key: Buffer.from(der), format: 'der', type });
      if (key.asymmetricKeyType === 'rsa') return key;
    } catch {
      // Not this encoding: try the next.
    }
  }
  return undefined;
}

/** Whether `signatureHex` is an RSA PKCS#1 v1.5 signature over SHA-256 of `message` by `key`. */
export function verifySignature(key: KeyObject, signatureHex: string, message: string): boolean {
  if (!/^(?:[0-9a-fA-F]{2})+$/.test(signatureHex)) return false;
  return verify('sha256', Buffer.from(message, 'utf8'), key, Buffer.from(signatureHex, 'hex'));
}
