"""One parser per page layout found in the seeds, plus detection and a fallback that never drops text."""
