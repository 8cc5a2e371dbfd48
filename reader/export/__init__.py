"""Taking notes out of the library: Markdown for people, W3C Web Annotation JSON for backups."""
