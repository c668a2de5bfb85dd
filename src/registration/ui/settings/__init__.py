"""Settings and the data's safety: desk name, language, database, backups, restore,
a damaged database, erasing personal data."""
