/** The configuration file a command reads when present and no --config names another; apart, so the start-up check can ask for it cheaply. */
export const DEFAULT_CONFIG_FILE = 'assay.config.yaml';
