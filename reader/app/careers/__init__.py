"""Career views: a person's timeline of posts, and the library's posts × years table."""
