/**
 * The S3 Control client. S3 Control's endpoint rules put the account id in
 * front of the host (123456789012.s3-control.us-east-1.amazonaws.com), which
 * breaks a custom endpoint such as an emulator's IP address. When the run has
 * one (ClientPool.customEndpoint, from AWS_ENDPOINT_URL_S3_CONTROL or
 * AWS_ENDPOINT_URL), the client's endpoint provider answers it unchanged.
 * The pool builds clients itself, so the provider is set by a subclass under
 * its own name (the pool caches clients by class name and region).
 */
import { S3ControlClient } from '@aws-sdk/client-s3-control';
import type { ClientClass, ClientConfig } from '../../clients.js';

export function s3ControlClientClass(customEndpoint: string | undefined): ClientClass<S3ControlClient> {
  if (customEndpoint === undefined) return S3ControlClient;
  const url = new URL(customEndpoint);
  return class S3ControlClientAtCustomEndpoint extends S3ControlClient {
    constructor(config: ClientConfig) {
      super({ ...config, endpointProvider: () => ({ url }) });
    }
  };
}
