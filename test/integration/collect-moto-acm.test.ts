/**
 * ACM certificates collected by `assay collect` and judged by a live `assay
 * scan` — real processes, configured by environment only — against the
 * moto emulator, seeded through the SDK: an imported RSA 1,024-bit
 * certificate that expires in five days, an imported RSA 2,048-bit one
 * valid for most of a year, and a certificate requested from ACM that is
 * still pending validation. The certificates are made for the test by
 * python3's cryptography package, which the moto install brings.
 *
 * What moto 5.2.1 answers, and what Assay must make of it: it lists every
 * key type with or without ListCertificates' key type filter (AWS answers
 * RSA_2048 only without it: the recorded test checks the filter is sent),
 * and gives a certificate pending validation a validity period AWS would
 * not; no policy reads it, since neither applies to such a certificate.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { ACMClient, ImportCertificateCommand, RequestCertificateCommand } from '@aws-sdk/client-acm';
import { describe, expect, it } from 'vitest';
import { readSnapshotFile } from '../../src/snapshot/file.js';
import type { ScanResult } from '../../src/findings/schema.js';
import { motoReady, useMoto, type Moto } from '../support/moto.js';
import { assay } from '../support/spawn.js';

const ready = motoReady();

/** A self-signed certificate and its key, PEM, from python3's cryptography (moto's own dependency). */
function selfSigned(bits: number, days: number, name: string): { certificate: string; key: string } {
  const script = `
import datetime, json, sys
from cryptography import x509
from cryptography.x509.oid import NameOID
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
bits, days, cn = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
key = rsa.generate_private_key(public_exponent=65537, key_size=bits)
subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn)])
now = datetime.datetime.now(datetime.timezone.utc)
cert = x509.CertificateBuilder().subject_name(subject).issuer_name(subject).public_key(key.public_key()).serial_number(x509.random_serial_number()).not_valid_before(now - datetime.timedelta(days=30)).not_valid_after(now + datetime.timedelta(days=days)).sign(key, hashes.SHA256())
print(json.dumps({"certificate": cert.public_bytes(serialization.Encoding.PEM).decode(), "key": key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.TraditionalOpenSSL, serialization.NoEncryption()).decode()}))
`;
  return JSON.parse(execFileSync('python3', ['-c', script, String(bits), String(days), name], { encoding: 'utf8' })) as { certificate: string; key: string };
}

async function seed(moto: Moto): Promise<Record<string, string>> {
  const acm = new ACMClient({ endpoint: moto.endpoint, region: 'us-east-1', credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' } });
  const text = new TextEncoder();
  const imported = async (bits: number, days: number, name: string): Promise<string> => {
    const { certificate, key } = selfSigned(bits, days, name);
    return (await acm.send(new ImportCertificateCommand({ Certificate: text.encode(certificate), PrivateKey: text.encode(key) }))).CertificateArn ?? '';
  };
  return {
    legacy: await imported(1024, 5, 'legacy.example.com'),
    web: await imported(2048, 300, 'www.example.com'),
    pending: (await acm.send(new RequestCertificateCommand({ DomainName: 'new.example.com', ValidationMethod: 'DNS' }))).CertificateArn ?? '',
  };
}

describe.skipIf(!ready)('ACM certificates against the moto emulator', () => {
  const fixture = useMoto('assay-moto-acm-', seed);

  it('assay collect writes every seeded certificate', async () => {
    const out = join(fixture.dir, 'snap.json');
    const run = await assay(['collect', '--regions', 'us-east-1', '-o', out], fixture.moto.env);
    expect(run.code, run.stderr).toBe(0);
    const { snapshot } = await readSnapshotFile(out);
    const certificates = snapshot.resources.filter((r) => r.type === 'aws.acm.certificate');
    const arns = fixture.seeded;
    expect(certificates.map((c) => c.id).sort()).toEqual([arns.legacy, arns.web, arns.pending].sort());
    expect(snapshot.coverage.filter((c) => c.type === 'aws.acm.certificate').map((c) => `${c.region}:${c.status}`)).toEqual(['us-east-1:complete']);
    expect(certificates.every((c) => c.errors === undefined)).toBe(true);
    const certificate = (arn: string | undefined) => certificates.find((c) => c.id === arn);
    expect(certificate(arns.legacy)?.data).toMatchObject({ domainName: 'legacy.example.com', type: 'IMPORTED', status: 'ISSUED', keyAlgorithm: 'RSA_1024', renewalEligibility: 'INELIGIBLE', inUseBy: [] });
    expect(certificate(arns.web)?.data).toMatchObject({ type: 'IMPORTED', status: 'ISSUED', keyAlgorithm: 'RSA_2048' });
    expect(certificate(arns.pending)?.data).toMatchObject({ domainName: 'new.example.com', type: 'AMAZON_ISSUED', status: 'PENDING_VALIDATION', keyAlgorithm: 'RSA_2048' });
  });

  it('a live assay scan gives the ACM verdicts', async () => {
    const run = await assay(['scan', '--regions', 'us-east-1', '--format', 'json', '--fail-on', 'none', '--quiet'], fixture.moto.env);
    expect(run.code, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout) as ScanResult;
    const arns = fixture.seeded;
    const statusOf = (policy: string, id: string | undefined): string | undefined => result.findings.find((f) => f.policy === policy && f.resource.id === id)?.status;
    expect(statusOf('aws-acm-certificate-not-expiring', arns.legacy)).toBe('FAIL');
    expect(statusOf('aws-acm-certificate-not-expiring', arns.web)).toBe('PASS');
    expect(statusOf('aws-acm-certificate-not-expiring', arns.pending)).toBe('NOT_APPLICABLE');
    expect(statusOf('aws-acm-certificate-rsa-key-length', arns.legacy)).toBe('FAIL');
    expect(statusOf('aws-acm-certificate-rsa-key-length', arns.web)).toBe('PASS');
  });
});
