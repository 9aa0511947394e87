"""Opt-in online geocoding: any geopy service with a usage policy, and a SQLite answer cache."""
