"""Input devices: keyboard-wedge scanners and camera decoding. No services, no storage."""
