"""Event setup: the event's details, sessions, issue areas; creating an event."""
