"""Several desks on one database: the change feed, the offline queue and the desk link."""
