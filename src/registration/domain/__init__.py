"""Pure rules of the registration desk: no database, no Qt, no files."""
