/**
 * ACM certificates: issued by ACM and renewing, imported and close to
 * expiry or expired, private, and a few never validated; RSA keys of every
 * length ACM lists (a few imported ones of 1,024 bits) and elliptic curve
 * keys; a few that could not be described.
 */
import { acmCertificate } from '../../src/resources/types/acm-certificate.js';
import { daysAgo, daysAhead, defineRecipe, denied, type Recipe, type Variation } from './recipe.js';

export const certificateRecipe: Recipe = defineRecipe({
  definition: acmCertificate,
  weight: 6,
  vary(rng): Variation<typeof acmCertificate.data> {
    const type = rng.pick(['AMAZON_ISSUED', 'AMAZON_ISSUED', 'IMPORTED', 'PRIVATE'] as const);
    const status = rng.pick(['ISSUED', 'ISSUED', 'ISSUED', 'ISSUED', 'EXPIRED', 'PENDING_VALIDATION'] as const);
    const issued = status !== 'PENDING_VALIDATION';
    const keyAlgorithm = type === 'IMPORTED'
      ? rng.pick(['RSA_1024', 'RSA_2048', 'RSA_2048', 'RSA_3072', 'RSA_4096', 'EC_secp384r1'] as const)
      : rng.pick(['RSA_2048', 'RSA_2048', 'EC_prime256v1', 'EC_secp384r1'] as const);
    return {
      data: {
        type, status, keyAlgorithm,
        notBefore: issued ? daysAgo(rng.int(10, 700)) : null,
        notAfter: !issued ? null : status === 'EXPIRED' ? daysAgo(rng.int(1, 300)) : daysAhead(rng.pick([3, 10, 20, 60, 200, 380])),
        renewalEligibility: type === 'IMPORTED' ? 'INELIGIBLE' : rng.pick(['ELIGIBLE', 'INELIGIBLE'] as const),
        inUseBy: rng.chance(0.5) ? acmCertificate.example.inUseBy : [],
      },
      ...(rng.chance(0.03) ? { errors: [denied('notAfter', 'acm:DescribeCertificate', 'AccessDeniedException'), denied('keyAlgorithm', 'acm:DescribeCertificate', 'AccessDeniedException'), denied('status', 'acm:DescribeCertificate', 'AccessDeniedException')] } : {}),
    };
  },
  identify(seq, place) {
    const hex = seq.toString(16).padStart(12, '0');
    const arn = `arn:aws:acm:${place.region}:${place.account}:certificate/00000000-0000-4000-8000-${hex}`;
    return { id: arn, arn, data: { arn, domainName: `svc-${String(seq)}.example.com` } };
  },
});
