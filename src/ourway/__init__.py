"""OurWay: a private companion for a couple repairing their relationship."""
