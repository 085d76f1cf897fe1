/**
 * The prefix `docker compose logs` writes before each line of a service (`caddy  | `, `caddy-1  | `, `web_1    | `): the
 * service or container name, padding, a bar and a space. Why: a container's JSON log is often handed over as that
 * command's output, and its records are the JSON after the prefix. As a DuckDB regex and as a JavaScript one.
 */
export const composeLogPrefix = '^[A-Za-z0-9][A-Za-z0-9_.-]*[ ]+[|] ';

/** composeLogPrefix as a JavaScript regex, for the head a detector reads. */
export const composeLogPrefixRegex = new RegExp(composeLogPrefix);
