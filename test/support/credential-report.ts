/** IAM credential reports for recorded-response tests: CSV rows as AWS writes them, and the GetCredentialReport answer carrying them. */
import { iamXml } from './iam-xml.js';
import type { RecordedResponse } from './recorded-aws.js';

export const REPORT_HEADER = 'user,arn,user_creation_time,password_enabled,password_last_used,password_last_changed,password_next_rotation,mfa_active,'
  + 'access_key_1_active,access_key_1_last_rotated,access_key_1_last_used_date,access_key_1_last_used_region,access_key_1_last_used_service,'
  + 'access_key_2_active,access_key_2_last_rotated,access_key_2_last_used_date,access_key_2_last_used_region,access_key_2_last_used_service,'
  + 'cert_1_active,cert_1_last_rotated,cert_2_active,cert_2_last_rotated';

/** The root user's row: password_enabled and the password dates say not_supported, unused keys N/A. */
export const ROOT_ROW_CSV = '<root_account>,arn:aws:iam::123456789012:root,2020-01-01T00:00:00+00:00,not_supported,2026-10-01T10:00:00+00:00,not_supported,not_supported,'
  + 'true,false,N/A,N/A,N/A,N/A,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A';

export const reportAnswer = (rows: readonly string[], header = REPORT_HEADER): RecordedResponse =>
  iamXml('GetCredentialReport', `<Content>${Buffer.from([header, ...rows].join('\n') + '\n').toString('base64')}</Content><ReportFormat>text/csv</ReportFormat><GeneratedTime>2026-11-01T11:59:00Z</GeneratedTime>`);

export const generated = (state: 'STARTED' | 'INPROGRESS' | 'COMPLETE'): RecordedResponse =>
  iamXml('GenerateCredentialReport', `<State>${state}</State><Description>recorded</Description>`);
