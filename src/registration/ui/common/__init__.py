"""What several features share: messages, workers, dialogs, small widgets."""
