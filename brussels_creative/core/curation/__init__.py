"""Curation: claims and verification, proposed changes with their provenance, the review queue and portfolios.

Every write goes through EcosystemStore.transaction(); the file's own rules (schema 4 triggers) guarantee that a
proposal is decided once and that history names the source of each change (bc_change_context)."""
