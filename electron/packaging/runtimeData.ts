/** Data packages the engine reads from disk at run time (DuckDB reads their range files natively, so they ship unpacked). */
export const runtimeDataPackages = ['@ip-location-db/asn', '@ip-location-db/geo-whois-asn-country'] as const;
