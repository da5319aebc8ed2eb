/** Double quotes, with any double quote inside doubled: a table or column name can never end the identifier early. */
export function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
