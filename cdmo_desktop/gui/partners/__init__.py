"""Partners: the register, the profile with its sites, contacts, audits and inspections."""
