"""The window: check-in desk, participant list, dialogs. Calls the services, never SQL."""
