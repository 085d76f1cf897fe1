/** DuckDB creation options that keep a case offline: no extension download or load, spills inside the case. */
export function lockdownOptions(tempDir: string, memoryLimit?: string): Record<string, string> {
  const options: Record<string, string> = {
    autoinstall_known_extensions: 'false',
    autoload_known_extensions: 'false',
    allow_community_extensions: 'false',
    temp_directory: tempDir,
  };
  if (memoryLimit) options.memory_limit = memoryLimit;
  return options;
}
