/**
 * The names of the collection sources, apart from the collectors behind
 * them: a command line offers the choice without loading the AWS SDK.
 */
export const sources = ['api', 'config'] as const;
export type Source = (typeof sources)[number];
