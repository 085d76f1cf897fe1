const binaryType =
  /^(?:binary|varbinary|tinyblob|blob|mediumblob|longblob|long\s+varbinary|bit|geometry|point|linestring|polygon|multipoint|multilinestring|multipolygon|geometrycollection|geomcollection)\b/i;

/**
 * True when a CREATE TABLE column definition (after its name) declares a binary column: the types mysqldump
 * --hex-blob writes as 0x… (BINARY, VARBINARY, BLOB types, BIT, spatial types, or any type in CHARACTER SET binary),
 * so their quoted values are read as the same hex digits whether or not the dump used --hex-blob.
 */
export function isBinaryColumnType(definition: string): boolean {
  return binaryType.test(definition.trim()) || /\b(?:CHARACTER\s+SET|CHARSET)\s+binary\b/i.test(definition);
}
